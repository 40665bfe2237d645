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
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edugov.TestIds;
import org.junit.jupiter.api.Test;

/** A county user imports pupils: a file with one bad row fails with reasons, the fixed file imports. */
class PupilImportBrowserTest extends BrowserSupport {

    private static final Path WORK = Path.of("target", "browser-pupil-import");
    private static final String[] HEADER = {"学校标识码", "姓名", "证件类型", "证件号码", "无证件原因", "学籍号", "性别",
        "出生日期", "民族", "年级", "班级", "入学日期", "户籍地址", "户口性质", "随迁子女", "留守儿童", "残疾类别", "残疾等级", "安置方式"};

    @Test
    void aBadRowStopsTheImportTheErrorWorkbookExplainsItAndTheFixedFileImports() throws IOException {
        String school = jdbc.sql("""
                SELECT code FROM org.unit_scope WHERE county_code = '419902' AND school_type = '211'
                 ORDER BY code DESC LIMIT 1""").query(String.class).single();
        login(page, "county_admin_2");
        page.locator("a.nav-link[href='/registry/pupils/import']").click();
        Download template = page.waitForDownload(() -> page.locator("#download-template").click());
        try (InputStream in = Files.newInputStream(template.path()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(new DataFormatter().formatCellValue(wb.getSheetAt(0).getRow(0).getCell(3))).isEqualTo("证件号码");
        }

        String[] good = row(school, "浏览器学生甲", LocalDate.of(2016, 7, 7), 17);
        String[] bad = row(school, "浏览器学生乙", LocalDate.of(2016, 8, 8), 19);
        bad[3] = bad[3].substring(0, 17) + (bad[3].charAt(17) == '0' ? '1' : '0');
        page.locator("#file").setInputFiles(workbook("bad.xlsx", good, bad));
        page.locator("#do-import").click();
        assertThat(page.locator("#import-failed")).containsText("没有写入任何数据");
        assertThat(page.locator("#import-errors tbody tr td")).containsText(new String[] {"3", "证件号码",
            "身份证号码校验位错误。"});
        screenshot(page, "pupil-import-failed");
        assertThat(jdbc.sql("SELECT count(*) FROM registry.pupil WHERE name LIKE '浏览器学生%'").query(Long.class)
                .single()).isZero();

        Download errors = page.waitForDownload(() -> page.locator("#download-errors").click());
        try (InputStream in = Files.newInputStream(errors.path()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(19))).isEqualTo("错误说明");
            assertThat(f.formatCellValue(sheet.getRow(1).getCell(19))).isEmpty();
            assertThat(f.formatCellValue(sheet.getRow(2).getCell(19))).contains("证件号码", "校验位");
        }

        page.navigate(url("/registry/pupils/import"));
        page.locator("#file").setInputFiles(workbook("fixed.xlsx", good, row(school, "浏览器学生乙",
                LocalDate.of(2016, 8, 8), 19)));
        page.locator("#do-import").click();
        assertThat(page.locator("#import-ok")).hasText("导入成功，共新增 2 名学生的学籍。");
        screenshot(page, "pupil-import-ok");

        page.navigate(url("/registry/pupils?name=浏览器学生"));
        assertThat(page.locator("#pupils tbody tr")).hasCount(2);
        screenshot(page, "pupils-county2");
    }

    private static String[] row(String school, String name, LocalDate birth, int sequence) {
        String id = TestIds.of("419902", birth, sequence);
        return new String[] {school, name, "1", id, "", "G" + id, "1", birth.toString(), "01", "P4", "四(1)班",
            "2022-09-01", "示范市新华区某路2号", "3", "否", "否", "", "", ""};
    }

    private static Path workbook(String name, String[]... rows) throws IOException {
        Files.createDirectories(WORK);
        Path file = WORK.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("学生");
            write(sheet.createRow(0), HEADER);
            for (int r = 0; r < rows.length; r++) {
                write(sheet.createRow(r + 1), rows[r]);
            }
            wb.write(out);
        }
        return file;
    }

    private static void write(Row row, String[] cells) {
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }
}
