package org.edugov.bench;

import com.openhtmltopdf.util.XRLog;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.edugov.EduGovApplication;
import org.edugov.demo.DemoCity;
import org.edugov.demo.DemoRegistry;
import org.edugov.demo.DemoScale;
import org.edugov.indicator.IndicatorRuns;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgImportRow;
import org.edugov.org.OrgTreeImport;
import org.edugov.plan.PlanBenchProbe;
import org.edugov.plan.PlanSupervision;
import org.edugov.plan.Plans;
import org.edugov.registry.RegistryBulkLoad;
import org.edugov.shared.Actor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans at province scale: the generated province (14 cities, 100 counties) with the four city-level seed templates
 * loaded for every city and 港南区's for every county through {@link Plans#load} — each load timed against copying
 * the same rows with one INSERT … SELECT per table —; then {@link PlanSupervision#runAll} over all plans on three
 * days (the first run, the next quarter, the same day again) against two hand-written statements computing the same
 * statuses, cards and notices for all plans at once ({@link PlanBaselineSql}), with the results compared row by
 * row; then the plan page's tree and the public PDF of the largest city plan, p50/p95 over 20 runs, against the raw
 * reads of the same rows.
 *
 * <p>Run: {@code ./mvnw -o -Pbench test-compile exec:java@plan-bench} (see docs/BENCHMARKS.md).
 */
public final class PlanBench {

    private static final long SEED = 20260901L;
    private static final List<String> CITY_TEMPLATES = List.of("PANJIN_14TH_FYP", "BAOSHAN_2024",
            "PINGDINGSHAN_2024", "EDU_HQ_3YEAR_2023");
    private static final String COUNTY_TEMPLATE = "GANGNAN_2018";
    /** The supervision days: a first run, the next quarter (many deadlines passed), the same day again. */
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2025, 9, 10), LocalDate.of(2025, 12, 10),
            LocalDate.of(2025, 12, 10));
    private static final int PAGE_RUNS = 20;
    private static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    private PlanBench() {
    }

    public static void main(String[] args) {
        XRLog.setLoggingEnabled(false);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EduGovApplication.class)
                .profiles("bench").run("--server.port=0", "--edugov.embedded-db.data-dir=",
                        "--edugov.embedded-db.clean=true", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                        "--edugov.plans.supervision-cron=-", "--edugov.indicators.refresh-interval=PT1000H")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            TransactionTemplate tx = app.getBean(TransactionTemplate.class);
            List<OrgImportRow> units = DemoCity.generate(DemoScale.PROVINCE, SEED).units();
            tx.executeWithoutResult(s -> app.getBean(OrgTreeImport.class).importRows(CurrentUser.system(), units,
                    LocalDate.of(2020, 9, 1)));
            Map<String, Long> ids = new LinkedHashMap<>();
            jdbc.sql("SELECT code, id FROM org.org_unit WHERE kind IN ('CITY', 'COUNTY')")
                    .query((RowCallbackHandler) rs -> ids.put(rs.getString(1), rs.getLong(2)));
            List<String> cities = units.stream().filter(u -> u.kind().equals("CITY")).map(OrgImportRow::code).toList();
            List<String> counties = units.stream().filter(u -> u.kind().equals("COUNTY")).map(OrgImportRow::code)
                    .toList();
            long largest = load(app, jdbc, tx, cities, counties, ids);
            fixtures(jdbc);
            new SupervisionRounds(app.getBean(PlanSupervision.class), jdbc, tx).measure(DAYS);
            String city = cities.getFirst();
            registry(app, jdbc, tx, units, counties.stream()
                    .filter(c -> units.stream().anyMatch(u -> u.code().equals(c) && city.equals(u.parentCode())))
                    .toList());
            app.getBean(Plans.class).publish(CurrentUser.system(), largest);
            pages(new PlanBenchProbe(app), jdbc, largest);
        }
    }

    /** Loads every plan, each timed against the INSERT … SELECT copy of its rows; returns the first city's 盘锦 plan. */
    private static long load(ConfigurableApplicationContext app, JdbcClient jdbc, TransactionTemplate tx,
            List<String> cities, List<String> counties, Map<String, Long> ids) {
        jdbc.sql("CREATE SCHEMA bench_load").update();
        for (String table : PlanBaselineSql.LOAD_TWINS) {
            jdbc.sql("CREATE TABLE bench_load." + table + " (LIKE plan." + table + " INCLUDING ALL)").update();
        }
        Plans plans = app.getBean(Plans.class);
        Map<String, List<long[]>> byTemplate = new LinkedHashMap<>();
        List<String[]> order = new ArrayList<>();
        for (String city : cities) {
            CITY_TEMPLATES.forEach(t -> order.add(new String[] {t, city}));
        }
        counties.forEach(c -> order.add(new String[] {COUNTY_TEMPLATE, c}));
        long first = 0;
        long t0 = System.nanoTime();
        for (String[] o : order) {
            long[] plan = new long[1];
            long load = micros(() -> plan[0] = plans.load(CurrentUser.system(), o[0], ids.get(o[1])));
            long copy = micros(() -> {
                tx.executeWithoutResult(s -> Arrays.stream(PlanBaselineSql.COPY_PLAN)
                        .forEach(sql -> jdbc.sql(sql).param("plan", plan[0]).update()));
                return 0;
            });
            byTemplate.computeIfAbsent(o[0], k -> new ArrayList<>()).add(new long[] {load, copy});
            if (first == 0) {
                first = plan[0];
            }
        }
        long total = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("%nplans loaded: %,d plans, %,d targets, %,d tasks, %,d milestones, %,d task-target links"
                + " (loads and copies together %,d ms)%n", count(jdbc, "plan.plan"), count(jdbc, "plan.target"),
                count(jdbc, "plan.task"), count(jdbc, "plan.milestone"), count(jdbc, "plan.task_target"), total);
        System.out.println("template            plans  rows/plan  load p50/p95 ms   INSERT…SELECT p50/p95 ms  ratio p50");
        byTemplate.forEach((template, times) -> {
            long[] loads = times.stream().mapToLong(t -> t[0]).toArray();
            long[] copies = times.stream().mapToLong(t -> t[1]).toArray();
            long rows = jdbc.sql("""
                    SELECT (SELECT count(*) FROM plan.goal g WHERE g.plan_id = p.id)
                         + (SELECT count(*) FROM plan.target t WHERE t.plan_id = p.id)
                         + (SELECT count(*) FROM plan.milestone m JOIN plan.target t ON t.id = m.target_id
                             WHERE t.plan_id = p.id)
                         + (SELECT count(*) FROM plan.action a WHERE a.plan_id = p.id)
                         + (SELECT count(*) FROM plan.task k WHERE k.plan_id = p.id)
                         + (SELECT count(*) FROM plan.task_target tt JOIN plan.task k ON k.id = tt.task_id
                             WHERE k.plan_id = p.id) + 1
                      FROM plan.plan p WHERE p.template_code = :t ORDER BY p.id LIMIT 1""")
                    .param("t", template).query(Long.class).single();
            System.out.printf("%-19s %5d  %9d  %6.1f / %6.1f   %6.1f / %6.1f            %5.1f%n", template, times.size(),
                    rows, ms(percentile(loads, 50)), ms(percentile(loads, 95)), ms(percentile(copies, 50)),
                    ms(percentile(copies, 95)), (double) percentile(loads, 50) / percentile(copies, 50));
        });
        return first;
    }

    /**
     * What a bureau adds after loading, set by SQL: a deadline for every task the seed text gives none (the end of
     * June or December of a year of the plan), accepted progress from 0 to 100%, an accepted report on four tasks in
     * five for every quarter of the plan up to 2025Q1, and submitted reports for 2025Q2 (every third task) and 2025Q3
     * (every second).
     */
    private static void fixtures(JdbcClient jdbc) {
        jdbc.sql("""
                UPDATE plan.task k
                   SET deadline = make_date(p.period_from + (k.id % (p.period_to - p.period_from + 1))::int,
                                            CASE WHEN k.id % 2 = 0 THEN 6 ELSE 12 END,
                                            CASE WHEN k.id % 2 = 0 THEN 30 ELSE 31 END)
                  FROM plan.plan p WHERE p.id = k.plan_id AND k.deadline IS NULL""").update();
        jdbc.sql("UPDATE plan.task SET percent_done = (id / 3 % 6) * 20").update();
        int history = jdbc.sql("""
                INSERT INTO plan.progress_report (plan_id, task_id, county_code, period, percent, narrative,
                                                  public_text, state, submitted_by, submitted_unit, submitted_at,
                                                  reviewed_by, reviewed_at)
                SELECT k.plan_id, k.id, p.county_code, extract(year FROM q) || 'Q' || extract(quarter FROM q),
                       k.percent_done, 'bench', 'bench', 'ACCEPTED', 'bench', coalesce(k.lead_unit_id, p.org_unit_id),
                       q + interval '100 days', 'bench', q + interval '110 days'
                  FROM plan.task k JOIN plan.plan p ON p.id = k.plan_id
                 CROSS JOIN LATERAL generate_series(make_date(p.period_from, 1, 1),
                       least(make_date(p.period_to, 10, 1), DATE '2025-01-01'), interval '3 months') AS q
                 WHERE k.id % 5 <> 0""").update();
        int reports = history + jdbc.sql("""
                INSERT INTO plan.progress_report (plan_id, task_id, county_code, period, percent, narrative,
                                                  submitted_by, submitted_unit)
                SELECT k.plan_id, k.id, p.county_code, q.period, k.percent_done, 'bench', 'bench',
                       coalesce(k.lead_unit_id, p.org_unit_id)
                  FROM plan.task k JOIN plan.plan p ON p.id = k.plan_id
                  CROSS JOIN (VALUES ('2025Q2', 3), ('2025Q3', 2)) AS q (period, every)
                 WHERE k.id % q.every = 0""").update();
        long nonDefault = jdbc.sql("SELECT count(*) FROM plan.plan WHERE report_every <> 'QUARTER' "
                + "OR red_after_yellows <> 2").query(Long.class).single();
        if (nonDefault > 0) {
            throw new IllegalStateException("the baseline is written for the default rules only");
        }
        jdbc.sql("VACUUM ANALYZE").update();
        System.out.printf("fixtures: deadlines on every task, percent done 0–100, %,d progress reports%n", reports);
    }

    /** The generated registry of one city's counties, bulk-loaded, and the whole indicator catalog computed. */
    private static void registry(ConfigurableApplicationContext app, JdbcClient jdbc, TransactionTemplate tx,
            List<OrgImportRow> units, List<String> counties) {
        long t0 = System.nanoTime();
        DemoRegistry registry = DemoRegistry.of(units, SEED, LocalDate.now())
                .onlySchools(code -> counties.stream().anyMatch(c -> code.startsWith("1" + c)));
        RegistryBulkLoad bulk = app.getBean(RegistryBulkLoad.class);
        Actor a = Actor.system();
        tx.executeWithoutResult(s -> {
            bulk.schools(a, registry.schools()::iterator);
            bulk.schoolYears(a, registry.schoolYears()::iterator);
            bulk.classes(a, registry.classes()::iterator);
            bulk.pupils(a, registry.schoolYear(), registry.pupils()::iterator);
            bulk.teachers(a, registry.teachers()::iterator);
            bulk.population(a, registry.population()::iterator);
        });
        jdbc.sql("VACUUM ANALYZE").update();
        app.getBean(IndicatorRuns.class).computeCurrentYear("bench");
        System.out.printf("%nregistry of the first city (%d counties): %,d pupils; indicators: %,d values; %,d s%n",
                counties.size(), count(jdbc, "registry.pupil"), count(jdbc, "indicator.value"),
                (System.nanoTime() - t0) / 1_000_000_000);
    }

    /** The plan page's tree and the public PDF against the raw reads of the same rows, p50/p95 over 20 runs. */
    private static void pages(PlanBenchProbe probe, JdbcClient jdbc, long plan) {
        String period = LocalDate.now().getYear() + "Q" + ((LocalDate.now().getMonthValue() - 1) / 3 + 1);
        int year = jdbc.sql("SELECT coalesce(max(school_year), 0) FROM indicator.value").query(Integer.class).single();
        LongSupplier reads = () -> Arrays.stream(PlanBaselineSql.PAGE_READS)
                .mapToLong(sql -> jdbc.sql(sql).param("plan", plan).param("period", period).param("year", year)
                        .query().listOfRows().size()).sum();
        Map<String, LongSupplier> cases = new LinkedHashMap<>();
        cases.put("raw reads of the page's rows (9 statements)", reads);
        cases.put("plan page tree (PlanOverview.tree)", () -> probe.tree(plan));
        cases.put("public report reads (PublicReports.report)", () -> probe.report(plan));
        cases.put("public PDF (reads + openhtmltopdf)", () -> probe.pdf(plan).length);
        cases.put("font collection opened (as each PDF does)", PlanBench::openFont);
        System.out.printf("%nplan %d (盘锦-style, the largest city plan): %,d rows read by hand, %d items in the tree, "
                + "%d chart bars, PDF %,d bytes%n", plan, reads.getAsLong(), probe.tree(plan), probe.report(plan),
                probe.pdf(plan).length);
        Map<String, long[]> timings = new LinkedHashMap<>();
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            cases.values().forEach(LongSupplier::getAsLong);
        }
        cases.keySet().forEach(k -> timings.put(k, new long[PAGE_RUNS]));
        for (int i = 0; i < PAGE_RUNS; i++) {
            for (Map.Entry<String, LongSupplier> c : cases.entrySet()) {
                timings.get(c.getKey())[i] = micros(c.getValue());
            }
        }
        long[] base = timings.get("raw reads of the page's rows (9 statements)");
        timings.forEach((label, t) -> System.out.printf("  %-45s p50 %8.1f ms  p95 %8.1f ms  p95 ratio %6.1f%n", label,
                ms(percentile(t, 50)), ms(percentile(t, 95)), (double) percentile(t, 95) / percentile(base, 95)));
    }

    /** What openhtmltopdf does with the font collection before each PDF: open it and read every font's name. */
    private static long openFont() {
        try (TrueTypeCollection fonts = new TrueTypeCollection(new File(FONT))) {
            long[] count = new long[1];
            fonts.processAllFonts(f -> count[0] += f.getName().length());
            return count[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long micros(LongSupplier work) {
        long start = System.nanoTime();
        work.getAsLong();
        return (System.nanoTime() - start) / 1000;
    }

    static double ms(long micros) {
        return micros / 1000.0;
    }

    static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
