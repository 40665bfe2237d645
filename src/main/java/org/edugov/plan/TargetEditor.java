package org.edugov.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.indicator.IndicatorValues;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgUnit;
import org.edugov.shared.UserError;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, changes and deletes a plan's targets with their milestones, checked by {@link PlanEditRules} against the
 * plan period and the indicator catalog as it applies to the plan's unit. One transaction each, audited.
 */
@Service
class TargetEditor {

    private final PlanEditor plans;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final OrgDirectory directory;
    private final IndicatorValues indicators;

    TargetEditor(PlanEditor plans, JdbcClient jdbc, AuditLog audit, OrgDirectory directory,
            IndicatorValues indicators) {
        this.plans = plans;
        this.jdbc = jdbc;
        this.audit = audit;
        this.directory = directory;
        this.indicators = indicators;
    }

    /** The catalog's indicators as they apply to the plan's unit, for the binding picker. */
    List<IndicatorValues.Entry> catalog(CurrentUser user, long orgUnitId, Locale locale) {
        OrgUnit org = directory.find(user.scope(), orgUnitId)
                .orElseThrow(() -> UserError.notFound("org.unit.notFound", orgUnitId));
        return indicators.catalog(org, locale);
    }

    /** A target of the plan as the form shows it; 404 when the plan has no such target. */
    TargetForm form(long plan, long target) {
        Map<String, Object> row = row(plan, target);
        List<String> years = new ArrayList<>();
        List<String> values = new ArrayList<>();
        jdbc.sql("SELECT year, value FROM plan.milestone WHERE target_id = :id ORDER BY year").param("id", target)
                .query((RowCallbackHandler) rs -> {
                    years.add(rs.getString(1));
                    values.add(plain(rs.getBigDecimal(2)));
                });
        String conditions = jdbc.sql("SELECT array_to_string(conditions, E'\\n') FROM plan.target WHERE id = :id")
                .param("id", target).query(String.class).single();
        return new TargetForm(str(row.get("goal")), str(row.get("text")), str(row.get("indicator")),
                str(row.get("comparator")), str(row.get("value")), str(row.get("unit")), str(row.get("dueYear")),
                str(row.get("baselineYear")), str(row.get("baselineValue")), years, values,
                (Boolean) row.get("qualitative"), conditions);
    }

    /** Adds a target (target null) or changes one; returns its id. */
    @Transactional
    long save(CurrentUser user, long plan, Long target, TargetForm form, Locale locale) {
        PlanEditor.Locked p = plans.lock(user, plan);
        Long goal = PlanEditRules.optionalId(form.goalId());
        if (goal == null || jdbc.sql("SELECT count(*) FROM plan.goal WHERE id = :id AND plan_id = :plan")
                .param("id", goal).param("plan", plan).query(Integer.class).single() == 0) {
            throw UserError.invalid("plan.edit.choice.invalid");
        }
        Map<String, IndicatorValues.Entry> catalog = catalog(user, p.orgUnitId(), locale).stream()
                .collect(Collectors.toMap(IndicatorValues.Entry::code, Function.identity()));
        PlanEditRules.Target t = PlanEditRules.target(form, p.period(), catalog);
        Map<String, Object> before = target == null ? Map.of() : snapshot(plan, target);
        long id = target != null ? target : jdbc.sql("""
                INSERT INTO plan.target (plan_id, goal_id, code, text, qualitative, comparator, value, sort)
                VALUES (:plan, :goal, :code, '', true, NULL, NULL, :sort) RETURNING id""")
                .param("plan", plan).param("goal", goal).param("code", PlanCodes.next(jdbc, "plan.target", plan,
                        jdbc.sql("SELECT code FROM plan.goal WHERE id = :id").param("id", goal).query(String.class)
                                .single() + "T"))
                .param("sort", PlanCodes.nextSort(jdbc, plan)).query(Long.class).single();
        jdbc.sql("""
                UPDATE plan.target SET goal_id = :goal, text = :text, indicator_code = :indicator,
                       comparator = :comparator, value = :value, unit = :unit, due_year = :dueYear,
                       baseline_year = :baselineYear, baseline_value = :baselineValue, qualitative = :qualitative,
                       conditions = :conditions
                 WHERE id = :id""")
                .param("goal", goal).param("text", t.text()).param("indicator", t.indicatorCode())
                .param("comparator", t.comparator()).param("value", t.value())
                .param("unit", t.unit().isEmpty() ? null : t.unit()).param("dueYear", t.dueYear())
                .param("baselineYear", t.baselineYear()).param("baselineValue", t.baselineValue())
                .param("qualitative", t.qualitative()).param("conditions", t.conditions().toArray(String[]::new))
                .param("id", id).update();
        jdbc.sql("DELETE FROM plan.milestone WHERE target_id = :id").param("id", id).update();
        t.milestones().forEach((year, value) -> jdbc.sql(
                        "INSERT INTO plan.milestone (target_id, year, value) VALUES (:id, :year, :value)")
                .param("id", id).param("year", year).param("value", value).update());
        audit.changed(user.actor(), target == null ? AuditAction.CREATE : AuditAction.UPDATE, "PlanTarget", id,
                p.path(), FieldChange.diff(before, snapshot(plan, id)));
        return id;
    }

