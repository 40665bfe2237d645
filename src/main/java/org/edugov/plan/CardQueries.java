package org.edugov.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.edugov.shared.DataScope;
import org.edugov.shared.OrgPath;
import org.edugov.shared.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes a plan's 红黄牌: its rules, the cards of a plan (the caller has checked the plan is visible) and
 * the red cards of every plan in a scope with their 约谈.
 */
@Repository
class CardQueries {

    /**
     * A card with its task, the task's lead unit (its name, or the name the plan gives) and, for a red card, the
     * recorded 约谈.
     */
    record CardRow(long id, long planId, String planTitle, long taskId, String taskCode, String taskText, String lead,
            CardRules.Colour colour, CardRules.Reason reason, String period, LocalDate issuedOn, LocalDate interviewOn,
            String interviewBy, String interviewNote) {
    }

    /** A red card to record a 约谈 for, with the path of its plan's unit for the audit row. */
    record InterviewTarget(long id, LocalDate issuedOn, boolean recorded, OrgPath planPath) {
    }

    private static final String CARDS = """
            SELECT c.id, c.plan_id, p.title, c.task_id, k.code, k.text, coalesce(lu.name, k.lead_name) AS lead, c.colour,
                   c.reason, c.period, c.issued_on, c.interview_on, c.interview_by, c.interview_note
              FROM plan.card c JOIN plan.plan p ON p.id = c.plan_id JOIN org.unit_scope u ON u.id = p.org_unit_id
              JOIN plan.task k ON k.id = c.task_id LEFT JOIN org.unit_scope lu ON lu.id = k.lead_unit_id
            """;

    private final JdbcClient jdbc;

    CardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CardRules rules(long plan) {
        return jdbc.sql("""
                SELECT report_every, report_grace_days, warning_days, warning_percent, yellow_on_at_risk,
                       yellow_on_late_report, red_on_overdue, red_after_yellows
                  FROM plan.plan WHERE id = :plan""")
                .param("plan", plan).query((rs, i) -> new CardRules(ReportPeriod.Every.valueOf(rs.getString(1)),
                        rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7),
                        rs.getInt(8))).single();
    }

    void saveRules(long plan, CardRules r) {
        jdbc.sql("""
                UPDATE plan.plan SET report_every = :every, report_grace_days = :grace, warning_days = :warningDays,
                       warning_percent = :warningPercent, yellow_on_at_risk = :atRisk, yellow_on_late_report = :late,
                       red_on_overdue = :overdue, red_after_yellows = :yellows
                 WHERE id = :plan""")
                .param("every", r.reportEvery().name()).param("grace", r.reportGraceDays())
                .param("warningDays", r.warningDays()).param("warningPercent", r.warningPercent())
                .param("atRisk", r.yellowOnAtRisk()).param("late", r.yellowOnLateReport())
                .param("overdue", r.redOnOverdue()).param("yellows", r.redAfterYellows()).param("plan", plan).update();
    }

    /** Every card of a plan, newest first, red before yellow. */
    List<CardRow> cards(long plan) {
        return jdbc.sql(CARDS + "WHERE c.plan_id = :plan ORDER BY c.issued_on DESC, c.period DESC, "
                + "(c.colour = 'RED') DESC, k.sort").param("plan", plan).query(CardQueries::card).list();
    }

    /** Red cards of the plans in scope whose 约谈 is not recorded, the longest waiting first. */
    List<CardRow> pendingInterviews(DataScope scope, int limit) {
        SqlCondition inScope = scope.condition("u.path");
        return jdbc.sql(CARDS + "WHERE c.colour = 'RED' AND c.interview_on IS NULL AND" + inScope.sql()
                        + "ORDER BY c.issued_on, c.id LIMIT :limit")
                .params(inScope.params()).param("limit", limit).query(CardQueries::card).list();
    }

    /** Red cards of the plans in scope with a recorded 约谈, the latest first. */
    List<CardRow> recordedInterviews(DataScope scope, int limit) {
        SqlCondition inScope = scope.condition("u.path");
        return jdbc.sql(CARDS + "WHERE c.colour = 'RED' AND c.interview_on IS NOT NULL AND" + inScope.sql()
                        + "ORDER BY c.interview_on DESC, c.id DESC LIMIT :limit")
                .params(inScope.params()).param("limit", limit).query(CardQueries::card).list();
    }

    /** A red card of a plan in scope, locked until the transaction ends. */
    Optional<InterviewTarget> interviewTarget(DataScope scope, long card) {
        SqlCondition inScope = scope.condition("u.path");
        return jdbc.sql("""
                SELECT c.id, c.issued_on, c.interview_on IS NOT NULL, u.path
                  FROM plan.card c JOIN plan.plan p ON p.id = c.plan_id JOIN org.unit_scope u ON u.id = p.org_unit_id
                 WHERE c.id = :card AND c.colour = 'RED' AND""" + inScope.sql() + "FOR UPDATE OF c")
                .param("card", card).params(inScope.params())
                .query((rs, i) -> new InterviewTarget(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBoolean(3),
                        OrgPath.of(rs.getString(4)))).optional();
    }

    void recordInterview(long card, LocalDate on, String by, String note) {
        jdbc.sql("UPDATE plan.card SET interview_on = :on, interview_by = :by, interview_note = :note WHERE id = :card")
                .param("on", on).param("by", by).param("note", note).param("card", card).update();
    }

    private static CardRow card(ResultSet rs, int row) throws SQLException {
        return new CardRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("title"), rs.getLong("task_id"),
                rs.getString("code"), rs.getString("text"), rs.getString("lead"),
                CardRules.Colour.valueOf(rs.getString("colour")), CardRules.Reason.valueOf(rs.getString("reason")),
                rs.getString("period"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("interview_on", LocalDate.class), rs.getString("interview_by"),
                rs.getString("interview_note"));
    }
}
