package org.edugov.plan;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgUnit;
import org.edugov.shared.UserError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, changes and deletes a plan's tasks: the action or project it belongs to, its lead unit (one of
 * {@link LeadUnits}) and the lead as the plan names it, co-operating units, a deadline inside the plan period,
 * deliverables and the targets it serves. A task with progress reports, cards or notifications is kept.
 */
@Service
class TaskEditor {

    private final PlanEditor plans;
    private final LeadUnits leadUnits;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    TaskEditor(PlanEditor plans, LeadUnits leadUnits, JdbcClient jdbc, AuditLog audit) {
        this.plans = plans;
        this.leadUnits = leadUnits;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A task of the plan as the form shows it; 404 when the plan has no such task. */
    TaskForm form(long plan, long task) {
        return jdbc.sql("""
                SELECT action_id, text, lead_unit_id, lead_name, array_to_string(co_names, E'\\n'), deadline,
                       deadline_text, array_to_string(deliverables, E'\\n'),
                       ARRAY(SELECT target_id::text FROM plan.task_target WHERE task_id = k.id)
                  FROM plan.task k WHERE id = :id AND plan_id = :plan""")
                .param("id", task).param("plan", plan)
                .query((rs, i) -> new TaskForm(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        List.of((String[]) rs.getArray(9).getArray())))
                .optional().orElseThrow(() -> UserError.notFound("plan.edit.item.notFound"));
    }

    /** Adds a task (task null) or changes one; returns its id. */
    @Transactional
    long save(CurrentUser user, long plan, Long task, TaskForm form) {
        PlanEditor.Locked p = plans.lock(user, plan);
        Long action = PlanEditRules.optionalId(form.actionId());
        if (action == null || jdbc.sql("SELECT count(*) FROM plan.action WHERE id = :id AND plan_id = :plan")
                .param("id", action).param("plan", plan).query(Integer.class).single() == 0) {
            throw UserError.invalid("plan.edit.choice.invalid");
        }
        PlanEditRules.Task t = PlanEditRules.task(form, p.period());
        OrgUnit lead = leadUnits.check(user, p.orgUnitId(), PlanEditRules.optionalId(form.leadUnitId()));
        Set<Long> targets = targets(plan, form.targetIds());
        Map<String, Object> before = task == null ? Map.of() : snapshot(plan, task);
        long id = task != null ? task : jdbc.sql("""
                INSERT INTO plan.task (plan_id, action_id, code, text, sort) VALUES (:plan, :action, :code, '', :sort)
                RETURNING id""")
                .param("plan", plan).param("action", action).param("code", PlanCodes.next(jdbc, "plan.task", plan,
                        jdbc.sql("SELECT code FROM plan.action WHERE id = :id").param("id", action)
                                .query(String.class).single() + "K"))
                .param("sort", PlanCodes.nextSort(jdbc, plan)).query(Long.class).single();
        jdbc.sql("""
                UPDATE plan.task SET action_id = :action, text = :text, lead_name = :leadName, lead_unit_id = :leadUnit,
                       co_names = :coNames, deadline = :deadline, deadline_text = :deadlineText,
                       deliverables = :deliverables
                 WHERE id = :id""")
                .param("action", action).param("text", t.text()).param("leadName", t.leadName())
                .param("leadUnit", lead == null ? null : lead.id()).param("coNames", t.coNames().toArray(String[]::new))
                .param("deadline", t.deadline()).param("deadlineText", t.deadlineText())
                .param("deliverables", t.deliverables().toArray(String[]::new)).param("id", id).update();
        jdbc.sql("DELETE FROM plan.task_target WHERE task_id = :id").param("id", id).update();
        for (long target : targets) {
            jdbc.sql("INSERT INTO plan.task_target (task_id, target_id) VALUES (:task, :target)")
                    .param("task", id).param("target", target).update();
        }
        audit.changed(user.actor(), task == null ? AuditAction.CREATE : AuditAction.UPDATE, "PlanTask", id, p.path(),
                FieldChange.diff(before, snapshot(plan, id)));
        return id;
    }

    /** Deletes a task and its links to targets, unless it has progress reports, cards or notifications. */
    @Transactional
    void delete(CurrentUser user, long plan, long task) {
        PlanEditor.Locked p = plans.lock(user, plan);
        Map<String, Object> before = snapshot(plan, task);
        int reports = count("SELECT count(*) FROM plan.progress_report WHERE task_id = :id", task);
        if (reports > 0) {
            throw UserError.conflict("plan.edit.task.hasReports", before.get("code"), reports);
        }
        if (count("SELECT (SELECT count(*) FROM plan.card WHERE task_id = :id) "
                + "+ (SELECT count(*) FROM plan.notification WHERE task_id = :id)", task) > 0) {
            throw UserError.conflict("plan.edit.task.hasCards", before.get("code"));
        }
        jdbc.sql("DELETE FROM plan.task_target WHERE task_id = :id").param("id", task).update();
        jdbc.sql("DELETE FROM plan.task WHERE id = :id").param("id", task).update();
        audit.changed(user.actor(), AuditAction.DELETE, "PlanTask", task, p.path(), FieldChange.diff(before, Map.of()));
    }

    /** The chosen targets, every one of them the plan's. */
    private Set<Long> targets(long plan, List<String> ids) {
        Set<Long> chosen = new LinkedHashSet<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            Long target = PlanEditRules.optionalId(id);
            if (target != null) {
                chosen.add(target);
            }
        }
        if (!chosen.isEmpty() && jdbc.sql("SELECT count(*) FROM plan.target WHERE plan_id = :plan AND id IN (:ids)")
                .param("plan", plan).param("ids", chosen).query(Integer.class).single() != chosen.size()) {
            throw UserError.invalid("plan.edit.choice.invalid");
        }
        return chosen;
    }

    private int count(String sql, long task) {
        return jdbc.sql(sql).param("id", task).query(Integer.class).single();
    }

    /** The task's fields, with its lead unit by name and the targets it serves by code, for the audit log. */
    private Map<String, Object> snapshot(long plan, long task) {
        return jdbc.sql("""
                SELECT k.code, a.code AS action, k.text, k.lead_name, u.name AS lead_unit,
                       array_to_string(k.co_names, '、') AS co_names, k.deadline, k.deadline_text,
                       array_to_string(k.deliverables, '; ') AS deliverables,
                       (SELECT string_agg(t.code, ',' ORDER BY t.sort) FROM plan.task_target tt
                          JOIN plan.target t ON t.id = tt.target_id WHERE tt.task_id = k.id) AS serves
                  FROM plan.task k JOIN plan.action a ON a.id = k.action_id
                  LEFT JOIN org.unit_scope u ON u.id = k.lead_unit_id
                 WHERE k.id = :id AND k.plan_id = :plan""")
                .param("id", task).param("plan", plan).query((rs, i) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (String column : List.of("code", "action", "text", "lead_name", "lead_unit", "co_names",
                            "deadline", "deadline_text", "deliverables", "serves")) {
                        m.put(column, rs.getString(column));
                    }
                    return m;
                }).optional().orElseThrow(() -> UserError.notFound("plan.edit.item.notFound"));
    }
}
