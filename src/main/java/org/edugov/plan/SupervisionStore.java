package org.edugov.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.edugov.shared.OrgPath;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the supervision run reads and writes for one plan, a handful of statements per plan whatever its size:
 * its rules and tasks, the live reports and yellow cards of the periods the rules look at, then the changed
 * statuses, the new cards and the notices, each written in one statement.
 */
@Repository
class SupervisionStore {

    record PlanFacts(long id, long orgUnitId, OrgPath orgPath, String countyCode, String title, int periodFrom,
            int periodTo, CardRules rules) {

        LocalDate start() {
            return LocalDate.of(periodFrom, 1, 1);
        }

        LocalDate end() {
            return LocalDate.of(periodTo, 12, 31);
        }
    }

    /**
     * @param stored the status the last run recorded
     * @param evaluated whether a run has judged the task before
     * @param recipient the unit told about it: its lead unit, or the plan's unit
     */
    record TaskFacts(long id, String code, String text, LocalDate deadline, int percentDone, Status stored,
            boolean evaluated, long recipient) {
    }

    record NewCard(long taskId, CardRules.Card card) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    SupervisionStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<Long> planIds() {
        return jdbc.sql("SELECT id FROM plan.plan ORDER BY id").query(Long.class).list();
    }

    /** Holds the plan until the transaction ends, so that two runs of one plan do not interleave. */
    void lock(long plan) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('plan.supervision'), :plan::int)").param("plan", plan)
                .query().listOfRows();
    }

    Optional<PlanFacts> plan(long plan) {
        return jdbc.sql("""
                SELECT p.id, p.org_unit_id, u.path, p.county_code, p.title, p.period_from, p.period_to, p.report_every,
                       p.report_grace_days, p.warning_days, p.warning_percent, p.yellow_on_at_risk,
                       p.yellow_on_late_report, p.red_on_overdue, p.red_after_yellows
                  FROM plan.plan p JOIN org.unit_scope u ON u.id = p.org_unit_id
                 WHERE p.id = :plan""")
                .param("plan", plan).query((rs, i) -> new PlanFacts(rs.getLong(1), rs.getLong(2),
                        OrgPath.of(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7),
                        new CardRules(ReportPeriod.Every.valueOf(rs.getString(8)), rs.getInt(9), rs.getInt(10),
                                rs.getInt(11), rs.getBoolean(12), rs.getBoolean(13), rs.getBoolean(14), rs.getInt(15))))
                .optional();
    }

    List<TaskFacts> tasks(long plan) {
        return jdbc.sql("""
                SELECT k.id, k.code, k.text, k.deadline, k.percent_done, k.status, k.status_since IS NOT NULL,
                       coalesce(k.lead_unit_id, p.org_unit_id)
                  FROM plan.task k JOIN plan.plan p ON p.id = k.plan_id
                 WHERE k.plan_id = :plan ORDER BY k.sort""")
                .param("plan", plan).query((rs, i) -> new TaskFacts(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getInt(5), Status.valueOf(rs.getString(6)),
                        rs.getBoolean(7), rs.getLong(8))).list();
    }

    /**
     * Task id → the given periods in which the task has a submitted or accepted report. Reports are indexed by task,
     * so they are reached through the plan's tasks: a plan's own reports are read, not every plan's.
     */
    Map<Long, Set<ReportPeriod>> reported(long plan, List<ReportPeriod> periods) {
        return periodsByTask("""
                SELECT r.task_id, r.period FROM plan.task k JOIN plan.progress_report r ON r.task_id = k.id
                 WHERE k.plan_id = :plan AND r.state IN ('SUBMITTED', 'ACCEPTED') AND r.period IN (:periods)""",
                plan, periods);
    }

    /** Task id → the given periods in which the task holds a yellow card. */
    Map<Long, Set<ReportPeriod>> yellowed(long plan, List<ReportPeriod> periods) {
        return periodsByTask("SELECT task_id, period FROM plan.card WHERE plan_id = :plan AND colour = 'YELLOW' "
                + "AND period IN (:periods)", plan, periods);
    }

    /** Records each task's new status, effective from {@code today}. */
    void statuses(Map<Long, Status> changed, LocalDate today) {
        if (changed.isEmpty()) {
            return;
        }
        List<Map.Entry<Long, Status>> rows = List.copyOf(changed.entrySet());
        jdbc.sql("""
                UPDATE plan.task k SET status = u.status, status_since = :today
                  FROM unnest(:ids::bigint[], :statuses::text[]) AS u (id, status) WHERE k.id = u.id""")
                .param("today", today).param("ids", rows.stream().map(Map.Entry::getKey).toArray(Long[]::new))
                .param("statuses", rows.stream().map(e -> e.getValue().name()).toArray(String[]::new)).update();
    }

    /** Stores the cards a task does not hold yet for the period and returns those that are new. */
    List<NewCard> issue(PlanFacts plan, ReportPeriod period, LocalDate today, List<NewCard> cards) {
        if (cards.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                INSERT INTO plan.card (plan_id, task_id, county_code, colour, reason, period, issued_on)
                SELECT :plan, u.task, :county, u.colour, u.reason, :period, :today
                  FROM unnest(:tasks::bigint[], :colours::text[], :reasons::text[]) AS u (task, colour, reason)
                ON CONFLICT (task_id, colour, period) DO NOTHING
                RETURNING task_id, colour, reason""")
                .param("plan", plan.id()).param("county", plan.countyCode()).param("period", period.label())
                .param("today", today).param("tasks", cards.stream().map(NewCard::taskId).toArray(Long[]::new))
                .param("colours", cards.stream().map(c -> c.card().colour().name()).toArray(String[]::new))
                .param("reasons", cards.stream().map(c -> c.card().reason().name()).toArray(String[]::new))
                .query((rs, i) -> new NewCard(rs.getLong(1), new CardRules.Card(
                        CardRules.Colour.valueOf(rs.getString(2)), CardRules.Reason.valueOf(rs.getString(3))))).list();
    }

    /** The in-app notices, in one batch. */
    void notify(List<Notice> notices) {
        List<Object[]> rows = new ArrayList<>();
        for (Notice n : notices) {
            rows.add(new Object[] {n.orgUnitId(), n.countyCode(), n.planId(), n.taskId(), n.messageKey(),
                n.args().toArray(String[]::new)});
        }
        batch.batchUpdate("INSERT INTO plan.notification (org_unit_id, county_code, plan_id, task_id, message_key, args) "
                + "VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    private Map<Long, Set<ReportPeriod>> periodsByTask(String sql, long plan, List<ReportPeriod> periods) {
        Map<Long, Set<ReportPeriod>> out = new HashMap<>();
        if (periods.isEmpty()) {
            return out;
        }
        Map<String, ReportPeriod> byLabel = periods.stream()
                .collect(Collectors.toMap(ReportPeriod::label, Function.identity(), (a, b) -> a));
        jdbc.sql(sql).param("plan", plan).param("periods", byLabel.keySet())
                .query((RowCallbackHandler) rs -> out.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(byLabel.get(rs.getString(2))));
        return out;
    }
}
