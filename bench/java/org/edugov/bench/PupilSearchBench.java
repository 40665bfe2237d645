package org.edugov.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.edugov.EduGovApplication;
import org.edugov.demo.DemoCity;
import org.edugov.demo.DemoRegistry;
import org.edugov.demo.DemoScale;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgImportRow;
import org.edugov.org.OrgTreeImport;
import org.edugov.registry.PupilSearchBenchAccess;
import org.edugov.registry.RegistryBulkLoad;
import org.edugov.shared.Actor;
import org.edugov.shared.DataScope;
import org.edugov.shared.OrgPath;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pupil list's search at province scale: the generated province registry (~31,000 schools, 10,059,447
 * pupils, bulk-loaded), then the list query a county user runs with the usual filters, each timed over
 * many runs (p50, p95), against a hand-written SQL query returning the same page.
 */
public final class PupilSearchBench {

    private static final int RUNS = 60;

    private PupilSearchBench() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EduGovApplication.class)
                .profiles("bench").run("--server.port=0", "--edugov.embedded-db.data-dir=",
                        "--edugov.embedded-db.clean=true", "--logging.level.root=ERROR",
                        "--spring.main.banner-mode=off")) {
            List<OrgImportRow> units = DemoCity.generate(DemoScale.PROVINCE, 20260901L).units();
            TransactionTemplate tx = app.getBean(TransactionTemplate.class);
            tx.executeWithoutResult(s -> app.getBean(OrgTreeImport.class).importRows(CurrentUser.system(), units,
                    LocalDate.of(2020, 9, 1)));
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long t0 = System.nanoTime();
            long pupils = load(units, app);
            jdbc.sql("ANALYZE registry.pupil").update();
            System.out.printf("pupils loaded: %d in %d s%n", pupils, (System.nanoTime() - t0) / 1_000_000_000);
            PupilSearchBenchAccess search = new PupilSearchBenchAccess(app);
            List<String[]> counties = jdbc.sql("SELECT code, path FROM org.unit_scope WHERE kind = 'COUNTY' ORDER BY code")
                    .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
            List<String[]> samples = jdbc.sql("""
                    SELECT DISTINCT ON (county_code) county_code, substr(name, 1, 2), student_no, id_number
                      FROM registry.pupil TABLESAMPLE SYSTEM (1)
                     WHERE county_code IN (SELECT code FROM org.unit_scope WHERE kind = 'COUNTY')
                     ORDER BY county_code""")
                    .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                    .list();
            Map<String, String> pathOf = new HashMap<>();
            counties.forEach(c -> pathOf.put(c[0], c[1]));
            report("name prefix", samples, s -> () -> search.search(scope(pathOf, s), s[1], null, null, null, null, 0),
                    s -> () -> hand(jdbc, pathOf.get(s[0]), "p.name LIKE :v", s[1] + "%"));
            report("grade + status", samples, s -> () -> search.search(scope(pathOf, s), null, null, null, "P3",
                    "ENROLLED", 0), s -> () -> hand(jdbc, pathOf.get(s[0]), "p.grade = 'P3' AND p.status = :v", "ENROLLED"));
            report("student number", samples, s -> () -> search.search(scope(pathOf, s), null, s[2], null, null, null,
                    0), s -> () -> hand(jdbc, pathOf.get(s[0]), "p.student_no = :v", s[2]));
            report("ID number", samples, s -> () -> search.search(scope(pathOf, s), null, null, s[3], null, null, 0),
                    s -> () -> hand(jdbc, pathOf.get(s[0]), "p.id_number = :v", s[3]));
            report("no filter, page 1", samples, s -> () -> search.search(scope(pathOf, s), null, null, null, null,
                    null, 0), s -> () -> hand(jdbc, pathOf.get(s[0]), "CAST(:v AS text) = ''", ""));
        }
    }

    private static DataScope scope(Map<String, String> pathOf, String[] sample) {
        return DataScope.subtree(0, OrgPath.of(pathOf.get(sample[0])));
    }

    /** The same page written by hand: the county's schools by path prefix, the filter, the list's order. */
    private static int hand(JdbcClient jdbc, String countyPath, String filter, String value) {
        return jdbc.sql("""
                SELECT p.id, p.name, p.student_no, p.id_number, p.grade, u.name FROM registry.pupil p
                  JOIN org.unit_scope u ON u.id = p.school_id
                 WHERE u.path LIKE :prefix AND NOT p.voided AND""" + " " + filter + " " + """
                 ORDER BY u.path, p.grade, p.name, p.id LIMIT 51""")
                .param("prefix", countyPath + "%").param("v", value).query().listOfRows().size();
    }

    private interface Case {
        IntSupplier of(String[] sample);
    }

    private static void report(String label, List<String[]> samples, Case ours, Case baseline) {
        long[] a = time(samples, ours);
        long[] b = time(samples, baseline);
        System.out.printf("%-18s list query p50 %5.1f ms p95 %6.1f ms | hand-written SQL p50 %5.1f ms p95 %6.1f ms"
                + " | p95 ratio %.2f%n", label, a[0] / 1000.0, a[1] / 1000.0, b[0] / 1000.0, b[1] / 1000.0,
                (double) a[1] / Math.max(1, b[1]));
    }

    private static long[] time(List<String[]> samples, Case c) {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < RUNS + 10; i++) {
            IntSupplier query = c.of(samples.get(i % samples.size()));
            long start = System.nanoTime();
            query.getAsInt();
            if (i >= 10) {
                micros.add((System.nanoTime() - start) / 1000);
            }
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        return new long[] {sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1]};
    }

    /** The generated province registry's schools, classes and pupils (with their events), through the bulk load. */
    private static long load(List<OrgImportRow> units, ConfigurableApplicationContext app) {
        DemoRegistry registry = DemoRegistry.of(units, 20260901L, LocalDate.now());
        RegistryBulkLoad bulk = app.getBean(RegistryBulkLoad.class);
        Actor a = Actor.system();
        return app.getBean(TransactionTemplate.class).execute(s -> {
            bulk.schools(a, registry.schools()::iterator);
            bulk.classes(a, registry.classes()::iterator);
            return bulk.pupils(a, registry.schoolYear(), registry.pupils()::iterator);
        });
    }
}
