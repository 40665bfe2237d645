package org.edugov.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.edugov.EduGovApplication;
import org.edugov.demo.DemoCity;
import org.edugov.demo.DemoScale;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgTreeImport;
import org.edugov.registry.PupilImportBenchAccess;
import org.edugov.shared.IdNumber;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One million pupil rows imported from CSV and from xlsx through the full import (validation of every
 * row, staging COPY, duplicate checks, INSERT … SELECT of pupils and ENROL events), against a raw COPY of
 * the same rows into an identically indexed copy of registry.pupil, in the same run. Run by the bench
 * profile in a JVM limited to -Xmx512m; every iteration is rolled back.
 */
public final class PupilImportBench {

    private static final int ROWS = Integer.getInteger("rows", 1_000_000);

    private PupilImportBench() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EduGovApplication.class)
                .profiles("bench").run("--server.port=0", "--edugov.embedded-db.data-dir=",
                        "--edugov.embedded-db.clean=true", "--logging.level.root=ERROR", "--spring.main.banner-mode=off")) {
            TransactionTemplate tx = app.getBean(TransactionTemplate.class);
            tx.executeWithoutResult(s -> app.getBean(OrgTreeImport.class).importRows(CurrentUser.system(),
                    DemoCity.generate(DemoScale.CITY, 20260901L).units(), LocalDate.of(2020, 9, 1)));
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            List<String> schools = jdbc.sql("SELECT code FROM org.unit_scope WHERE school_type = '211' ORDER BY code")
                    .query(String.class).list();
            Path csv = Files.createTempFile("pupils", ".csv");
            Path xlsx = Files.createTempFile("pupils", ".xlsx");
            long t0 = System.nanoTime();
            writeCsv(csv, schools);
            long csvWrite = ms(t0);
            t0 = System.nanoTime();
            writeXlsx(xlsx, schools);
            long xlsxWrite = ms(t0);
            jdbc.sql("CREATE TABLE public.bench_pupil (LIKE registry.pupil INCLUDING ALL)").update();
            Path copyText = copyText(jdbc, schools);
            DataSource ds = app.getBean(DataSource.class);
            PupilImportBenchAccess importer = new PupilImportBenchAccess(app);
            long copy = rolledBack(tx, () -> rawCopy(ds, copyText));
            long fromCsv = rolledBack(tx, () -> importer.importFile(csv));
            long fromXlsx = rolledBack(tx, () -> importer.importFile(xlsx));
            long copyAgain = rolledBack(tx, () -> rawCopy(ds, copyText));
            Files.delete(copyText);
            System.out.printf("rows: %d, max heap: %d MiB%n", ROWS, Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("files: CSV %d MiB written in %d ms, xlsx %d MiB written in %d ms%n",
                    Files.size(csv) >> 20, csvWrite, Files.size(xlsx) >> 20, xlsxWrite);
            System.out.printf("raw COPY into an indexed copy of registry.pupil, ms: %d and %d%n", copy, copyAgain);
            long baseline = Math.min(copy, copyAgain);
            System.out.printf("import from CSV, ms: %d (%.2f x COPY)%n", fromCsv, (double) fromCsv / baseline);
            System.out.printf("import from xlsx, ms: %d (%.2f x COPY)%n", fromXlsx, (double) fromXlsx / baseline);
            Files.delete(csv);
            Files.delete(xlsx);
        }
    }

    private static long rolledBack(TransactionTemplate tx, Runnable work) {
        long[] elapsed = new long[1];
        tx.executeWithoutResult(status -> {
            long start = System.nanoTime();
            work.run();
            elapsed[0] = ms(start);
            status.setRollbackOnly();
        });
        return elapsed[0];
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    static String[] row(List<String> schools, int i) {
        LocalDate birth = LocalDate.of(2013, 1, 1).plusDays(i % 2500);
        String body = "4199" + String.format("%02d", i % 100) + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", i / 250_000 * 250 + i / 2500 % 250);
        String id = body + IdNumber.checkDigitFor(body);
        String sex = (body.charAt(16) - '0') % 2 == 1 ? "1" : "2";
        return new String[] {schools.get(i % schools.size()), "学生" + i, "1", id, "", "G" + id, sex, birth.toString(),
            "01", "P" + (1 + i % 6), "班" + (i % 8), "2022-09-01", "示范市某路" + (i % 500) + "号", "3", "否", "否", "", "",
            ""};
    }

    private static final String HEADER = "学校标识码,姓名,证件类型,证件号码,无证件原因,学籍号,性别,出生日期,民族,年级,班级,入学日期,"
            + "户籍地址,户口性质,随迁子女,留守儿童,残疾类别,残疾等级,安置方式";

    private static void writeCsv(Path file, List<String> schools) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER + "\n");
            for (int i = 0; i < ROWS; i++) {
                w.write(String.join(",", row(schools, i)));
                w.write('\n');
            }
        }
    }

    private static void writeXlsx(Path file, List<String> schools) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            wb.setCompressTempFiles(true);
            var sheet = wb.createSheet("学生");
            String[] header = HEADER.split(",");
            var h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int i = 0; i < ROWS; i++) {
                var r = sheet.createRow(i + 1);
                String[] cells = row(schools, i);
                for (int c = 0; c < cells.length; c++) {
                    r.createCell(c).setCellValue(cells[c]);
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }

    /**
     * The same rows as already-resolved database values, in a file: the baseline does no validation at all
     * and, like the import, never holds the rows in memory.
     */
    private static Path copyText(JdbcClient jdbc, List<String> schools) throws IOException {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("SELECT code, id FROM org.unit_scope WHERE school_type = '211'")
                .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2))).list();
        Path file = Files.createTempFile("pupils", ".copy");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ROWS; i++) {
                String[] r = row(schools, i);
                w.write(String.join("\t", "419901", String.valueOf(ids.get(r[0])), "\\N", r[9], r[1], "1", r[3],
                        "\\N", r[5], r[6], r[7], "01", r[12], "3", "f", "f", "\\N", "\\N", "\\N", "ENROLLED", r[11],
                        "bench"));
                w.write('\n');
            }
        }
        return file;
    }

    private static void rawCopy(DataSource ds, Path text) {
        Connection c = DataSourceUtils.getConnection(ds);
        try (Reader reader = Files.newBufferedReader(text, StandardCharsets.UTF_8)) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY public.bench_pupil (county_code, school_id, class_id, grade, name, id_type, id_number,
                         no_id_reason, student_no, sex, birth_date, ethnicity, hukou_address, hukou_type, migrant,
                         left_behind, disability, disability_grade, disability_placement, status, entered_on,
                         created_by) FROM STDIN""", reader);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(c, ds);
        }
    }
}
