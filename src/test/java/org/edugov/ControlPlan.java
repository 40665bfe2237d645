package org.edugov;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A plan of the control city, outside every demo account's scope, with one goal, target, milestone, action, a task
 * the control city leads, a submitted report on it and an evidence file, and a qualitative target with a check of
 * its condition and the check's evidence file, all marked, so that the plan routes of {@link ScopeMatrixTests} aim at
 * a real plan nobody else may read or change.
 */
@Component
public class ControlPlan {

    /** The ids the plan routes take. */
    public record Ids(long plan, long goal, long target, long action, long task, long report, long evidence,
            long qualitativeTarget, long conditionEvidence) {
    }

    private final ControlCity city;
    private final JdbcClient jdbc;

    ControlPlan(ControlCity city, JdbcClient jdbc) {
        this.city = city;
        this.jdbc = jdbc;
    }

    /** Creates the plan once per database; later calls find it. */
    public synchronized Ids ensure() {
        city.ensure();
        Long existing = jdbc.sql("SELECT id FROM plan.plan WHERE title = :title").param("title", title())
                .query(Long.class).optional().orElse(null);
        long plan = existing != null ? existing : create();
        return new Ids(plan, id("plan.goal", plan), id("plan.target", plan), id("plan.action", plan),
                id("plan.task", plan), id("plan.progress_report", plan), jdbc.sql("""
                        SELECT min(e.id) FROM plan.evidence e JOIN plan.progress_report r ON r.id = e.report_id
                         WHERE r.plan_id = :plan""").param("plan", plan).query(Long.class).single(),
                jdbc.sql("SELECT id FROM plan.target WHERE plan_id = :plan AND qualitative").param("plan", plan)
                        .query(Long.class).single(),
                jdbc.sql("""
                        SELECT min(e.id) FROM plan.evidence e JOIN plan.condition_check c ON c.id = e.check_id
                         WHERE c.plan_id = :plan""").param("plan", plan).query(Long.class).single());
    }

    /** Everything of the control plan that no other account may change. */
    public String snapshot() {
        return jdbc.sql("""
                SELECT concat_ws('|', p.title, p.issuer, p.period_from, p.period_to,
                         (SELECT string_agg(concat_ws(':', g.code, g.title, g.section), ',') FROM plan.goal g
                           WHERE g.plan_id = p.id),
                         (SELECT string_agg(concat_ws(':', t.code, t.text, t.comparator, t.value, t.due_year,
                                 t.indicator_code), ',') FROM plan.target t WHERE t.plan_id = p.id),
                         (SELECT string_agg(concat_ws(':', m.year, m.value), ',') FROM plan.milestone m
                            JOIN plan.target t ON t.id = m.target_id WHERE t.plan_id = p.id),
                         (SELECT string_agg(concat_ws(':', a.code, a.title, a.parent_id), ',') FROM plan.action a
                           WHERE a.plan_id = p.id),
                         (SELECT string_agg(concat_ws(':', k.code, k.text, k.lead_name, k.lead_unit_id, k.deadline,
                                 k.action_id), ',') FROM plan.task k WHERE k.plan_id = p.id),
                         (SELECT count(*) FROM plan.task_target tt JOIN plan.task k ON k.id = tt.task_id
                           WHERE k.plan_id = p.id),
                         (SELECT string_agg(concat_ws(':', r.id, r.state, r.percent, r.review_comment, k.percent_done,
                                 (SELECT count(*) FROM plan.evidence e WHERE e.report_id = r.id)), ',' ORDER BY r.id)
                            FROM plan.progress_report r JOIN plan.task k ON k.id = r.task_id WHERE r.plan_id = p.id),
                         (SELECT string_agg(concat_ws(':', t.code, t.qualitative, array_to_string(t.conditions, ';')),
                                 ',' ORDER BY t.id) FROM plan.target t WHERE t.plan_id = p.id),
                         (SELECT string_agg(concat_ws(':', c.id, c.condition_text, c.met, c.note,
                                 (SELECT count(*) FROM plan.evidence e WHERE e.check_id = c.id)), ','
                                 ORDER BY c.id) FROM plan.condition_check c WHERE c.plan_id = p.id),
                         (SELECT count(*) FROM plan.plan c WHERE c.parent_id = p.id))
                  FROM plan.plan p WHERE p.title = :title""")
                .param("title", title()).query(String.class).single();
    }

