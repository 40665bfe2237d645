package org.edugov.plan;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.edugov.shared.DataScope;
import org.edugov.shared.SqlCondition;
import org.edugov.shared.UserError;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads plans; lists and look-ups are limited to the plans of units in the caller's scope. */
@Repository
class PlanQueries {

    /** @param parentId the city plan a county plan breaks down (分解到县), or null */
    record PlanRow(long id, long orgUnitId, String orgName, String templateCode, String title, String issuer,
            String documentNo, int periodFrom, int periodTo, String level, int targets, int tasks, boolean published,
            int warningDays, int warningPercent, ReportPeriod.Every reportEvery, int reportGraceDays, Long parentId) {
    }

    record TargetRow(long id, long goalId, String code, String text, String indicatorCode, String comparator,
            BigDecimal value, String unit, Integer dueYear, Integer baselineYear, BigDecimal baselineValue,
            boolean qualitative, List<String> conditions) {
    }

    record GoalRow(long id, String code, String section, String title) {
    }

    record ActionRow(long id, Long parentId, String code, String section, String title) {
    }

    /** @param card the colour of the task's card in the period asked for (the red one when it has both), or null */
    record TaskRow(long id, long actionId, String code, String text, String leadName, Long leadUnitId,
            String leadUnitName, List<String> coNames, LocalDate deadline, String deadlineText, List<String> serves,
            int percentDone, String card) {
    }

    /** Plans with their unit and counts; callers add the WHERE clause with the scope. */
    private static final String PLANS = """
            SELECT p.id, p.org_unit_id, u.name AS org_name, p.template_code, p.title, p.issuer, p.document_no,
                   p.period_from, p.period_to, p.level, p.published, p.warning_days, p.warning_percent,
                   p.report_every, p.report_grace_days, p.parent_id,
                   (SELECT count(*) FROM plan.target t WHERE t.plan_id = p.id) AS targets,
                   (SELECT count(*) FROM plan.task k WHERE k.plan_id = p.id) AS tasks
              FROM plan.plan p JOIN org.unit_scope u ON u.id = p.org_unit_id
            """;

    private final JdbcClient jdbc;

    PlanQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PlanRow> plans(DataScope scope) {
        SqlCondition inScope = scope.condition("u.path");
        return jdbc.sql(PLANS + "WHERE" + inScope.sql() + "ORDER BY u.path, p.id")
                .params(inScope.params()).query(PlanQueries::plan).list();
    }

    /** A plan in the scope; one outside it is answered as one that does not exist (404 plan.notFound). */
    PlanRow visible(DataScope scope, long id) {
        return plan(scope, id).orElseThrow(() -> UserError.notFound("plan.notFound", id));
    }

    Optional<PlanRow> plan(DataScope scope, long id) {
        SqlCondition inScope = scope.condition("u.path");
        return jdbc.sql(PLANS + "WHERE p.id = :id AND" + inScope.sql())
                .param("id", id).params(inScope.params()).query(PlanQueries::plan).optional();
    }

    /** The county plans in scope that break down the plan (分解到县), by county. */
    List<PlanRow> children(DataScope scope, long parent) {
        SqlCondition inScope = scope.condition("u.path");
        return jdbc.sql(PLANS + "WHERE p.parent_id = :parent AND" + inScope.sql() + "ORDER BY u.code, p.id")
                .param("parent", parent).params(inScope.params()).query(PlanQueries::plan).list();
    }

