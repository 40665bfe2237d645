package org.edugov.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.edugov.IntegrationTest;
import org.edugov.TestUsers;
import org.edugov.org.OrgDirectory;
import org.edugov.shared.Actor;
import org.edugov.shared.DataScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The supervision run on a loaded county plan (港南区, 2018–2020, quarterly reports, 15 grace days, red after two
 * yellows), with the dates passed in: statuses recorded, cards issued once, the responsible units notified.
 */
@IntegrationTest
class PlanSupervisionTests {

    @Autowired
    PlanSupervision supervision;

    @Autowired
    PlanLoader loader;

    @Autowired
    TestUsers users;

    @Autowired
    OrgDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void deadlinesAndMissingReportsGiveCardsOnceAndTellTheResponsibleUnit(CapturedOutput output) {
        long county = unit("419902");
        long finance = unit("CZJ-419900");
        long plan = loader.load(users.current("county_admin_2"), "GANGNAN_2018", county);
        List<Long> tasks = jdbc.sql("SELECT id FROM plan.task WHERE plan_id = :p ORDER BY sort").param("p", plan)
                .query(Long.class).list();
        long overdue = tasks.get(0);
        long silent = tasks.get(1);
        long reporting = tasks.get(2);
        long atRisk = tasks.get(3);
        long departmental = tasks.get(4);
        task(overdue, "2018-06-30", county);
        task(silent, null, county);
        task(reporting, null, county);
        task(atRisk, "2018-08-10", county);
        task(departmental, null, finance);
        report(plan, overdue, "2018Q1", "ACCEPTED");
        report(plan, reporting, "2018Q1", "SUBMITTED");
        report(plan, silent, "2018Q1", "RETURNED");

        // within the grace days of 2018Q1: statuses recorded for the first time, no card, no notice
        supervision.run(plan, LocalDate.of(2018, 4, 15), Actor.system());
        assertThat(cards(plan, overdue, silent, reporting, atRisk, departmental)).isEmpty();
        assertThat(status(overdue)).isEqualTo(Map.of("status", "ON_TRACK", "status_since", LocalDate.of(2018, 4, 15)));
        assertThat(notices(plan)).isZero();

        // the day after: a returned report does not count, a submitted one does
        supervision.run(plan, LocalDate.of(2018, 4, 16), Actor.system());
        assertThat(cards(plan, overdue, silent, reporting, atRisk, departmental)).containsExactlyInAnyOrder(
                silent + " YELLOW REPORT_LATE 2018Q2", atRisk + " YELLOW REPORT_LATE 2018Q2",
                departmental + " YELLOW REPORT_LATE 2018Q2");
        assertThat(recipients(plan, departmental)).containsExactly(finance + " plan.notice.card.YELLOW.REPORT_LATE");

        // 2018Q3, nobody reported for 2018Q2: the deadline of 30 June has passed, yellow follows yellow
        PlanSupervision.Result result = supervision.run(plan, LocalDate.of(2018, 7, 16), Actor.system());
        assertThat(cards(plan, overdue, silent, reporting, atRisk, departmental)).containsExactlyInAnyOrder(
                silent + " YELLOW REPORT_LATE 2018Q2", atRisk + " YELLOW REPORT_LATE 2018Q2",
                departmental + " YELLOW REPORT_LATE 2018Q2",
                overdue + " RED OVERDUE 2018Q3", overdue + " YELLOW REPORT_LATE 2018Q3",
                silent + " YELLOW REPORT_LATE 2018Q3", silent + " RED REPEATED_YELLOW 2018Q3",
                reporting + " YELLOW REPORT_LATE 2018Q3",
                atRisk + " YELLOW AT_RISK 2018Q3", atRisk + " RED REPEATED_YELLOW 2018Q3",
                departmental + " YELLOW REPORT_LATE 2018Q3", departmental + " RED REPEATED_YELLOW 2018Q3");
        assertThat(status(overdue)).isEqualTo(Map.of("status", "OVERDUE", "status_since", LocalDate.of(2018, 7, 16)));
        assertThat(recipients(plan, overdue)).containsExactlyInAnyOrder(county + " plan.notice.status.OVERDUE",
                county + " plan.notice.card.RED.OVERDUE", county + " plan.notice.card.YELLOW.REPORT_LATE");
        assertThat(recipients(plan, departmental)).containsExactlyInAnyOrder(
                finance + " plan.notice.card.YELLOW.REPORT_LATE", finance + " plan.notice.card.YELLOW.REPORT_LATE",
                finance + " plan.notice.card.RED.REPEATED_YELLOW");
        assertThat(jdbc.sql("SELECT args FROM plan.notification WHERE task_id = :t AND message_key LIKE '%RED.OVERDUE'")
                .param("t", overdue).query(String.class).single()).contains("港南区教育提升三年行动计划", "2018Q3");
        // the shipped channel logs each notice once the run has committed
        String code = jdbc.sql("SELECT code FROM plan.task WHERE id = :t").param("t", overdue).query(String.class)
                .single();
        assertThat(output.getOut()).contains("plan notice: 《港南区教育提升三年行动计划实施方案(2018—2020年)》任务 " + code
                + "“").contains("被亮红牌（2018Q3）：超过时限未完成");
        assertThat(result.redCards()).isGreaterThanOrEqualTo(4);
        assertThat(result.statusChanges()).isGreaterThanOrEqualTo(2);

        // running again the same day issues nothing and tells nobody anything new
        int cardsBefore = count("plan.card", plan);
        int noticesBefore = notices(plan);
        assertThat(supervision.run(plan, LocalDate.of(2018, 7, 16), Actor.system()))
                .isEqualTo(new PlanSupervision.Result(0, 0, 0));
        assertThat(count("plan.card", plan)).isEqualTo(cardsBefore);
        assertThat(notices(plan)).isEqualTo(noticesBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'PlanSupervision' "
                + "AND entity_id = :p").param("p", String.valueOf(plan)).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void theDailyRunCoversEveryPlan() {
        long plan = loader.load(users.current("city_admin"), "PINGDINGSHAN_2024", unit("419900"));
        long task = jdbc.sql("SELECT id FROM plan.task WHERE plan_id = :p ORDER BY sort LIMIT 1").param("p", plan)
                .query(Long.class).single();
        LocalDate today = LocalDate.now(clock);
        task(task, today.minusDays(1).toString(), unit("419900"));
        supervision.runAll(today);
        assertThat(jdbc.sql("SELECT count(*) FROM plan.task WHERE plan_id = :p AND status_since IS NULL")
                .param("p", plan).query(Integer.class).single()).isZero();
        String period = ReportPeriod.of(ReportPeriod.Every.QUARTER, today).label();
        assertThat(cards(plan, task)).contains(task + " RED OVERDUE " + period);
    }

    private void task(long id, String deadline, long lead) {
        jdbc.sql("UPDATE plan.task SET deadline = :d, lead_unit_id = :lead WHERE id = :id")
                .param("d", deadline == null ? null : LocalDate.parse(deadline)).param("lead", lead).param("id", id)
                .update();
    }

    private void report(long plan, long task, String period, String state) {
        jdbc.sql("""
                INSERT INTO plan.progress_report (plan_id, task_id, county_code, period, percent, narrative, state,
                                                  submitted_by, submitted_unit)
                SELECT :plan, :task, county_code, :period, 10, 'test', :state, 'test', org_unit_id
                  FROM plan.plan WHERE id = :plan""")
                .param("plan", plan).param("task", task).param("period", period).param("state", state).update();
    }

    private List<String> cards(long plan, Long... tasks) {
        return jdbc.sql("SELECT task_id || ' ' || colour || ' ' || reason || ' ' || period FROM plan.card "
                        + "WHERE plan_id = :p AND task_id IN (:tasks)")
                .param("p", plan).param("tasks", List.of(tasks)).query(String.class).list();
    }

    private Map<String, Object> status(long task) {
        return jdbc.sql("SELECT status, status_since FROM plan.task WHERE id = :t").param("t", task)
                .query((rs, i) -> Map.<String, Object>of("status", rs.getString(1), "status_since",
                        rs.getObject(2, LocalDate.class))).single();
    }

    private List<String> recipients(long plan, long task) {
        return jdbc.sql("SELECT org_unit_id || ' ' || message_key FROM plan.notification WHERE plan_id = :p "
                + "AND task_id = :t").param("p", plan).param("t", task).query(String.class).list();
    }

    private int notices(long plan) {
        return count("plan.notification", plan);
    }

    private int count(String table, long plan) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE plan_id = :p").param("p", plan).query(Integer.class)
                .single();
    }

    private long unit(String code) {
        return directory.findByCode(DataScope.all(0), code).orElseThrow().id();
    }
}
