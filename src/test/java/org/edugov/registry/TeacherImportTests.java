package org.edugov.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.edugov.IntegrationTest;
import org.edugov.TestIds;
import org.edugov.TestUsers;
import org.edugov.spreadsheet.SheetRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class TeacherImportTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Autowired
    TeacherImport importer;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void teachersImportWithTheirPostingsAndEveryProblemIsNamed() {
        String school = jdbc.sql("SELECT min(code) FROM org.unit_scope WHERE county_code = '419905' AND school_type = '311'")
                .query(String.class).single();
        String a = TestIds.of("419905", LocalDate.of(1982, 3, 4), 331);
        String b = TestIds.of("419905", LocalDate.of(1990, 6, 7), 332);
        List<RowError> bad = importer.importRows(users.current("county_admin_5"), List.of(
                row(2, school, "教师甲", a, "在编", "21", "FIRST", "2018-09-01"),
                row(3, school, "教师乙", b.substring(0, 17) + (b.charAt(17) == '0' ? '1' : '0'), "在编", "21", "", ""),
                row(4, school, "教师丙", a, "临时", "99", "", "2030-01-01")), TODAY);
        assertThat(bad).extracting(RowError::rowNumber, RowError::column, RowError::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple(3, "idNumber", "pupil.import.id.CHECK_DIGIT"),
                org.assertj.core.groups.Tuple.tuple(4, "staffing", "teacher.import.staffing"),
                org.assertj.core.groups.Tuple.tuple(4, "education", "pupil.import.code.unknown"),
                org.assertj.core.groups.Tuple.tuple(4, "atSchoolSince", "pupil.import.date.malformed"));
        assertThat(count("SELECT count(*) FROM registry.teacher WHERE name LIKE '教师%'")).isZero();

        List<RowError> ok = importer.importRows(users.current("county_admin_5"), List.of(
                row(2, school, "教师甲", a, "在编", "21 大学本科毕业", "一级教师", "2018-09-01"),
                row(3, school, "教师乙", b, "非在编", "", "", "")), TODAY);
        assertThat(ok).isEmpty();
        assertThat(jdbc.sql("SELECT sex || birth_date || education || title FROM registry.teacher WHERE id_number = :id")
                .param("id", a).query(String.class).single()).isEqualTo("11982-03-0421FIRST");
        assertThat(count("SELECT count(*) FROM registry.teacher_posting p JOIN registry.teacher t ON t.id = p.teacher_id "
                + "WHERE t.name LIKE '教师%'")).isEqualTo(2);

        List<RowError> again = importer.importRows(users.current("county_admin_5"), List.of(
                row(2, school, "教师甲", a, "在编", "", "", "")), TODAY);
        assertThat(again).extracting(RowError::messageKey).containsExactly("teacher.import.exists");
        List<RowError> outside = importer.importRows(users.current("county_admin_4"), List.of(
                row(2, school, "教师丁", TestIds.of("419905", LocalDate.of(1988, 1, 1), 333), "在编", "", "", "")), TODAY);
        assertThat(outside).extracting(RowError::messageKey).containsExactly("pupil.import.school.unknown");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static SheetRow row(int n, String school, String name, String id, String staffing, String education,
            String title, String since) {
        return new SheetRow(n, Arrays.asList(school, name, id, staffing, "", education, title, "数学", "", "", "", "",
                since));
    }
}