    private long create() {
        long plan = jdbc.sql("""
                INSERT INTO plan.plan (org_unit_id, county_code, title, period_from, period_to, level, created_by)
                VALUES (:org, :county, :title, 2024, 2026, 'CITY', 'test') RETURNING id""")
                .param("org", city.unit(ControlCity.CITY).id()).param("county", ControlCity.CITY)
                .param("title", title()).query(Long.class).single();
        long goal = jdbc.sql("INSERT INTO plan.goal (plan_id, code, title, sort) VALUES (:plan, 'G1', :title, 1) "
                + "RETURNING id").param("plan", plan).param("title", ControlCity.MARKER + "目标")
                .query(Long.class).single();
        long target = jdbc.sql("""
                INSERT INTO plan.target (plan_id, goal_id, code, text, indicator_code, comparator, value, unit, due_year,
                                         sort)
                VALUES (:plan, :goal, 'G1T1', :text, 'PRESCHOOL_GER', '>=', 90, '%', 2026, 2) RETURNING id""")
                .param("plan", plan).param("goal", goal).param("text", ControlCity.MARKER + "毛入园率达90%")
                .query(Long.class).single();
        jdbc.sql("INSERT INTO plan.milestone (target_id, year, value) VALUES (:target, 2025, 85)")
                .param("target", target).update();
        long action = jdbc.sql("INSERT INTO plan.action (plan_id, code, title, sort) VALUES (:plan, 'A1', :title, 3) "
                + "RETURNING id").param("plan", plan).param("title", ControlCity.MARKER + "行动")
                .query(Long.class).single();
        long cityId = city.unit(ControlCity.CITY).id();
        long task = jdbc.sql("""
                INSERT INTO plan.task (plan_id, action_id, code, text, lead_name, lead_unit_id, deadline, sort)
                VALUES (:plan, :action, 'A1K1', :text, '市教育局', :city, DATE '2025-06-30', 4) RETURNING id""")
                .param("plan", plan).param("action", action).param("text", ControlCity.MARKER + "任务")
                .param("city", cityId).query(Long.class).single();
        long report = jdbc.sql("""
                INSERT INTO plan.progress_report (plan_id, task_id, county_code, period, percent, narrative,
                                                  submitted_by, submitted_unit)
                VALUES (:plan, :task, :code, '2026Q1', 10, :text, :user, :city) RETURNING id""")
                .param("plan", plan).param("task", task).param("code", ControlCity.CITY)
                .param("text", ControlCity.MARKER + "进展").param("user", ControlCity.USER).param("city", cityId)
                .query(Long.class).single();
        // ASCII content, so that a leaked download shows up in the response text
        byte[] content = ("%PDF-1.4 " + ControlCity.PHONE).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        jdbc.sql("""
                INSERT INTO plan.evidence (report_id, county_code, file_name, content_type, size_bytes, sha256, content,
                                           uploaded_by)
                VALUES (:report, :code, :name, 'application/pdf', :size, 'probe', :content, :user)""")
                .param("report", report).param("code", ControlCity.CITY).param("name", ControlCity.MARKER + ".pdf")
                .param("size", content.length).param("content", content).param("user", ControlCity.USER).update();
        jdbc.sql("INSERT INTO plan.task_target (task_id, target_id) VALUES (:task, :target)")
                .param("task", task).param("target", target).update();
        checkedCondition(plan, goal, content);
        return plan;
    }

    /** A qualitative target whose one condition the control city has checked, with an evidence file. */
    private void checkedCondition(long plan, long goal, byte[] content) {
        String condition = ControlCity.MARKER + "条件";
        long target = jdbc.sql("""
                INSERT INTO plan.target (plan_id, goal_id, code, text, qualitative, conditions, due_year, sort)
                VALUES (:plan, :goal, 'G1T2', :text, true, :conditions, 2026, 5) RETURNING id""")
                .param("plan", plan).param("goal", goal).param("text", ControlCity.MARKER + "制度健全")
                .param("conditions", new String[] {condition}).query(Long.class).single();
        long check = jdbc.sql("""
                INSERT INTO plan.condition_check (plan_id, target_id, county_code, condition_index, condition_text, met,
                                                  note, checked_by)
                VALUES (:plan, :target, :code, 0, :condition, false, :note, :user) RETURNING id""")
                .param("plan", plan).param("target", target).param("code", ControlCity.CITY)
                .param("condition", condition).param("note", ControlCity.MARKER + "核查")
                .param("user", ControlCity.USER).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO plan.evidence (check_id, county_code, file_name, content_type, size_bytes, sha256,
                                           content, uploaded_by)
                VALUES (:check, :code, :name, 'application/pdf', :size, 'probe', :content, :user)""")
                .param("check", check).param("code", ControlCity.CITY).param("name", ControlCity.MARKER + "核查.pdf")
                .param("size", content.length).param("content", content).param("user", ControlCity.USER).update();
    }

    private long id(String table, long plan) {
        return jdbc.sql("SELECT min(id) FROM " + table + " WHERE plan_id = :plan").param("plan", plan)
                .query(Long.class).single();
    }

    private static String title() {
        return ControlCity.MARKER + "规划";
    }
}