    List<GoalRow> goals(long plan) {
        return jdbc.sql("SELECT id, code, section, title FROM plan.goal WHERE plan_id = :plan ORDER BY sort")
                .param("plan", plan).query((rs, i) -> new GoalRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))).list();
    }

    List<TargetRow> targets(long plan) {
        return jdbc.sql("""
                SELECT id, goal_id, code, text, indicator_code, comparator, value, unit, due_year, baseline_year,
                       baseline_value, qualitative, conditions
                  FROM plan.target WHERE plan_id = :plan ORDER BY sort""")
                .param("plan", plan).query((rs, i) -> target(rs)).list();
    }

    /**
     * A target from a row with the columns of {@link #targets(long)}, by name: id, goal_id, code, text,
     * indicator_code, comparator, value, unit, due_year, baseline_year, baseline_value, qualitative, conditions.
     */
    static TargetRow target(ResultSet rs) throws SQLException {
        return new TargetRow(rs.getLong("id"), rs.getLong("goal_id"), rs.getString("code"), rs.getString("text"),
                rs.getString("indicator_code"), rs.getString("comparator"), rs.getBigDecimal("value"),
                rs.getString("unit"), (Integer) rs.getObject("due_year"), (Integer) rs.getObject("baseline_year"),
                rs.getBigDecimal("baseline_value"), rs.getBoolean("qualitative"), strings(rs.getArray("conditions")));
    }

    /** Milestones of a plan's targets: target id → year → value. */
    Map<Long, Map<Integer, BigDecimal>> milestones(long plan) {
        Map<Long, Map<Integer, BigDecimal>> out = new HashMap<>();
        jdbc.sql("SELECT m.target_id, m.year, m.value FROM plan.milestone m JOIN plan.target t ON t.id = m.target_id "
                        + "WHERE t.plan_id = :plan")
                .param("plan", plan).query((RowCallbackHandler) rs -> out.computeIfAbsent(rs.getLong(1),
                        k -> new HashMap<>()).put(rs.getInt(2), rs.getBigDecimal(3)));
        return out;
    }

    List<ActionRow> actions(long plan) {
        return jdbc.sql("SELECT id, parent_id, code, section, title FROM plan.action WHERE plan_id = :plan ORDER BY sort")
                .param("plan", plan).query((rs, i) -> new ActionRow(rs.getLong(1), (Long) rs.getObject(2),
                        rs.getString(3), rs.getString(4), rs.getString(5))).list();
    }

    List<TaskRow> tasks(long plan) {
        return tasks(plan, null);
    }

    /** The plan's tasks, each with the colour of its card in the reporting period {@code cardPeriod}. */
    List<TaskRow> tasks(long plan, String cardPeriod) {
        return jdbc.sql("""
                SELECT k.id, k.action_id, k.code, k.text, k.lead_name, k.lead_unit_id, u.name AS lead_unit_name,
                       k.co_names, k.deadline, k.deadline_text,
                       ARRAY(SELECT t.code FROM plan.task_target tt JOIN plan.target t ON t.id = tt.target_id
                              WHERE tt.task_id = k.id ORDER BY t.sort) AS serves, k.percent_done,
                       (SELECT c.colour FROM plan.card c WHERE c.task_id = k.id AND c.period = :period
                         ORDER BY c.colour = 'RED' DESC LIMIT 1) AS card
                  FROM plan.task k LEFT JOIN org.unit_scope u ON u.id = k.lead_unit_id
                 WHERE k.plan_id = :plan ORDER BY k.sort""")
                .param("plan", plan).param("period", cardPeriod).query((rs, i) -> task(rs)).list();
    }

    /**
     * A task from a row with the columns of {@link #tasks(long, String)}, by name: id, action_id, code, text,
     * lead_name, lead_unit_id, lead_unit_name, co_names, deadline, deadline_text, serves, percent_done, card.
     */
    static TaskRow task(ResultSet rs) throws SQLException {
        return new TaskRow(rs.getLong("id"), rs.getLong("action_id"), rs.getString("code"), rs.getString("text"),
                rs.getString("lead_name"), (Long) rs.getObject("lead_unit_id"), rs.getString("lead_unit_name"),
                strings(rs.getArray("co_names")), rs.getObject("deadline", LocalDate.class),
                rs.getString("deadline_text"), strings(rs.getArray("serves")), rs.getInt("percent_done"),
                rs.getString("card"));
    }

    private static PlanRow plan(ResultSet rs, int row) throws SQLException {
        return new PlanRow(rs.getLong("id"), rs.getLong("org_unit_id"), rs.getString("org_name"),
                rs.getString("template_code"), rs.getString("title"), rs.getString("issuer"),
                rs.getString("document_no"), rs.getInt("period_from"), rs.getInt("period_to"), rs.getString("level"),
                rs.getInt("targets"), rs.getInt("tasks"), rs.getBoolean("published"), rs.getInt("warning_days"),
                rs.getInt("warning_percent"), ReportPeriod.Every.valueOf(rs.getString("report_every")),
                rs.getInt("report_grace_days"), (Long) rs.getObject("parent_id"));
    }

    /** A text[] column as a list (empty for NULL). */
    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
