package org.edugov.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edugov.TestIds;
import org.edugov.shared.SchoolYear;
import org.junit.jupiter.api.Test;

/**
 * A county user of 北岭县 (419906) imports facilities and finance through the page, corrects one year in the form,
 * looks for large classes, and records a teacher's move to another school.
 */
class RegistryPagesBrowserTest extends BrowserSupport {

    private static final Path WORK = Path.of("target", "browser-registry");
    private static final SchoolYear THIS_YEAR = SchoolYear.containing(LocalDate.now());

    @Test
    void facilitiesImportRefusesABadFileExplainsItAndTheFixedFileShowsOnTheSchoolPage() throws IOException {
        String school = code("311", 0);
        long schoolId = id(school);
        jdbc.sql("""
                INSERT INTO registry.school (org_unit_id, county_code, ownership, stages, created_by)
                VALUES (:id, '419906', '1', '{JUNIOR}', 'test') ON CONFLICT DO NOTHING""").param("id", schoolId)
                .update();
        login(page, "county_admin_6");
        page.locator("a.nav-link[href='/registry/facilities']").click();
        assertThat(page.locator("main h1")).hasText("办学条件");

        Download template = page.waitForDownload(() -> page.locator("#import-template").click());
        String lastYear = THIS_YEAR.previous().label();
        String[] good = {school, lastYear, "2500", "5200", "6400", "160", "55", "18", "500", "是", "否", "是", "是",
            "是", "1800000", "900", "45000"};
        String[] bad = {school, THIS_YEAR.label(), "-1", "", "", "", "", "", "", "有"};
        page.locator("#file").setInputFiles(fill(template.path(), "bad.xlsx", good, bad));
        page.locator("#do-import").click();
        assertThat(page.locator("#import-failed")).containsText("没有写入任何数据");
        assertThat(page.locator("#import-errors tbody tr")).hasCount(2);
        assertThat(page.locator("#import-errors tbody tr").first().locator("td")).containsText(new String[] {"3",
            "教学及辅助用房面积（㎡）", "“-1”不能为负数。"});
        screenshot(page, "facilities-import-failed");
        assertThat(jdbc.sql("SELECT count(*) FROM registry.school_year_facts WHERE org_unit_id = :id")
                .param("id", schoolId).query(Long.class).single()).isZero();

        Download errors = page.waitForDownload(() -> page.locator("#download-errors").click());
        try (InputStream in = Files.newInputStream(errors.path()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(17))).isEqualTo("错误说明");
            assertThat(f.formatCellValue(sheet.getRow(2).getCell(17))).contains("【心理辅导室】“有”");
        }

        page.locator("#file").setInputFiles(fill(template.path(), "fixed.xlsx", good));
        page.locator("#do-import").click();
        assertThat(page.locator("#notice")).hasText("办学条件与经费已导入。");
        page.navigate(url("/registry/facilities?orgId=" + schoolId + "&year=" + THIS_YEAR.previous().startYear()));
        assertThat(page.locator("#facilities tbody tr").first()).containsText("2,500");
        page.navigate(url("/registry/facilities?year=" + THIS_YEAR.previous().startYear()));
        screenshot(page, "facilities");

