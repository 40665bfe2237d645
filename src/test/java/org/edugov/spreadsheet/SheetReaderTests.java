package org.edugov.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetReaderTests {

    private static final List<SheetColumn> COLUMNS = List.of(
            new SheetColumn("a", "甲", "A", null, true, List.of()),
            new SheetColumn("b", "乙", "B", null, false, List.of("x", "y")));

    @Test
    void readsRowsWithExcelRowNumbersAndSkipsBlankOnes() throws IOException {
        byte[] file = xlsx(new XSSFWorkbook(), new String[][] {{"甲*", "乙"}, {" 1 ", "x"}, {"", ""}, {"3", ""}});
        List<SheetRow> rows = new ArrayList<>();
        int count = SheetReader.read(new ByteArrayInputStream(file), COLUMNS, 10, rows::add);
        assertThat(count).isEqualTo(2);
        assertThat(rows).containsExactly(new SheetRow(2, List.of("1", "x")), new SheetRow(4, List.of("3", "")));
    }

    @Test
    void acceptsEnglishHeaders() throws IOException {
        byte[] file = xlsx(new XSSFWorkbook(), new String[][] {{"A", "b"}, {"1", "y"}});
        assertThat(SheetReader.read(new ByteArrayInputStream(file), COLUMNS, 10, r -> { })).isEqualTo(1);
    }

    @Test
    void refusesFilesThatAreNotOurTemplate() throws IOException {
        assertKey(xlsx(new XSSFWorkbook(), new String[][] {{"甲", "丙"}, {"1", "2"}}), "import.file.header");
        assertKey("name,code\n张三,1\n".getBytes(StandardCharsets.UTF_8), "import.file.notExcel");
        assertKey(xlsx(new HSSFWorkbook(), new String[][] {{"甲", "乙"}}), "import.file.oldExcel");
        assertKey(new byte[0], "import.file.empty");
        assertKey(xlsx(new XSSFWorkbook(), new String[0][]), "import.file.empty");
        byte[] truncated = xlsx(new XSSFWorkbook(), new String[][] {{"甲", "乙"}, {"1", "2"}});
        assertKey(java.util.Arrays.copyOf(truncated, truncated.length / 2), "import.file.unreadable");
    }

    @Test
    void stopsAtTheRowLimit() throws IOException {
        byte[] file = xlsx(new XSSFWorkbook(), new String[][] {{"甲", "乙"}, {"1", ""}, {"2", ""}, {"3", ""}});
        assertKey(file, "import.file.tooManyRows", 2);
    }

    @Test
    void templateAndErrorWorkbookRoundTrip() throws IOException {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        SheetWriter.template(template, "units", COLUMNS, Locale.SIMPLIFIED_CHINESE);
        assertThat(SheetReader.read(new ByteArrayInputStream(template.toByteArray()), COLUMNS, 10, r -> { })).isZero();

        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        SheetWriter.errors(errors, "units", COLUMNS, Locale.SIMPLIFIED_CHINESE, "错误说明",
                List.of(new SheetRow(2, List.of("1", "x")), new SheetRow(3, List.of("2", "z")))::forEach,
                row -> row == 3 ? "【乙】不在列表中" : null);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(errors.toByteArray()))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("错误说明");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("z");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("【乙】不在列表中");
            assertThat(sheet.getRow(1).getCell(2)).isNull();
        }
    }

    private static void assertKey(byte[] file, String key, int maxRows) {
        assertThatThrownBy(() -> SheetReader.read(new ByteArrayInputStream(file), COLUMNS, maxRows, r -> { }))
                .isInstanceOf(SpreadsheetException.class)
                .extracting(e -> ((SpreadsheetException) e).messageKey()).isEqualTo(key);
    }

    private static void assertKey(byte[] file, String key) {
        assertKey(file, key, 10);
    }

    static byte[] xlsx(Workbook wb, String[][] rows) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("s");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
