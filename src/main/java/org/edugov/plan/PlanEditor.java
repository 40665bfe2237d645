package org.edugov.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.org.CurrentUser;
import org.edugov.shared.OrgPath;
import org.edugov.shared.SqlCondition;
import org.edugov.shared.UserError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits a plan's header, goals and actions (with their projects). Every change locks the plan row first, so that
 * edits of one plan run one after the other and the period checks see the plan as it is; each is one transaction
 * with its audit row. A plan outside the user's scope is not found.
 */
@Service
class PlanEditor {

    /** The plan being edited, locked until the transaction ends. */
    record Locked(long id, long orgUnitId, OrgPath path, PlanEditRules.Period period) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    PlanEditor(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Locks a plan in the user's scope for the surrounding transaction; 404 when it is not there. */
    @Transactional(propagation = Propagation.MANDATORY)
    Locked lock(CurrentUser user, long plan) {
        SqlCondition inScope = user.scope().condition("u.path");
        return jdbc.sql("""
                SELECT p.id, p.org_unit_id, u.path, p.period_from, p.period_to
                  FROM plan.plan p JOIN org.unit_scope u ON u.id = p.org_unit_id
                 WHERE p.id = :id AND""" + inScope.sql() + "FOR UPDATE OF p")
                .param("id", plan).params(inScope.params())
                .query((rs, i) -> new Locked(rs.getLong(1), rs.getLong(2), OrgPath.of(rs.getString(3)),
                        new PlanEditRules.Period(rs.getInt(4), rs.getInt(5))))
                .optional().orElseThrow(() -> UserError.notFound("plan.notFound", plan));
    }

    /** The header as the form shows it. */
    HeaderForm header(long plan) {
        return jdbc.sql("SELECT title, issuer, document_no, published_on, period_from, period_to FROM plan.plan "
                        + "WHERE id = :id")
                .param("id", plan).query((rs, i) -> new HeaderForm(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6))).single();
    }

    @Transactional
    void saveHeader(CurrentUser user, long plan, HeaderForm form) {
        Locked p = lock(user, plan);
        List<PlanEditRules.Dated> deadlines = jdbc.sql("SELECT code, deadline FROM plan.task WHERE plan_id = :plan "
                        + "AND deadline IS NOT NULL ORDER BY deadline, sort")
                .param("plan", plan).query((rs, i) -> new PlanEditRules.Dated(rs.getString(1), rs.getString(2),
                        rs.getDate(2).toLocalDate().getYear())).list();
        List<PlanEditRules.Dated> years = jdbc.sql("""
                SELECT code, due_year FROM plan.target WHERE plan_id = :plan AND due_year IS NOT NULL
                UNION ALL
                SELECT t.code, m.year FROM plan.milestone m JOIN plan.target t ON t.id = m.target_id WHERE t.plan_id = :plan
                ORDER BY 2, 1""")
                .param("plan", plan).query((rs, i) -> new PlanEditRules.Dated(rs.getString(1), rs.getString(2),
                        rs.getInt(2))).list();
        PlanEditRules.Header h = PlanEditRules.header(form, deadlines, years);
        HeaderForm before = header(plan);
        jdbc.sql("""
                UPDATE plan.plan SET title = :title, issuer = :issuer, document_no = :documentNo,
                       published_on = :publishedOn, period_from = :from, period_to = :to
                 WHERE id = :id""")
                .param("title", h.title()).param("issuer", h.issuer()).param("documentNo", h.documentNo())
                .param("publishedOn", h.publishedOn()).param("from", h.period().from()).param("to", h.period().to())
                .param("id", plan).update();
        audit.changed(user.actor(), AuditAction.UPDATE, "Plan", plan, p.path(),
                FieldChange.diff(snapshot(before), snapshot(header(plan))));
    }

    GoalForm goal(long plan, long goal) {
        return jdbc.sql("SELECT title, section FROM plan.goal WHERE id = :id AND plan_id = :plan")
                .param("id", goal).param("plan", plan).query((rs, i) -> new GoalForm(rs.getString(1), rs.getString(2)))
                .optional().orElseThrow(() -> UserError.notFound("plan.edit.item.notFound"));
    }

    /** Adds a goal (goal null) or changes one; returns its id. */
    @Transactional
    long saveGoal(CurrentUser user, long plan, Long goal, GoalForm form) {
        Locked p = lock(user, plan);
        PlanEditRules.Titled t = PlanEditRules.titled(form.title(), form.section());
        if (goal == null) {
            long id = jdbc.sql("""
                    INSERT INTO plan.goal (plan_id, code, section, title, sort)
                    VALUES (:plan, :code, :section, :title, :sort) RETURNING id""")
                    .param("plan", plan).param("code", PlanCodes.next(jdbc, "plan.goal", plan, "G"))
                    .param("section", t.section()).param("title", t.title()).param("sort", PlanCodes.nextSort(jdbc, plan))
                    .query(Long.class).single();
            audit.changed(user.actor(), AuditAction.CREATE, "PlanGoal", id, p.path(),
                    FieldChange.created(Map.of("plan", plan, "title", t.title(), "section", t.section())));
            return id;
        }
        GoalForm before = goal(plan, goal);
        jdbc.sql("UPDATE plan.goal SET title = :title, section = :section WHERE id = :id")
                .param("title", t.title()).param("section", t.section()).param("id", goal).update();
        audit.changed(user.actor(), AuditAction.UPDATE, "PlanGoal", goal, p.path(), FieldChange.diff(
                Map.of("title", before.title(), "section", before.section()),
                Map.of("title", t.title(), "section", t.section())));
        return goal;
    }

