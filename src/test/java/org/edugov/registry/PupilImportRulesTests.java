package org.edugov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.edugov.IntegrationTest;
import org.edugov.TestIds;
import org.edugov.TestUsers;
import org.edugov.shared.IdNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every rule of the template through the whole import: a small real workbook per case with one row that
 * breaks the rule, refused with its row and column, nothing written.
 */
@IntegrationTest
class PupilImportRulesTests {

    private static final LocalDate BIRTH = LocalDate.of(2019, 9, 9);

    @Autowired
    PupilImportService service;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "[{index}] {0}: column {1} = \"{2}\" → {4}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "211|0|9999999999|schoolCode|pupil.import.school.unknown",
        "211|0|''|schoolCode|pupil.import.required",
        "211|1|''|name|pupil.import.required",
        "211|2|7|idType|pupil.import.code.unknown",
        "211|3|''|idNumber|pupil.import.required",
        "211|3|CHECK|idNumber|pupil.import.id.CHECK_DIGIT",
        "211|3|4199032019090901|idNumber|pupil.import.id.LENGTH",
        "211|3|4199032019090A011X|idNumber|pupil.import.id.CHARACTERS",
        "211|3|009903201909090110|idNumber|pupil.import.id.REGION",
        "211|5|G123|studentNo|pupil.import.studentNo.notG",
        "211|6|2|sex|pupil.import.sex.mismatch",
        "211|6|未知|sex|pupil.import.code.unknown",
        "211|7|2019-09-10|birthDate|pupil.import.birthDate.mismatch",
        "211|7|2016-02-30|birthDate|pupil.import.date.malformed",
        "211|7|2099-01-01|birthDate|pupil.import.date.impossible",
        "211|8|火星族|ethnicity|pupil.import.code.unknown",
        "211|9|J1|grade|pupil.import.grade.notOffered",
        "211|9|P9|grade|pupil.import.code.unknown",
        "111|9|P3|grade|pupil.import.grade.notOffered",
        "218|9|J1|grade|pupil.import.grade.notOffered",
        "211|10|一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一|className|pupil.import.tooLong",
        "211|11|2015-09-01|enteredOn|pupil.import.enteredBeforeBirth",
        "211|11|''|enteredOn|pupil.import.required",
        "211|13|9|hukouType|pupil.import.code.unknown",
        "211|14|也许|migrant|pupil.import.yesNo",
        "211|15|maybe|leftBehind|pupil.import.yesNo",
        "211|16|1|disabilityGrade|pupil.import.required",
        "211|17|1|disability|pupil.import.disability.missing"})
    void eachRuleIsReportedWithItsRowAndColumn(String schoolType, int column, String value, String columnKey,
            String messageKey) throws IOException {
        String[] row = goodRow(schoolType, "规则" + column + "-" + value.hashCode());
        row[column] = value.equals("CHECK") ? row[3].substring(0, 17) + (row[3].endsWith("1") ? "2" : "1") : value;
        PupilImportJob job = run("county_admin_3", row);
        assertThat(job.getErrors()).extracting(RowError::rowNumber, RowError::column, RowError::messageKey)
                .contains(tuple(2, columnKey, messageKey));
        assertThat(pupilsNamed(row[1])).isZero();
    }

    @Test
    void theSameRowUnchangedIsImported() throws IOException {
        for (String type : List.of("211", "111", "218")) {
            String[] row = goodRow(type, "规则基准" + type);
            if (!type.equals("211")) {
                row[9] = type.equals("111") ? "K2" : "P1";
            }
            PupilImportJob job = run("county_admin_3", row);
            assertThat(job.getErrors()).as(type).isEmpty();
            assertThat(pupilsNamed(row[1])).as(type).isEqualTo(1);
        }
    }

    @Test
    void pupilsWithoutAnIdNeedAReason() throws IOException {
        String[] row = goodRow("211", "无证件学生");
        row[2] = "9";
        row[3] = "";
        row[5] = "L41990320190909X1";
        assertThat(run("county_admin_3", row).getErrors()).extracting(RowError::column, RowError::messageKey)
                .containsExactly(tuple("noIdReason", "pupil.import.noIdReason.required"));
        row[4] = "户口未落实";
        assertThat(run("county_admin_3", row).getErrors()).isEmpty();
        assertThat(pupilsNamed("无证件学生")).isEqualTo(1);
    }

    @Test
    void aFifteenDigitIdIsAcceptedAndStoredUpgraded() throws IOException {
        String[] row = goodRow("211", "十五位证号");
        String upgraded = TestIds.of("419903", LocalDate.of(1999, 3, 1), 11);
        row[3] = "419903990301011";
        row[5] = "G" + upgraded;
        row[6] = "1";
        row[7] = "1999-03-01";
        PupilImportJob job = run("county_admin_3", row);
        assertThat(job.getErrors()).isEmpty();
        assertThat(IdNumber.parse(row[3]).value()).isEqualTo(upgraded);
        assertThat(jdbc.sql("SELECT id_number FROM registry.pupil WHERE name = '十五位证号'").query(String.class)
                .single()).isEqualTo(upgraded);
    }

    @Test
    void anExcelDayNumberIsADate() throws IOException {
        String[] row = goodRow("211", "日期序号");
        row[7] = String.valueOf(BIRTH.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay());
        assertThat(run("county_admin_3", row).getErrors()).isEmpty();
    }

    @Test
    void aSchoolAdminImportsOnlyIntoItsOwnSchool() throws IOException {
        String own = jdbc.sql("""
                SELECT u.code FROM org.unit_scope u JOIN org.user_account a ON a.org_unit_id = u.id
                 WHERE a.username = 'school_admin_1'""").query(String.class).single();
        String other = jdbc.sql("""
                SELECT code FROM org.unit_scope WHERE county_code = '419901' AND school_type = '211'
                   AND kind = 'SCHOOL' AND code <> :own ORDER BY code LIMIT 1""").param("own", own)
                .query(String.class).single();
        String[] intoOther = PupilFiles.row(other, "校管越权", "419901", BIRTH, 31, "P4");
        assertThat(run("school_admin_1", intoOther).getErrors()).extracting(RowError::column, RowError::messageKey)
                .containsExactly(tuple("schoolCode", "pupil.import.school.unknown"));
        String[] intoOwn = PupilFiles.row(own, "校管本校", "419901", BIRTH, 33, "P4");
        assertThat(run("school_admin_1", intoOwn).getErrors()).isEmpty();
        assertThat(pupilsNamed("校管越权") + pupilsNamed("校管本校")).isEqualTo(1);
    }

    private String[] goodRow(String schoolType, String name) {
        String school = jdbc.sql("""
                SELECT code FROM org.unit_scope WHERE county_code = '419903' AND school_type = :type
                   AND kind IN ('SCHOOL', 'TEACHING_POINT') ORDER BY code LIMIT 1""")
                .param("type", schoolType).query(String.class).single();
        int sequence = 1 + 2 * (Math.floorMod(name.hashCode(), 490));
        String[] row = PupilFiles.row(school, name, "419903", BIRTH, sequence, "P4");
        row[2] = "1 居民身份证";
        row[8] = "01 汉族";
        return row;
    }

    private PupilImportJob run(String user, String[] row) throws IOException {
        Path file = Files.createTempFile("rule", ".xlsx");
        try {
            Files.write(file, PupilFiles.xlsx(List.<String[]>of(row)));
            PupilImportJob job = new PupilImportJob("rule", user, "test", file);
            service.run(users.current(user), job);
            return job;
        } finally {
            Files.delete(file);
        }
    }

    private long pupilsNamed(String name) {
        return jdbc.sql("SELECT count(*) FROM registry.pupil WHERE name = :name").param("name", name)
                .query(Long.class).single();
    }
}
