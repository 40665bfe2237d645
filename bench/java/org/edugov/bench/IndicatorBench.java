package org.edugov.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edugov.EduGovApplication;
import org.edugov.demo.DemoCity;
import org.edugov.demo.DemoRegistry;
import org.edugov.demo.DemoScale;
import org.edugov.indicator.IndicatorRuns;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgTreeImport;
import org.edugov.org.UserAccountService;
import org.edugov.org.UserCommand;
import org.edugov.registry.RegistryBulkLoad;
import org.edugov.registry.SchoolRecordsChanged;
import org.edugov.shared.Actor;
import org.edugov.shared.SchoolYear;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The indicator engine on the generated registry (city by default, {@code -Dscale=province} for ten million
 * pupils): (1) the whole catalog for every org unit against one hand-written GROUP BY per indicator giving the
 * same per-school numerators and denominators, in the same run; (2) an incremental refresh after 1,000
 * changed pupils against the full run, and whether it leaves exactly the values a full run gives; (3) the
 * values API under 200 concurrent clients on loopback (p50/p95), beside the health endpoint as a floor.
 */
public final class IndicatorBench {

    private static final String STAGE = """
            CASE WHEN p.grade LIKE 'K%' THEN 'PRESCHOOL' WHEN u.school_type LIKE '5%' THEN 'SPECIAL'
                 WHEN p.grade LIKE 'P%' THEN 'PRIMARY' WHEN p.grade LIKE 'J%' THEN 'JUNIOR'
                 WHEN p.grade LIKE 'S%' THEN 'SENIOR' WHEN p.grade LIKE 'V%' THEN 'VOCATIONAL' END""";
    private static final String PUPILS = "FROM registry.pupil p JOIN org.org_unit u ON u.id = p.school_id "
            + "LEFT JOIN registry.school s ON s.org_unit_id = p.school_id WHERE NOT p.voided AND p.status = 'ENROLLED'";
    private static final String AGE = "extract(year FROM age(DATE '%s', p.birth_date))";

    private IndicatorBench() {
    }

    public static void main(String[] args) throws Exception {
        DemoScale scale = DemoScale.valueOf(System.getProperty("scale", "city").toUpperCase());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EduGovApplication.class)
                .profiles("bench").run("--server.port=0", "--edugov.embedded-db.data-dir=",
                        "--edugov.embedded-db.clean=true", "--logging.level.root=WARN",
                        "--logging.level.org.edugov.indicator=INFO", "--spring.main.banner-mode=off",
                        "--edugov.indicators.refresh-interval=PT1000H", "--server.tomcat.threads.max=200")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            load(app, scale);
            IndicatorRuns runs = app.getBean(IndicatorRuns.class);
            SchoolYear year = SchoolYear.containing(LocalDate.now());
            String ref = year.referenceDate().toString();

            long first = timed(() -> runs.computeCurrentYear("bench"));
            long full = timed(() -> runs.computeCurrentYear("bench"));
            long values = jdbc.sql("SELECT count(*) FROM indicator.value").query(Long.class).single();
            Map<String, String> hand = handWritten(ref, year.startYear());
            long baseline = 0;
            for (Map.Entry<String, String> q : hand.entrySet()) {
                long t0 = System.nanoTime();
                int rows = jdbc.sql(q.getValue()).query().listOfRows().size();
                long ms = (System.nanoTime() - t0) / 1_000_000;
                baseline += ms;
                System.out.printf("  hand-written %-34s %,7d rows %,7d ms%n", q.getKey(), rows, ms);
            }
            System.out.printf("%s: whole catalog (%d indicators, %,d values for every unit), first run %,d ms, "
                    + "second %,d ms | %d hand-written GROUP BYs (per school only, no roll-up) %,d ms | ratio %.2f%n",
                    scale, hand.size(), values, first, full, hand.size(), baseline, (double) full / baseline);