    /** Deletes a goal that holds no targets. */
    @Transactional
    void deleteGoal(CurrentUser user, long plan, long goal) {
        Locked p = lock(user, plan);
        GoalForm before = goal(plan, goal);
        int targets = jdbc.sql("SELECT count(*) FROM plan.target WHERE goal_id = :goal").param("goal", goal)
                .query(Integer.class).single();
        if (targets > 0) {
            throw UserError.conflict("plan.edit.goal.hasTargets", before.title(), targets);
        }
        jdbc.sql("DELETE FROM plan.goal WHERE id = :id").param("id", goal).update();
        audit.changed(user.actor(), AuditAction.DELETE, "PlanGoal", goal, p.path(), FieldChange.diff(
                Map.of("plan", plan, "title", before.title(), "section", before.section()), Map.of()));
    }

    ActionForm action(long plan, long action) {
        return jdbc.sql("SELECT title, section, parent_id FROM plan.action WHERE id = :id AND plan_id = :plan")
                .param("id", action).param("plan", plan)
                .query((rs, i) -> new ActionForm(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional().orElseThrow(() -> UserError.notFound("plan.edit.item.notFound"));
    }

    /**
     * Adds an action (action null) or changes one. With a parent it is a project: the parent is a top-level action
     * of the same plan, and an action that has projects of its own cannot become one.
     */
    @Transactional
    long saveAction(CurrentUser user, long plan, Long action, ActionForm form) {
        Locked p = lock(user, plan);
        PlanEditRules.Titled t = PlanEditRules.titled(form.title(), form.section());
        Long parent = PlanEditRules.optionalId(form.parentId());
        if (parent != null) {
            boolean topLevel = jdbc.sql("SELECT count(*) FROM plan.action WHERE id = :id AND plan_id = :plan "
                            + "AND parent_id IS NULL")
                    .param("id", parent).param("plan", plan).query(Integer.class).single() == 1;
            if (!topLevel || parent.equals(action)) {
                throw UserError.invalid("plan.edit.action.parent.invalid");
            }
            if (action != null && jdbc.sql("SELECT count(*) FROM plan.action WHERE parent_id = :id")
                    .param("id", action).query(Integer.class).single() > 0) {
                throw UserError.invalid("plan.edit.action.parent.hasProjects", t.title());
            }
        }
        if (action == null) {
            String prefix = parent == null ? "A" : jdbc.sql("SELECT code FROM plan.action WHERE id = :id")
                    .param("id", parent).query(String.class).single() + "P";
            long id = jdbc.sql("""
                    INSERT INTO plan.action (plan_id, parent_id, code, section, title, sort)
                    VALUES (:plan, :parent, :code, :section, :title, :sort) RETURNING id""")
                    .param("plan", plan).param("parent", parent).param("code", PlanCodes.next(jdbc, "plan.action", plan,
                            prefix)).param("section", t.section()).param("title", t.title())
                    .param("sort", PlanCodes.nextSort(jdbc, plan)).query(Long.class).single();
            audit.changed(user.actor(), AuditAction.CREATE, "PlanAction", id, p.path(),
                    FieldChange.created(actionSnapshot(plan, new ActionForm(t.title(), t.section(), text(parent)))));
            return id;
        }
        ActionForm before = action(plan, action);
        jdbc.sql("UPDATE plan.action SET title = :title, section = :section, parent_id = :parent WHERE id = :id")
                .param("title", t.title()).param("section", t.section()).param("parent", parent).param("id", action)
                .update();
        audit.changed(user.actor(), AuditAction.UPDATE, "PlanAction", action, p.path(), FieldChange.diff(
                actionSnapshot(plan, before), actionSnapshot(plan, new ActionForm(t.title(), t.section(), text(parent)))));
        return action;
    }

    private static Map<String, Object> actionSnapshot(long plan, ActionForm a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan", plan);
        m.put("title", a.title());
        m.put("section", a.section());
        m.put("parent", a.parentId());
        return m;
    }

    private static Map<String, Object> snapshot(HeaderForm h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", h.title());
        m.put("issuer", h.issuer());
        m.put("documentNo", h.documentNo());
        m.put("publishedOn", h.publishedOn());
        m.put("periodFrom", h.periodFrom());
        m.put("periodTo", h.periodTo());
        return m;
    }

    private static String text(Long id) {
        return id == null ? null : id.toString();
    }
}