        page.navigate(url("/registry/schools/" + schoolId));
        assertThat(page.locator("#facts-" + THIS_YEAR.previous().startYear())).containsText(lastYear);
        assertThat(page.locator("#school-facts")).containsText("2,500");
        page.locator("#edit-facts-" + THIS_YEAR.startYear()).click();
        page.locator("#student_computers").fill("许多");
        page.locator("#counseling_room").selectOption("true");
        page.locator("#save-facts").click();
        assertThat(page.locator("#form-error")).containsText("【学生用计算机（台）】“许多”不是数字。");
        screenshot(page, "school-facts-form");
        page.locator("#student_computers").fill("172");
        page.locator("#save-facts").click();
        assertThat(page.locator("#notice")).hasText("办学条件与经费已保存。");
        assertThat(page.locator("#school-facts")).containsText("172");
        screenshot(page, "school-facts");
    }

    @Test
    void theClassesPageFindsTheLargeClassesOfASchool() {
        long school = id(code("312", 0));
        int year = THIS_YEAR.startYear();
        classWith(school, "浏览器一班", "P1", 38, false, false, 61);
        classWith(school, "浏览器四班", "P4", 58, false, false, 62);
        classWith(school, "浏览器八班", "J2", 67, true, false, 63);
        classWith(school, "浏览器特教班", "P3", 9, false, true, 64);
        login(page, "county_admin_6");
        page.locator("a.nav-link[href='/registry/classes']").click();
        assertThat(page.locator("main h1")).hasText("班级");
        assertThat(page.locator("#classes")).containsText("浏览器八班");
        page.navigate(url("/registry/schools/" + school));
        assertThat(page.locator("#large-classes")).hasText("大班额 2 个");
        page.locator("#school-class-list").click();
        assertThat(page.locator("#classes tbody tr")).hasCount(4);
        assertThat(page.locator("#band-LARGE")).hasText("大班额（56–65）：1 个");
        assertThat(page.locator("#classes tbody tr.table-danger")).containsText("浏览器八班");
        screenshot(page, "classes");

        page.locator("#band").selectOption("LARGE");
        page.locator("#search-classes").click();
        assertThat(page.locator("#classes tbody tr")).hasCount(1);
        assertThat(page.locator("#classes tbody tr td").nth(3)).hasText("58");
        Download export = page.waitForDownload(() -> page.locator("#export-classes").click());
        assertThat(export.suggestedFilename()).isEqualTo("classes-" + SchoolYear.of(year).label() + ".xlsx");
    }

    @Test
    void aTeacherIsMovedToAnotherSchoolFromTheTeacherPage() {
        long from = id(code("211", 4));
        long to = id(code("211", 5));
        String idNumber = TestIds.of("419906", LocalDate.of(1978, 10, 12), 771);
        jdbc.sql("""
                WITH t AS (
                    INSERT INTO registry.teacher (county_code, school_id, name, id_number, sex, birth_date, staffing,
                                                  education, title, subject, stage, at_school_since, created_by)
                    VALUES ('419906', :from, '浏览器教师', :id, '1', DATE '1978-10-12', 'IN', '21', 'FIRST', '数学',
                            'PRIMARY', DATE '2017-09-01', 'test') RETURNING id)
                INSERT INTO registry.teacher_posting (teacher_id, school_id, valid_from)
                SELECT id, :from, DATE '2017-09-01' FROM t""").param("from", from).param("id", idNumber).update();
        login(page, "county_admin_6");
        page.navigate(url("/registry/teachers?name=浏览器教师"));
        page.locator("#teachers a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("浏览器教师")).click();
        assertThat(page.locator("#teacher-name")).hasText("浏览器教师");
        assertThat(page.locator("#rotation-due")).hasText("已满 6 年，可参加交流轮岗");
        assertThat(page.locator("#id-number")).not().hasText(idNumber);
        screenshot(page, "teacher");
        page.locator("#unmask").click();
        assertThat(page.locator("#id-number")).hasText(idNumber);

        page.locator("#toSchoolId").selectOption(String.valueOf(to));
        page.locator("#effectiveDate").fill("2016-09-01");
        page.locator("#record-posting").click();
        assertThat(page.locator("#form-error")).hasText("生效日期须晚于当前任职的开始日期（2017-09-01）。");
        page.locator("#toSchoolId").selectOption(String.valueOf(to));
        page.locator("#effectiveDate").fill(THIS_YEAR.start().toString());
        page.locator("#record-posting").click();
        assertThat(page.locator("#notice")).hasText("调动已记录。");
        assertThat(page.locator("#teacher-postings li")).hasCount(2);
        assertThat(page.locator("#rotation-due")).hasCount(0);
        screenshot(page, "teacher-moved");
    }

    private void classWith(long school, String name, String grade, int size, boolean multigrade, boolean special,
            int series) {
        long id = jdbc.sql("""
                INSERT INTO registry.class (county_code, school_id, school_year, grade, name, multigrade, special)
                VALUES ('419906', :school, :year, :grade, :name, :multigrade, :special) RETURNING id""")
                .param("school", school).param("year", THIS_YEAR.startYear()).param("grade", grade)
                .param("name", name).param("multigrade", multigrade).param("special", special)
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO registry.pupil (county_code, school_id, class_id, grade, name, id_type, id_number,
                                            student_no, sex, birth_date, entered_on, created_by)
                SELECT '419906', :school, :class, :grade, '班额浏览学生' || n, '1', id, 'G' || id, '2',
                       DATE '2016-05-01', DATE '2023-09-01', 'test'
                  FROM generate_series(1, :size) n,
                       LATERAL (SELECT '91990620160501' || lpad(CAST(:series * 100 + n AS text), 4, '0') AS id) i""")
                .param("school", school).param("class", id).param("grade", grade).param("size", size)
                .param("series", series).update();
    }

    /** The downloaded template with rows typed in and saved under a new name. */
    private static Path fill(Path template, String name, String[]... rows) throws IOException {
        Files.createDirectories(WORK);
        Path file = WORK.resolve(name);
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        return file;
    }

    private String code(String type, int index) {
        return jdbc.sql("""
                SELECT code FROM org.unit_scope WHERE county_code = '419906' AND kind = 'SCHOOL' AND school_type = :type
                 ORDER BY code OFFSET :index LIMIT 1""").param("type", type).param("index", index)
                .query(String.class).single();
    }

    private long id(String code) {
        return unitId(code);
    }
}
