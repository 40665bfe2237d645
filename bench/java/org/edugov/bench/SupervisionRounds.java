package org.edugov.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.edugov.plan.PlanSupervision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link PlanSupervision#runAll} over every plan on a series of days, against {@link PlanBaselineSql#STATUSES} and
 * {@link PlanBaselineSql#CARDS} on twins of the tables it writes, in the same run. Two rounds from the same start
 * (no statuses recorded, no cards, no notices): the first with a cold JVM, the second warm. After each day the
 * module's tables and the twins are compared row by row.
 */
final class SupervisionRounds {

    private final PlanSupervision supervision;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    SupervisionRounds(PlanSupervision supervision, JdbcClient jdbc, TransactionTemplate tx) {
        this.supervision = supervision;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    void measure(List<LocalDate> days) {
        jdbc.sql("CREATE SCHEMA bench").update();
        for (String table : List.of("task", "card", "notification")) {
            jdbc.sql("CREATE TABLE bench." + table + " (LIKE plan." + table + " INCLUDING ALL)").update();
        }
        jdbc.sql("INSERT INTO bench.task SELECT * FROM plan.task").update();
        jdbc.sql("ANALYZE bench.task").update();
        System.out.printf("%nsupervision of %,d plans, %,d tasks%n", PlanBench.count(jdbc, "plan.plan"),
                PlanBench.count(jdbc, "plan.task"));
        for (int round = 1; round <= 2; round++) {
            if (round == 2) {
                reset();
            }
            System.out.println(round == 1 ? "round 1 (cold JVM)" : "round 2 (warm JVM, same start)");
            for (LocalDate day : days) {
                day(day);
            }
        }
        System.out.println("  cards by colour, reason and period: " + jdbc.sql("""
                SELECT string_agg(colour || ' ' || reason || ' ' || period || ': ' || n, ', ' ORDER BY period, colour, reason)
                  FROM (SELECT colour, reason, period, count(*) AS n FROM plan.card GROUP BY 1, 2, 3) c""")
                .query(String.class).single());
    }

    private void day(LocalDate day) {
        PlanSupervision.Result[] result = new PlanSupervision.Result[1];
        long engine = PlanBench.micros(() -> {
            result[0] = supervision.runAll(day);
            return 0;
        });
        int quarter = (day.getMonthValue() - 1) / 3 + 1;
        LocalDate currentStart = LocalDate.of(day.getYear(), (quarter - 1) * 3 + 1, 1);
        LocalDate previousStart = currentStart.minusMonths(3);
        String current = day.getYear() + "Q" + quarter;
        String previous = previousStart.getYear() + "Q" + ((previousStart.getMonthValue() - 1) / 3 + 1);
        long start = System.nanoTime();
        List<Map<String, Object>> counts = tx.execute(s -> List.of(
                jdbc.sql(PlanBaselineSql.STATUSES).param("today", day).query().singleRow(),
                jdbc.sql(PlanBaselineSql.CARDS).param("today", day).param("current", current)
                        .param("previous", previous).param("previousStart", previousStart)
                        .param("previousEnd", currentStart.minusDays(1)).query().singleRow()));
        long baseline = (System.nanoTime() - start) / 1000;
        List<Object> differences = jdbc.sql(PlanBaselineSql.DIFFERENCES).query().singleRow().values().stream().toList();
        // standing in for autovacuum, which analyses a table once a tenth of it has changed: without it the next
        // day's plans would be made for empty card and notice tables
        jdbc.sql("ANALYZE plan.task, plan.card, plan.notification, bench.task, bench.card, bench.notification").update();
        System.out.printf("  %s  runAll %,8.1f ms (%,d status notices, %,d yellow, %,d red) | hand-written SQL %,7.1f ms"
                + " (%s statuses recorded, %s status notices, %s yellow, %s red, %s card notices) | ratio %5.1f"
                + " | rows differing (statuses, cards, notices): %s%n", day, PlanBench.ms(engine),
                result[0].statusChanges(), result[0].yellowCards(), result[0].redCards(), PlanBench.ms(baseline),
                counts.get(0).get("recorded"), counts.get(0).get("notices"), counts.get(1).get("yellow"),
                counts.get(1).get("red"), counts.get(1).get("notices"), (double) engine / baseline, differences);
    }

    /** Back to the start for both: no statuses recorded, no cards, no notices. */
    private void reset() {
        for (String schema : List.of("plan", "bench")) {
            jdbc.sql("DELETE FROM " + schema + ".notification").update();
            jdbc.sql("DELETE FROM " + schema + ".card").update();
            jdbc.sql("UPDATE " + schema + ".task SET status = 'UNKNOWN', status_since = NULL").update();
        }
        jdbc.sql("VACUUM ANALYZE").update();
    }
}
