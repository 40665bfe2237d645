package org.edugov.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.edugov.EduGovApplication;
import org.edugov.demo.DemoCity;
import org.edugov.demo.DemoScale;
import org.edugov.org.CurrentUser;
import org.edugov.org.ImportResult;
import org.edugov.org.OrgImportRow;
import org.edugov.org.OrgTreeImport;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Importing a province's org tree (≈32k units) through the full import path — validation of every
 * row, parent resolution, path computation, COPY and one audit row per unit — against a raw COPY of
 * the same rows into an identically indexed table, in the same run on the same database. Each
 * iteration runs in a transaction that is rolled back, so every iteration starts from the same state.
 *
 * <p>Run: {@code ./mvnw -Pbench verify -DskipTests} (see docs/BENCHMARKS.md).
 */
public final class OrgImportBench {

    private static final int ITERATIONS = 5;

    private OrgImportBench() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EduGovApplication.class)
                .profiles("bench").run("--server.port=0", "--edugov.embedded-db.data-dir=",
                        "--edugov.embedded-db.clean=true", "--logging.level.root=WARN")) {
            List<OrgImportRow> rows = DemoCity.generate(DemoScale.PROVINCE, 20260901L).units();
            OrgTreeImport importer = app.getBean(OrgTreeImport.class);
            TransactionTemplate tx = app.getBean(TransactionTemplate.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            DataSource dataSource = app.getBean(DataSource.class);
            jdbc.sql("CREATE TABLE public.bench_org_unit (LIKE org.org_unit INCLUDING ALL)").update();
            jdbc.sql("CREATE TABLE public.bench_membership (LIKE org.org_membership INCLUDING ALL)").update();
            jdbc.sql("CREATE TABLE public.bench_audit (LIKE audit.audit_event INCLUDING ALL)").update();
            String copyText = copyText(rows);
            String memberText = memberText(rows.size());
            String auditText = auditText(rows);

            long[] imports = new long[ITERATIONS];
            long[] copies = new long[ITERATIONS];
            long[] allCopies = new long[ITERATIONS];
            for (int i = 0; i < ITERATIONS; i++) {
                copies[i] = timed(tx, () -> rawCopy(dataSource, UNIT_COPY, copyText));
                allCopies[i] = timed(tx, () -> {
                    rawCopy(dataSource, UNIT_COPY, copyText);
                    rawCopy(dataSource, "COPY public.bench_membership (unit_id, parent_id, valid_from) FROM STDIN",
                            memberText);
                    rawCopy(dataSource, "COPY public.bench_audit (actor_id, actor_name, action, entity_type, "
                            + "entity_id, org_path, changes) FROM STDIN", auditText);
                });
                imports[i] = timed(tx, () -> {
                    ImportResult result = importer.importRows(CurrentUser.system(), rows, LocalDate.of(2020, 9, 1));
                    if (!result.ok()) {
                        throw new IllegalStateException(result.errors().subList(0, 3).toString());
                    }
                });
            }
            report(rows.size(), imports, copies, allCopies);
        }
    }

    private static long timed(TransactionTemplate tx, Runnable work) {
        long[] elapsed = new long[1];
        tx.executeWithoutResult(status -> {
            long start = System.nanoTime();
            work.run();
            elapsed[0] = System.nanoTime() - start;
            status.setRollbackOnly();
        });
        return elapsed[0] / 1_000_000;
    }

    /** The baseline: the same number of rows, already resolved, straight into an indexed copy of the table. */
    private static String copyText(List<OrgImportRow> rows) {
        StringBuilder text = new StringBuilder();
        long id = 1;
        for (OrgImportRow r : rows) {
            text.append(id).append('\t').append(r.kind()).append('\t').append(r.code()).append('\t').append(r.name())
                    .append("\t\\N\t\\N\t/").append(id).append("/\t\\N\tbench\n");
            id++;
        }
        return text.toString();
    }

    private static String memberText(int count) {
        StringBuilder text = new StringBuilder();
        for (int id = 1; id <= count; id++) {
            text.append(id).append("\t\\N\t2020-09-01\n");
        }
        return text.toString();
    }

    /** Audit rows of the same shape and size as the import writes: one per unit, its fields as JSON. */
    private static String auditText(List<OrgImportRow> rows) {
        StringBuilder text = new StringBuilder();
        long id = 1;
        for (OrgImportRow r : rows) {
            text.append("0\tsystem\tIMPORT\tOrgUnit\t").append(id).append("\t/").append(id).append("/\t")
                    .append("[{\"field\":\"kind\",\"oldValue\":null,\"newValue\":\"").append(r.kind())
                    .append("\"},{\"field\":\"code\",\"oldValue\":null,\"newValue\":\"").append(r.code())
                    .append("\"},{\"field\":\"name\",\"oldValue\":null,\"newValue\":\"").append(r.name())
                    .append("\"},{\"field\":\"path\",\"oldValue\":null,\"newValue\":\"/1/2/3/").append(id)
                    .append("/\"}]\n");
            id++;
        }
        return text.toString();
    }

    private static final String UNIT_COPY = "COPY public.bench_org_unit (id, kind, code, name, school_type, "
            + "parent_id, path, county_code, created_by) FROM STDIN";

    private static void rawCopy(DataSource dataSource, String sql, String text) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void report(int rows, long[] imports, long[] copies, long[] allCopies) {
        long importMedian = median(imports);
        long copyMedian = median(copies);
        long allMedian = median(allCopies);
        List<String> lines = new ArrayList<>();
        lines.add("rows: " + rows);
        lines.add("full import (validate + COPY + audit), ms: " + Arrays.toString(imports) + " median " + importMedian);
        lines.add("raw COPY baseline, ms: " + Arrays.toString(copies) + " median " + copyMedian);
        lines.add("raw COPY of the same three row sets (units, memberships, audit), ms: " + Arrays.toString(allCopies)
                + " median " + allMedian);
        lines.add(String.format("ratio import / COPY of units: %.2f", (double) importMedian / copyMedian));
        lines.add(String.format("ratio import / COPY of all rows written: %.2f", (double) importMedian / allMedian));
        lines.forEach(System.out::println);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