            incremental(app, jdbc, runs, full, "in 10 schools (one batch of corrections)", """
                    SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY school_id ORDER BY id) AS n
                                      FROM registry.pupil
                                     WHERE status = 'ENROLLED' AND school_id IN (
                                           SELECT school_id FROM registry.pupil GROUP BY 1 HAVING count(*) >= 100
                                            ORDER BY school_id LIMIT 10)) x
                     WHERE n <= 100""");
            full = timed(() -> runs.computeCurrentYear("bench"));
            incremental(app, jdbc, runs, full, "at random across the registry", """
                    SELECT id FROM registry.pupil WHERE status = 'ENROLLED' ORDER BY random() LIMIT 1000""");
            api(app, jdbc, year.startYear());
        }
    }

    private static void load(ConfigurableApplicationContext app, DemoScale scale) {
        DemoCity city = DemoCity.generate(scale, 20260901L);
        TransactionTemplate tx = app.getBean(TransactionTemplate.class);
        tx.executeWithoutResult(s -> app.getBean(OrgTreeImport.class).importRows(CurrentUser.system(), city.units(),
                LocalDate.of(2020, 9, 1)));
        DemoRegistry registry = DemoRegistry.of(city.units(), 20260901L, LocalDate.now());
        RegistryBulkLoad bulk = app.getBean(RegistryBulkLoad.class);
        Actor a = Actor.system();
        long t0 = System.nanoTime();
        tx.executeWithoutResult(s -> {
            bulk.schools(a, registry.schools()::iterator);
            bulk.schoolYears(a, registry.schoolYears()::iterator);
            bulk.classes(a, registry.classes()::iterator);
            bulk.pupils(a, registry.schoolYear(), registry.pupils()::iterator);
            bulk.teachers(a, registry.teachers()::iterator);
            bulk.population(a, registry.population()::iterator);
        });
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        jdbc.sql("VACUUM ANALYZE").update();
        System.out.printf("%s registry: %,d pupils, %,d teachers, %,d schools loaded in %,d s%n", scale,
                jdbc.sql("SELECT count(*) FROM registry.pupil").query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM registry.teacher").query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM registry.school").query(Long.class).single(),
                (System.nanoTime() - t0) / 1_000_000_000);
    }

    /** 1,000 pupils' 随迁 flag corrected, their schools marked, the refresh timed and checked against a full run. */
    private static void incremental(ConfigurableApplicationContext app, JdbcClient jdbc, IndicatorRuns runs,
            long full, String label, String pupils) {
        TransactionTemplate tx = app.getBean(TransactionTemplate.class);
        tx.executeWithoutResult(s -> {
            List<Long> schools = jdbc.sql("""
                    WITH changed AS (
                        UPDATE registry.pupil SET migrant = NOT migrant
                         WHERE id IN (""" + pupils + """
                        ) RETURNING school_id)
                    SELECT DISTINCT school_id FROM changed""").query(Long.class).list();
            app.publishEvent(new SchoolRecordsChanged(schools));
            System.out.printf("incremental, 1,000 pupils changed %s: %,d schools%n", label, schools.size());
        });
        long refresh = timed(runs::refreshStale);
        jdbc.sql("DROP TABLE IF EXISTS public.after_refresh").update();
        jdbc.sql("CREATE TABLE public.after_refresh AS SELECT definition_id, org_unit_id, numerator, denominator, value "
                + "FROM indicator.value").update();
        runs.computeCurrentYear("bench");
        long differences = jdbc.sql("""
                SELECT count(*) FROM (
                  (SELECT definition_id, org_unit_id, numerator, denominator, value FROM public.after_refresh
                   EXCEPT SELECT definition_id, org_unit_id, numerator, denominator, value FROM indicator.value)
                  UNION ALL
                  (SELECT definition_id, org_unit_id, numerator, denominator, value FROM indicator.value
                   EXCEPT SELECT definition_id, org_unit_id, numerator, denominator, value FROM public.after_refresh)) d""")
                .query(Long.class).single();
        System.out.printf("  refresh: %,d ms = %.2f%% of the full run (%,d ms);"
                + " values differing from a full run: %d%n", refresh, 100.0 * refresh / full, full, differences);
    }

    /** 200 clients, each asking the values API for random indicators and counties, 20 times. */
    private static void api(ConfigurableApplicationContext app, JdbcClient jdbc, int year) throws Exception {
        long city = jdbc.sql("SELECT id FROM org.org_unit WHERE kind IN ('PROVINCE', 'CITY') ORDER BY kind DESC, id LIMIT 1")
                .query(Long.class).single();
        UserAccountService users = app.getBean(UserAccountService.class);
        users.create(CurrentUser.system(), new UserCommand("bench_viewer", "bench", city,
                users.roleByCode("SYS_ADMIN").orElseThrow().id(), null, true, List.of(), "bench2026pass"), false);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        String base = "http://localhost:" + port;
        List<Long> counties = jdbc.sql("SELECT id FROM org.org_unit WHERE kind = 'COUNTY'").query(Long.class).list();
        List<String> codes = jdbc.sql("SELECT DISTINCT code FROM indicator.definition").query(String.class).list();
        int clients = 200;
        int each = 20;
        HttpClient[] sessions = new HttpClient[clients];
        for (int c = 0; c < clients; c++) {
            sessions[c] = login(base);
        }
        for (String label : List.of("values API", "health (floor)")) {
            List<Long> micros = Collections.synchronizedList(new ArrayList<>());
            long t0 = System.nanoTime();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> done = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    HttpClient client = sessions[c];
                    int seed = c;
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < each; i++) {
                            String path = label.startsWith("health") ? "/actuator/health"
                                    : "/api/indicators/" + codes.get((seed * 7 + i) % codes.size()) + "/values?year=" + year
                                            + "&org=" + counties.get((seed + i * 13) % counties.size());
                            long s = System.nanoTime();
                            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 200) {
                                throw new IllegalStateException(path + " → " + r.statusCode());
                            }
                            micros.add((System.nanoTime() - s) / 1000);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            }
            long wall = (System.nanoTime() - t0) / 1_000_000;
            long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("%-15s %d clients × %d requests: p50 %.1f ms, p95 %.1f ms, %,.0f requests/s%n", label,
                    clients, each, sorted[sorted.length / 2] / 1000.0,
                    sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1000.0, sorted.length * 1000.0 / wall);
        }
    }

    private static HttpClient login(String base) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String body = "username=bench_viewer&password=bench2026pass&_csrf=" + m.group(1);
        client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        return client;
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * Per indicator, one query written by hand straight on the registry tables (current status, no as-of
     * rebuild, no roll-up): the per-school (per-town for population) numerator and denominator.
     */
    private static Map<String, String> handWritten(String ref, int year) {
        Map<String, String> q = new LinkedHashMap<>();
        String age = AGE.formatted(ref);
        String stage = STAGE;
        q.put("PRESCHOOL_GER", populationRatio("s_stage = 'PRESCHOOL'", "3 AND 5", stage, year));
        q.put("PRIMARY_NER", populationRatio("s_stage IN ('PRIMARY','JUNIOR','SENIOR','VOCATIONAL','SPECIAL') AND a BETWEEN 6 AND 11",
                "6 AND 11", stage, year).replace("AS s_stage", "AS s_stage, " + age + " AS a"));
        q.put("JUNIOR_GER", populationRatio("s_stage = 'JUNIOR'", "12 AND 14", stage, year));
        q.put("SENIOR_GER", populationRatio("s_stage IN ('SENIOR','VOCATIONAL')", "15 AND 17", stage, year));
        q.put("SENIOR_GER_EXCL_SKILLED", populationRatio("(s_stage = 'SENIOR' OR (s_stage = 'VOCATIONAL' AND st <> '366'))",
                "15 AND 17", stage, year).replace("AS s_stage", "AS s_stage, u.school_type AS st"));
        q.put("DISABLED_ENROLMENT", populationRatio("s_stage IN ('PRIMARY','JUNIOR','SPECIAL') AND p_disabled AND a BETWEEN 6 AND 14",
                "6 AND 14", stage, year).replace("AS s_stage", "AS s_stage, p.disability IS NOT NULL AS p_disabled, "
                + age + " AS a").replace("basis = 'RESIDENT'", "basis = 'DISABLED'"));
        q.put("COMPULSORY_RETENTION", """
                SELECT school_id, sum(graduates) FILTER (WHERE grade = 'J3' AND school_year = %1$d - 1),
                       sum(intake) FILTER (WHERE grade = 'P1' AND school_year = %1$d - 9)
                       + coalesce(sum(transfers_in - transfers_out) FILTER (WHERE school_year - %1$d
                           - (CASE grade WHEN 'P1' THEN 0 WHEN 'P2' THEN 1 WHEN 'P3' THEN 2 WHEN 'P4' THEN 3
                                         WHEN 'P5' THEN 4 WHEN 'P6' THEN 5 WHEN 'J1' THEN 6 WHEN 'J2' THEN 7
                                         WHEN 'J3' THEN 8 END) = -9), 0)
                  FROM registry.school_year_flow GROUP BY 1""".formatted(year));
        q.put("INCLUSIVE_KG_COVERAGE", pupilRatio(stage + " = 'PRESCHOOL' AND (s.ownership = '1' OR s.inclusive_private)",
                stage + " = 'PRESCHOOL'"));
        q.put("PUBLIC_KG_SHARE", pupilRatio(stage + " = 'PRESCHOOL' AND s.ownership = '1'", stage + " = 'PRESCHOOL'"));
        q.put("PUBLIC_SENIOR_SHARE", pupilRatio(stage + " = 'SENIOR' AND s.ownership = '1'", stage + " = 'SENIOR'"));
        q.put("MIGRANT_IN_PUBLIC_SHARE", pupilRatio(stage + " IN ('PRIMARY','JUNIOR') AND p.migrant AND s.ownership = '1'",
                stage + " IN ('PRIMARY','JUNIOR') AND p.migrant"));
        for (String[] st : new String[][] {{"COMPULSORY", "'PRIMARY','JUNIOR'"}, {"SENIOR", "'SENIOR'"}}) {
            q.put("LARGE_CLASS_SHARE_" + st[0], classes("n >= 56", st[1], year));
            q.put("OVERSIZED_CLASSES_" + st[0], classes("n >= 66", st[1], year));
        }
        for (String st : List.of("PRESCHOOL", "PRIMARY", "JUNIOR", "SENIOR", "VOCATIONAL")) {
            q.put("PUPIL_TEACHER_RATIO_" + st, pupilsOverTeachers(stage, st, "t.full_time"));
        }
        for (String[] st : new String[][] {{"PRESCHOOL", "'1','2','3'"}, {"PRIMARY", "'1','2'"}, {"JUNIOR", "'1','2'"}}) {
            q.put("QUALIFIED_TEACHER_SHARE_" + st[0], """
                    SELECT school_id, count(*) FILTER (WHERE left(education, 1) IN (%s)), count(*)
                      FROM registry.teacher WHERE NOT voided AND full_time AND stage = '%s' GROUP BY 1"""
                    .formatted(st[1], st[0]));
        }
        q.put("DUAL_QUALIFIED_SHARE", """
                SELECT school_id, count(*) FILTER (WHERE dual_qualified), count(*) FROM registry.teacher
                 WHERE NOT voided AND full_time AND stage = 'VOCATIONAL'
                   AND subject NOT IN ('语文','数学','英语','思想政治','体育') GROUP BY 1""");
        q.put("PSYCHOLOGY_TEACHER_SCHOOL_SHARE", """
                SELECT u.id, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM registry.teacher t WHERE t.school_id = u.id
                         AND NOT t.voided AND t.full_time AND t.psychology IS NOT NULL)), count(*)
                  FROM org.org_unit u JOIN registry.school s ON s.org_unit_id = u.id
                 WHERE u.kind IN ('SCHOOL','TEACHING_POINT') AND u.active AND u.school_type NOT IN ('111','218')
                 GROUP BY 1""");
        q.put("TEACHER_ROTATION_SHARE", """
                SELECT t.school_id,
                       count(*) FILTER (WHERE t.at_school_since > DATE '%1$s' - 365 AND prev.years >= 6),
                       count(*) FILTER (WHERE extract(year FROM age(DATE '%1$s', t.at_school_since)) >= 6
                                           OR (t.at_school_since > DATE '%1$s' - 365 AND prev.years >= 6))
                  FROM registry.teacher t
                  LEFT JOIN LATERAL (SELECT extract(year FROM age(tp.valid_to, tp.valid_from)) AS years
                                       FROM registry.teacher_posting tp
                                      WHERE tp.teacher_id = t.id AND tp.valid_to IS NOT NULL
                                      ORDER BY tp.valid_to DESC LIMIT 1) prev ON true
                 WHERE NOT t.voided AND t.full_time AND t.stage IN ('PRIMARY','JUNIOR') GROUP BY 1""".formatted(ref));
        q.put("PUPILS_PER_COMPUTER", facilities("student_computers", stage, "'PRIMARY','JUNIOR','SENIOR','VOCATIONAL'", year));
        for (String st : List.of("PRIMARY", "JUNIOR")) {
            String in = "'" + st + "'";
            for (String[] f : new String[][] {{"TEACHING_AREA", "teaching_area_m2"}, {"SPORTS_GROUND", "sports_ground_m2"},
                {"EQUIPMENT_VALUE", "equipment_value_yuan"}, {"MULTIMEDIA", "multimedia_classrooms"}}) {
                q.put(f[0] + "_" + st, facilities(f[1], stage, in, year));
                q.put("CV_" + f[0] + "_" + st, variation(facilities(f[1], stage, in, year)));
            }
            String edu = st.equals("PRIMARY") ? "'1','2','3'" : "'1','2'";
            String backbone = teachersPerPupil(pupilsOverTeachers(stage, st,
                    "t.full_time AND t.backbone_level IS NOT NULL"));
            q.put("BACKBONE_" + st, backbone);
            q.put("CV_BACKBONE_" + st, variation(backbone));
            String qualified = teachersPerPupil(pupilsOverTeachers(stage, st,
                    "t.full_time AND left(t.education, 1) IN (" + edu + ")"));
            q.put("QUALIFIED_" + st, qualified);
            q.put("CV_QUALIFIED_" + st, variation(qualified));
        }
        return q;
    }

    private static String pupilRatio(String numerator, String denominator) {
        return "SELECT p.school_id, count(*) FILTER (WHERE " + numerator + "), count(*) FILTER (WHERE " + denominator
                + ") " + PUPILS + " GROUP BY 1";
    }

    private static String populationRatio(String numerator, String ages, String stage, int year) {
        return "SELECT p.school_id AS unit, count(*) AS n, 0 AS d FROM (SELECT p.school_id, " + stage + " AS s_stage "
                + PUPILS + ") p WHERE " + numerator + " GROUP BY 1 UNION ALL SELECT town_id, 0, sum(persons) "
                + "FROM registry.population WHERE year = " + year + " AND basis = 'RESIDENT' AND age BETWEEN " + ages
                + " GROUP BY 1";
    }

    private static String classes(String condition, String stages, int year) {
        return """
                SELECT c.school_id, count(*) FILTER (WHERE %s), count(*)
                  FROM registry.class c JOIN org.org_unit u ON u.id = c.school_id
                  LEFT JOIN (SELECT class_id, count(*) AS n FROM registry.pupil
                              WHERE status = 'ENROLLED' AND NOT voided AND class_id IS NOT NULL GROUP BY 1) k
                         ON k.class_id = c.id
                 WHERE c.school_year = %d AND NOT c.multigrade AND NOT c.special
                   AND (CASE WHEN u.school_type LIKE '5%%' THEN 'SPECIAL' WHEN c.grade LIKE 'P%%' THEN 'PRIMARY'
                             WHEN c.grade LIKE 'J%%' THEN 'JUNIOR' WHEN c.grade LIKE 'S%%' THEN 'SENIOR' END) IN (%s)
                 GROUP BY 1""".formatted(condition.replace("n ", "coalesce(k.n, 0) "), year, stages);
    }

    private static String pupilsOverTeachers(String stage, String st, String teacherCondition) {
        return "SELECT school_id, sum(a), sum(b) FROM (SELECT p.school_id, count(*) AS a, 0 AS b " + PUPILS + " AND "
                + stage + " = '" + st + "' GROUP BY 1 UNION ALL SELECT t.school_id, 0, count(*) FROM registry.teacher t "
                + "WHERE NOT t.voided AND t.stage = '" + st + "' AND " + teacherCondition + " GROUP BY 1) x GROUP BY 1";
    }

    /** The same per-school counts with teachers as numerator and pupils as denominator. */
    private static String teachersPerPupil(String pupilsOverTeachers) {
        return "SELECT school_id, t, p FROM (" + pupilsOverTeachers + ") AS x (school_id, p, t)";
    }

    /** A facility apportioned to the stages by pupil share, over the pupils of those stages. */
    private static String facilities(String column, String stage, String stages, int year) {
        return """
                SELECT sh.school_id, sum(coalesce(y.%1$s, 0) * sh.n / sh.total), sum(sh.n)
                  FROM (SELECT school_id, st, n, sum(n) OVER (PARTITION BY school_id) AS total
                          FROM (SELECT p.school_id, %2$s AS st, count(*) AS n %3$s GROUP BY 1, 2) x) sh
                  JOIN registry.school_year_facts y ON y.org_unit_id = sh.school_id AND y.school_year = %4$d
                 WHERE sh.st IN (%5$s) GROUP BY 1""".formatted(column, stage, PUPILS, year, stages);
    }

    /** The pupil-weighted coefficient of variation per county of a per-school ratio query (school, num, den). */
    private static String variation(String perSchool) {
        return """
                SELECT u.county_code, sqrt(greatest(sum(r.den * power(r.num / r.den, 2)) / sum(r.den)
                         - power(sum(r.num) / sum(r.den), 2), 0)) / nullif(sum(r.num) / sum(r.den), 0)
                  FROM (%s) AS r (school_id, num, den) JOIN org.org_unit u ON u.id = r.school_id
                 WHERE r.den > 0 GROUP BY 1""".formatted(perSchool);
    }
}
