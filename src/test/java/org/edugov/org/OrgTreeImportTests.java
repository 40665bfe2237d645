package org.edugov.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.edugov.IntegrationTest;
import org.edugov.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class OrgTreeImportTests {

    @Autowired
    OrgTreeImport importer;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsATreeWhoseParentsComeLaterInTheFile() {
        ImportResult result = importer.importRows(CurrentUser.system(), List.of(
                row(2, "学校", "1419905950", "新区实验学校", "419905950000", "312"),
                row(3, "乡镇/街道", "419905950", "新区街道", "419905", null),
                row(4, "教学点", "1419905951", "新区教学点", "1419905950", "218 小学教学点")), LocalDate.of(2025, 9, 1));
        assertThat(result.errors()).isEmpty();
        assertThat(result.created()).isEqualTo(3);
        String schoolPath = path("1419905950");
        assertThat(path("1419905951")).startsWith(schoolPath);
        assertThat(schoolPath).startsWith(path("419905950000"));
        assertThat(jdbc.sql("SELECT county_code FROM org.org_unit WHERE code = '1419905951'").query(String.class)
                .single()).isEqualTo("419905");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE action = 'IMPORT' AND entity_id IN "
                        + "(SELECT id::text FROM org.org_unit WHERE code LIKE '141990595%')").query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void oneBadRowAnywhereMeansNothingIsWrittenAndEveryProblemIsListed() {
        long before = count();
        List<OrgImportRow> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            rows.add(row(i + 2, "学校", String.valueOf(1419906000L + i + 100), "批量学校" + i, "419906", "211"));
        }
        rows.add(row(2_002, "学校", "14199061", "坏代码", "419906", "211"));
        rows.add(row(2_003, "学校", "1419906100", "重复代码", "419906", "211"));
        rows.add(row(2_004, "星球", "1419906999", "未知类型", "419906", "211"));
        rows.add(row(2_005, "学校", "1419906998", "无上级", "999999", "211"));
        rows.add(row(2_006, "学校", "1419906997", "学校下的学校", "1419906100", "211"));
        rows.add(row(2_007, "学校", "1419906996", "", "419906", "999"));
        ImportResult result = importer.importRows(CurrentUser.system(), rows, LocalDate.now());
        assertThat(result.ok()).isFalse();
        assertThat(result.created()).isZero();
        assertThat(result.errors()).extracting(ImportError::rowNumber, ImportError::column, ImportError::messageKey)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(2_002, "code", "org.unit.code.malformed.SCHOOL"),
                        org.assertj.core.groups.Tuple.tuple(2_003, "code", "import.code.duplicateInFile"),
                        org.assertj.core.groups.Tuple.tuple(2_004, "kind", "import.kind.unknown"),
                        org.assertj.core.groups.Tuple.tuple(2_007, "schoolType", "org.unit.schoolType.unknown"),
                        org.assertj.core.groups.Tuple.tuple(2_007, "name", "org.unit.name.required"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void parentsMustExistPlaceCorrectlyAndLieInTheImportersScope() {
        long before = count();
        CurrentUser countyAdmin = users.current("county_admin_3");
        ImportResult result = importer.importRows(countyAdmin, List.of(
                row(2, "学校", "1419906960", "他县学校", "419906001000", "211"),
                row(3, "学校", "1419903960", "校中校", firstSchool("419903"), "211"),
                row(4, "学校", "1419903961", "孤儿学校", "419903999000", "211"),
                row(5, "乡镇", "419903961", "环一", "419903962000", null),
                row(6, "乡镇", "419903962", "环二", "419903961000", null)), LocalDate.now());
        assertThat(result.errors()).extracting(ImportError::rowNumber, ImportError::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple(2, "import.parent.unknown"),
                org.assertj.core.groups.Tuple.tuple(3, "org.unit.parent.kind"),
                org.assertj.core.groups.Tuple.tuple(4, "import.parent.unknown"));
        assertThat(result.errors()).extracting(ImportError::rowNumber).contains(5);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anEmptyFileIsAnError() {
        assertThat(importer.importRows(CurrentUser.system(), List.of(), LocalDate.now()).errors())
                .extracting(ImportError::messageKey).containsExactly("import.empty");
    }

    private String firstSchool(String county) {
        return jdbc.sql("SELECT min(code) FROM org.org_unit WHERE kind = 'SCHOOL' AND county_code = :c")
                .param("c", county).query(String.class).single();
    }

    private static OrgImportRow row(int n, String kind, String code, String name, String parent, String type) {
        return new OrgImportRow(n, kind, code, name, parent, type);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM org.org_unit").query(Long.class).single();
    }

    private String path(String code) {
        return jdbc.sql("SELECT path FROM org.org_unit WHERE code = :c").param("c", code).query(String.class).single();
    }
}
