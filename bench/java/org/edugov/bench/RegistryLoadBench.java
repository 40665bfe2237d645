package org.edugov.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.edugov.EduGovApplication;
import org.edugov.demo.DemoCity;
import org.edugov.demo.DemoRegistry;
import org.edugov.demo.DemoScale;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgTreeImport;
import org.edugov.registry.RegistryBulkLoad;
import org.edugov.shared.Actor;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The generated registry (city scale by default, {@code -Dscale=province} for ten million pupils) into a fresh
 * embedded database: generation alone, then generation plus {@link RegistryBulkLoad} part by part in one
 * transaction, then a raw COPY of exactly the rows it wrote (copied out to files) into identically indexed
 * tables with the same foreign keys, as the baseline.
 */
public final class RegistryLoadBench {

    private static final String[] TABLES = {"school", "school_year_facts", "class", "pupil", "pupil_event", "teacher",
        "teacher_posting", "population"};

    private RegistryLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        DemoScale scale = DemoScale.valueOf(System.getProperty("scale", "city").toUpperCase());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EduGovApplication.class)
                .profiles("bench").run("--server.port=0", "--edugov.embedded-db.data-dir=",
                        "--edugov.embedded-db.clean=true", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off")) {
            DemoCity city = DemoCity.generate(scale, 20260901L);
            TransactionTemplate tx = app.getBean(TransactionTemplate.class);
            tx.executeWithoutResult(s -> app.getBean(OrgTreeImport.class).importRows(CurrentUser.system(),
                    city.units(), LocalDate.of(2020, 9, 1)));
            DemoRegistry registry = DemoRegistry.of(city.units(), 20260901L, LocalDate.of(2026, 11, 27));
            long g0 = System.nanoTime();
            long generated = registry.pupils().count() + registry.teachers().count() + registry.classes().count();
            System.out.printf("%s: generating %,d pupils, teachers and classes alone: %,d ms%n", scale, generated,
                    (System.nanoTime() - g0) / 1_000_000);
            RegistryBulkLoad bulk = app.getBean(RegistryBulkLoad.class);
            Actor a = Actor.system();
            List<long[]> loads = new ArrayList<>();
            long t0 = System.nanoTime();
            tx.executeWithoutResult(s -> {
                loads.add(timed(() -> bulk.schools(a, registry.schools()::iterator)));
                loads.add(timed(() -> bulk.schoolYears(a, registry.schoolYears()::iterator)));
                loads.add(timed(() -> bulk.classes(a, registry.classes()::iterator)));
                loads.add(timed(() -> bulk.pupils(a, registry.schoolYear(), registry.pupils()::iterator)));
                loads.add(timed(() -> bulk.teachers(a, registry.teachers()::iterator)));
                loads.add(timed(() -> bulk.population(a, registry.population()::iterator)));
            });
            long total = (System.nanoTime() - t0) / 1_000_000;
            String[] parts = {"schools", "school years", "classes", "pupils + events", "teachers + postings",
                "population"};
            for (int i = 0; i < parts.length; i++) {
                System.out.printf("  generate + bulk load %-20s %,12d rows %,9d ms%n", parts[i], loads.get(i)[0],
                        loads.get(i)[1]);
            }
            System.out.printf("  generate + bulk load, all (one transaction incl. commit) %,d ms%n", total);
            baseline(app.getBean(JdbcClient.class), app.getBean(DataSource.class), tx);
        }
    }

    private static long[] timed(LongSupplier work) {
        long start = System.nanoTime();
        long rows = work.getAsLong();
        return new long[] {rows, (System.nanoTime() - start) / 1_000_000};
    }

    /** Copies every loaded table out to a file, then times COPY of those files into indexed twins. */
    private static void baseline(JdbcClient jdbc, DataSource ds, TransactionTemplate tx) throws Exception {
        Path dir = Files.createTempDirectory("registry-bench");
        long rows = 0;
        for (String t : TABLES) {
            jdbc.sql("CREATE TABLE public.b_" + t + " (LIKE registry." + t + " INCLUDING ALL)").update();
            rows += withCopy(ds, copy -> {
                try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(t), StandardCharsets.UTF_8)) {
                    return copy.copyOut("COPY registry." + t + " TO STDOUT", w);
                }
            });
        }
        jdbc.sql("ALTER TABLE public.b_school_year_facts ADD FOREIGN KEY (org_unit_id) REFERENCES public.b_school")
                .update();
        jdbc.sql("ALTER TABLE public.b_pupil ADD FOREIGN KEY (class_id) REFERENCES public.b_class").update();
        jdbc.sql("ALTER TABLE public.b_pupil_event ADD FOREIGN KEY (pupil_id) REFERENCES public.b_pupil").update();
        jdbc.sql("ALTER TABLE public.b_teacher_posting ADD FOREIGN KEY (teacher_id) REFERENCES public.b_teacher")
                .update();
        long start = System.nanoTime();
        tx.executeWithoutResult(s -> {
            for (String t : TABLES) {
                long t0 = System.nanoTime();
                long n = withCopy(ds, copy -> {
                    try (BufferedReader r = Files.newBufferedReader(dir.resolve(t), StandardCharsets.UTF_8)) {
                        return copy.copyIn("COPY public.b_" + t + " FROM STDIN", r);
                    }
                });
                System.out.printf("  raw COPY %-20s %,12d rows %,9d ms%n", t, n, (System.nanoTime() - t0) / 1_000_000);
            }
        });
        System.out.printf("  raw COPY of the same %,d rows, all (one transaction incl. commit) %,d ms%n", rows,
                (System.nanoTime() - start) / 1_000_000);
        for (String t : TABLES) {
            Files.delete(dir.resolve(t));
        }
        Files.delete(dir);
    }

    private interface CopyWork {
        long run(org.postgresql.copy.CopyManager copy) throws Exception;
    }

    private static long withCopy(DataSource ds, CopyWork work) {
        Connection c = DataSourceUtils.getConnection(ds);
        try {
            return work.run(c.unwrap(PGConnection.class).getCopyAPI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(c, ds);
        }
    }
}
