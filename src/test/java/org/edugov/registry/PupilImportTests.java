package org.edugov.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.edugov.IntegrationTest;
import org.edugov.TestUsers;
import org.edugov.org.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PupilImportTests {

    @Autowired
    PupilImportService service;

    @Autowired
    TestUsers users;

    @Autowired
    PupilImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aGoodWorkbookCreatesPupilsClassesAndEnrolmentEvents() throws IOException {
        String school = schoolCode("419905", "211", 0);
        List<String[]> rows = List.of(
                PupilFiles.row(school, "导入甲", "419905", LocalDate.of(2017, 4, 1), 11, "P3"),
                PupilFiles.row(school, "导入乙", "419905", LocalDate.of(2017, 5, 2), 12, "P3"));
        PupilImportJob job = run("county_admin_5", PupilFiles.xlsx(rows));
        assertThat(job.getErrors()).isEmpty();
        assertThat(job.getCreated()).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM registry.pupil WHERE name IN ('导入甲', '导入乙') AND class_id IS NOT NULL"))
                .isEqualTo(2);
        assertThat(count("""
                SELECT count(*) FROM registry.pupil_event e JOIN registry.pupil p ON p.id = e.pupil_id
                 WHERE p.name IN ('导入甲', '导入乙') AND e.kind = 'ENROL'""")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'PupilImport'")).isPositive();
    }

    @Test
    void oneBadRowMeansNothingIsWrittenAndRowsAreNamed() throws IOException {
        String school = schoolCode("419905", "211", 1);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(PupilFiles.row(school, "批量" + i, "419905", LocalDate.of(2016, 1, 1).plusDays(i), 101 + 2 * i, "P4"));
        }
        String[] bad = PupilFiles.row(school, "坏行", "419905", LocalDate.of(2016, 6, 1), 301, "P4");
        bad[7] = "2016-06-31";
        rows.add(bad);
        rows.add(rows.get(3).clone());
        PupilImportJob job = run("county_admin_5", PupilFiles.xlsx(rows));
        assertThat(job.getCreated()).isZero();
        assertThat(job.getErrors()).extracting(RowError::rowNumber, RowError::column, RowError::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple(52, "birthDate", "pupil.import.date.malformed"),
                org.assertj.core.groups.Tuple.tuple(53, "idNumber", "pupil.import.id.duplicateInFile"),
                org.assertj.core.groups.Tuple.tuple(53, "studentNo", "pupil.import.studentNo.duplicateInFile"));
        assertThat(count("SELECT count(*) FROM registry.pupil WHERE name LIKE '批量%'")).isZero();
    }

    @Test
    void aGbkCsvImportsAndAnExistingPersonIsRefused() throws IOException {
        String school = schoolCode("419905", "311", 0);
        String[] row = PupilFiles.row(school, "编码测试", "419905", LocalDate.of(2012, 8, 8), 41, "J2");
        PupilImportJob first = run("county_admin_5", PupilFiles.csv(List.<String[]>of(row), CsvReaderCharsets.GBK));
        assertThat(first.getErrors()).isEmpty();
        assertThat(count("SELECT count(*) FROM registry.pupil WHERE name = '编码测试'")).isEqualTo(1);
        PupilImportJob again = run("county_admin_5", PupilFiles.csv(List.<String[]>of(row), StandardCharsets.UTF_8));
        assertThat(again.getErrors()).extracting(RowError::messageKey).contains("pupil.import.id.exists",
                "pupil.import.studentNo.exists");
    }

    @Test
    void anotherCountysSchoolIsOutsideTheScope() throws IOException {
        String school = schoolCode("419901", "211", 2);
        PupilImportJob job = run("county_admin_2", PupilFiles.xlsx(List.<String[]>of(
                PupilFiles.row(school, "越权", "419901", LocalDate.of(2017, 1, 9), 55, "P3"))));
        assertThat(job.getErrors()).extracting(RowError::messageKey).containsExactly("pupil.import.school.unknown");
        assertThat(count("SELECT count(*) FROM registry.pupil WHERE name = '越权'")).isZero();
    }

    @Test
    void twoImportsIntoOneSchoolAtOnceNeverDuplicateAPupil() throws Exception {
        String school = schoolCode("419906", "211", 0);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(PupilFiles.row(school, "并发" + i, "419906", LocalDate.of(2015, 2, 1).plusDays(i), 201 + 2 * i, "P5"));
        }
        byte[] file = PupilFiles.xlsx(rows);
        CompletableFuture<PupilImportJob> a = CompletableFuture.supplyAsync(() -> runQuietly("county_admin_6", file));
        CompletableFuture<PupilImportJob> b = CompletableFuture.supplyAsync(() -> runQuietly("county_admin_6", file));
        List<PupilImportJob> jobs = List.of(a.get(), b.get());
        assertThat(jobs).filteredOn(j -> j.getCreated() == 200).hasSize(1);
        // the second waits for the first one's school lock, then finds every pupil already registered
        assertThat(jobs).filteredOn(j -> j.getCreated() == 0).singleElement()
                .satisfies(j -> assertThat(j.getErrorCount()).isEqualTo(400))
                .extracting(PupilImportJob::getErrors).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .extracting("messageKey").containsOnly("pupil.import.id.exists", "pupil.import.studentNo.exists");
        assertThat(count("SELECT count(*) FROM registry.pupil WHERE name LIKE '并发%'")).isEqualTo(200);
        assertThat(count("""
                SELECT count(*) FROM registry.pupil_event e JOIN registry.pupil p ON p.id = e.pupil_id
                 WHERE p.name LIKE '并发%'""")).isEqualTo(200);
    }

    @Test
    void aJobIsVisibleOnlyInTheSessionThatStartedIt() throws Exception {
        String school = schoolCode("419906", "211", 1);
        byte[] file = PupilFiles.xlsx(List.<String[]>of(
                PupilFiles.row(school, "会话", "419906", LocalDate.of(2015, 9, 9), 71, "P5")));
        CurrentUser owner = users.current("county_admin_6");
        PupilImportJob job = jobs.start(owner, "session-a", new ByteArrayInputStream(file));
        assertThat(jobs.find(owner, "session-a", job.getId())).isPresent();
        assertThat(jobs.find(owner, "session-b", job.getId())).isEmpty();
        assertThat(jobs.find(users.current("county_admin_5"), "session-a", job.getId())).isEmpty();
        for (int i = 0; i < 100 && job.isRunning(); i++) {
            Thread.sleep(50);
        }
        assertThat(job.getState()).isEqualTo(PupilImportJob.State.SUCCEEDED);
        assertThat(Files.exists(job.file)).as("a good file is not kept").isFalse();
    }

    @Test
    void aMillionRowCsvWithOneBadRowNearTheEndWritesNothing() throws IOException {
        String school = schoolCode("419904", "211", 0);
        Path file = Files.createTempFile("million", ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            PupilFiles.csvTo(w, () -> new Iterator<>() {
                int i;

                @Override
                public boolean hasNext() {
                    return i < 1_000_000;
                }

                @Override
                public String[] next() {
                    i++;
                    LocalDate birth = LocalDate.of(2014, 1, 1).plusDays(i % 2000);
                    String[] row = PupilFiles.row(school, "百万" + i, "4199" + String.format("%02d", i % 100),
                            birth, i / 2000 % 1000, "P6");
                    if (i == 999_998) {
                        row[3] = row[3].substring(0, 17) + (row[3].charAt(17) == '1' ? '2' : '1');
                    }
                    return row;
                }
            });
        }
        PupilImportJob job = new PupilImportJob("million", "county_admin_4", "test", file);
        service.run(users.current("county_admin_4"), job);
        Files.delete(file);
        assertThat(job.getRowsRead()).isEqualTo(1_000_000);
        assertThat(job.getErrors()).extracting(RowError::rowNumber, RowError::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(999_999, "pupil.import.id.CHECK_DIGIT"));
        assertThat(count("SELECT count(*) FROM registry.pupil WHERE name LIKE '百万%'")).isZero();
    }

    private PupilImportJob run(String user, byte[] content) throws IOException {
        Path file = Files.createTempFile("pupils", ".upload");
        Files.write(file, content);
        PupilImportJob job = new PupilImportJob("test", user, "test", file);
        CurrentUser current = users.current(user);
        service.run(current, job);
        Files.delete(file);
        return job;
    }

    private PupilImportJob runQuietly(String user, byte[] content) {
        try {
            return run(user, content);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String schoolCode(String county, String type, int index) {
        return jdbc.sql("""
                SELECT code FROM org.unit_scope WHERE county_code = :county AND school_type = :type AND kind = 'SCHOOL'
                 ORDER BY code OFFSET :index LIMIT 1""")
                .param("county", county).param("type", type).param("index", index).query(String.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** GBK as Excel on Chinese Windows writes it. */
    private static final class CsvReaderCharsets {
        static final java.nio.charset.Charset GBK = java.nio.charset.Charset.forName("GBK");
    }
}
