package org.edugov.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ImportBrowserTest extends BrowserSupport {

    private static final Path WORK = Path.of("target", "browser-import");
    private static final List<String> HEADER = List.of("类型*", "代码*", "名称*", "上级代码", "学校类别");
    private static final String GOOD_NAME = "浏览器导入测试小学";
    private static final String FIXED_NAME = "浏览器导入修正小学";

    @Test
    void aFileWithOneBadRowWritesNothingAndExplainsWhyThenTheCorrectedFileImports() throws IOException {
        String town = jdbc.sql("""
                SELECT t.code FROM org.org_unit t JOIN org.org_unit c ON t.parent_id = c.id
                 WHERE c.code = '419901' AND t.kind = 'TOWN' AND t.active ORDER BY t.code LIMIT 1""")
                .query(String.class).single();
        login(page, "city_admin");
        page.navigate(url("/org/units/import"));
        assertThat(page.locator("main h1")).hasText("导入组织机构");

        Download template = page.waitForDownload(() -> page.locator("#download-template").click());
        assertThat(template.suggestedFilename()).isEqualTo("org-units-template.xlsx");
        List<List<String>> templateRows = read(template.path(), 0);
        assertThat(templateRows.getFirst()).containsExactlyElementsOf(HEADER);
        String primary = schoolTypeChoice(template.path(), "211");

        Path bad = workbook("bad.xlsx", List.of(
                List.of("学校", "1419901991", GOOD_NAME, town, primary),
                List.of("学校", "12AB", FIXED_NAME, town, primary)));
        page.locator("#file").setInputFiles(bad);
        page.locator("#do-import").click();

        assertThat(page.locator("#import-failed")).containsText("导入失败，发现 1 处错误，没有写入任何数据。");
        assertThat(page.locator("#import-errors tbody tr")).hasCount(1);
        assertThat(page.locator("#import-errors tbody tr td")).containsText(new String[] {"3", "代码",
                "代码“12AB”不是有效的学校标识码（10 位数字）。"});
        assertThat(page.locator("#import-ok")).hasCount(0);
        screenshot(page, "import-failed");
        assertThat(unitsNamed(GOOD_NAME)).isZero();

        Download errors = page.waitForDownload(() -> page.locator("#download-errors").click());
        List<List<String>> errorRows = read(errors.path(), 0);
        assertThat(errorRows.getFirst()).containsExactlyElementsOf(concat(HEADER, "错误说明"));
        assertThat(errorRows).hasSize(3);
        assertThat(errorRows.get(1)).startsWith("学校", "1419901991", GOOD_NAME);
        assertThat(errorRows.get(1).size() < 6 || errorRows.get(1).get(5).isBlank()).isTrue();
        assertThat(errorRows.get(2)).startsWith("学校", "12AB").hasSize(6);
        assertThat(errorRows.get(2).get(5)).contains("代码", "12AB");

        assertNotFoundBySearch(GOOD_NAME);

        Path fixed = workbook("fixed.xlsx", List.of(
                List.of("学校", "1419901991", GOOD_NAME, town, primary),
                List.of("学校", "1419901992", FIXED_NAME, town, primary)));
        page.navigate(url("/org/units/import"));
        page.locator("#file").setInputFiles(fixed);
        page.locator("#do-import").click();

        assertThat(page.locator("#import-ok")).hasText("导入成功，共新增 2 个机构。");
        assertThat(page.locator("#import-failed")).hasCount(0);
        screenshot(page, "import-ok");
        assertThat(unitsNamed(GOOD_NAME)).isOne();
        assertThat(unitsNamed(FIXED_NAME)).isOne();

        page.navigate(url("/org/units"));
        page.locator("#org-search").fill(GOOD_NAME);
        assertThat(page.locator("#search-results a")).hasText(GOOD_NAME);
    }

    private void assertNotFoundBySearch(String name) {
        page.navigate(url("/org/units"));
        page.locator("#org-search").fill(name);
        assertThat(page.locator("#search-results")).containsText("没有找到匹配的机构。");
        assertThat(page.locator("#search-results a")).hasCount(0);
    }

    /** The drop-down entry the template offers for a school type code, e.g. "211 小学". */
    private static String schoolTypeChoice(Path template, String code) throws IOException {
        return read(template, 1).stream().map(row -> row.size() > 4 ? row.get(4) : "")
                .filter(v -> v.equals(code) || v.startsWith(code + " ")).findFirst().orElseThrow();
    }

    private static List<List<String>> read(Path file, int sheetIndex) throws IOException {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheetAt(sheetIndex)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static Path workbook(String name, List<List<String>> dataRows) throws IOException {
        Files.createDirectories(WORK);
        Path file = WORK.resolve(name);
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("组织机构");
            List<List<String>> rows = new ArrayList<>();
            rows.add(HEADER);
            rows.addAll(dataRows);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
        }
        return file;
    }

    private static List<String> concat(List<String> list, String last) {
        List<String> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }
}