    /**
     * Deletes a target with its milestones. While tasks serve it, it is refused with their codes, unless
     * {@code unlink} asks to remove those links too; once any of its conditions has been checked, it is refused.
     */
    @Transactional
    void delete(CurrentUser user, long plan, long target, boolean unlink) {
        PlanEditor.Locked p = plans.lock(user, plan);
        Map<String, Object> before = snapshot(plan, target);
        List<String> servedBy = jdbc.sql("""
                SELECT k.code FROM plan.task_target tt JOIN plan.task k ON k.id = tt.task_id
                 WHERE tt.target_id = :id ORDER BY k.sort""").param("id", target).query(String.class).list();
        if (!servedBy.isEmpty() && !unlink) {
            throw UserError.conflict("plan.edit.target.servedBy", before.get("code"), String.join("、", servedBy));
        }
        // the bureau's checks of its conditions, with their evidence, are records to keep
        if (jdbc.sql("SELECT count(*) FROM plan.condition_check WHERE target_id = :id").param("id", target)
                .query(Integer.class).single() > 0) {
            throw UserError.conflict("plan.condition.targetChecked", before.get("code"));
        }
        jdbc.sql("DELETE FROM plan.task_target WHERE target_id = :id").param("id", target).update();
        jdbc.sql("DELETE FROM plan.milestone WHERE target_id = :id").param("id", target).update();
        jdbc.sql("DELETE FROM plan.target WHERE id = :id").param("id", target).update();
        Map<String, Object> gone = new LinkedHashMap<>(before);
        gone.put("servedBy", String.join(",", servedBy));
        audit.changed(user.actor(), AuditAction.DELETE, "PlanTarget", target, p.path(), FieldChange.diff(gone, Map.of()));
    }

    /** The target's fields (milestones and conditions as text) for the audit log and the form. */
    private Map<String, Object> snapshot(long plan, long target) {
        Map<String, Object> m = new LinkedHashMap<>(row(plan, target));
        m.put("milestones", jdbc.sql("SELECT string_agg(year || '=' || value, '; ' ORDER BY year) FROM plan.milestone "
                + "WHERE target_id = :id").param("id", target).query(String.class).optional().orElse(null));
        return m;
    }

    private Map<String, Object> row(long plan, long target) {
        return jdbc.sql("""
                SELECT code, goal_id, text, indicator_code, comparator, value, unit, due_year, baseline_year,
                       baseline_value, qualitative, array_to_string(conditions, '; ') AS conditions
                  FROM plan.target WHERE id = :id AND plan_id = :plan""")
                .param("id", target).param("plan", plan).query((rs, i) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("code", rs.getString("code"));
                    m.put("goal", rs.getLong("goal_id"));
                    m.put("text", rs.getString("text"));
                    m.put("indicator", rs.getString("indicator_code"));
                    m.put("comparator", rs.getString("comparator"));
                    m.put("value", plain(rs.getBigDecimal("value")));
                    m.put("unit", rs.getString("unit"));
                    m.put("dueYear", rs.getObject("due_year"));
                    m.put("baselineYear", rs.getObject("baseline_year"));
                    m.put("baselineValue", plain(rs.getBigDecimal("baseline_value")));
                    m.put("qualitative", rs.getBoolean("qualitative"));
                    m.put("conditions", rs.getString("conditions"));
                    return m;
                }).optional().orElseThrow(() -> UserError.notFound("plan.edit.item.notFound"));
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }
}
