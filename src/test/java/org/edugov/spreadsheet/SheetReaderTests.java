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
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
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

    @Test
    void refusesFormulaCellsNamingRowAndColumn() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        byte[] file = xlsx(wb, new String[][] {{"甲", "乙"}, {"1", "x"}, {"2", "y"}}, sheet ->
                sheet.getRow(2).getCell(1).setCellFormula("\"x\"&A3"));
        SpreadsheetException e = refusal(file);
        assertThat(e.messageKey()).isEqualTo("import.file.formula");
        assertThat(e.args()).containsExactly(3, "B", "乙", "B");
    }

    @Test
    void refusesMergedCellsNamingWhereTheyStart() throws IOException {
        byte[] file = xlsx(new XSSFWorkbook(), new String[][] {{"甲", "乙"}, {"1", "x"}, {"2", ""}, {"3", ""}},
                sheet -> sheet.addMergedRegion(new CellRangeAddress(1, 3, 1, 1)));
        SpreadsheetException e = refusal(file);
        assertThat(e.messageKey()).isEqualTo("import.file.merged");
        assertThat(e.args()).containsExactly(2, "B", "B4", "乙", "B");
    }

    @Test
    void refusesAZipBombWithItsOwnMessage() throws IOException {
        byte[] normal = xlsx(new XSSFWorkbook(), new String[][] {{"甲", "乙"}, {"1", "x"}});
        // 20 MB of spaces inside the sheet XML deflate to a few KB: far beyond POI's 1:100 inflate ratio
        byte[] bomb = rewriteEntry(normal, "xl/worksheets/sheet1.xml",
                xml -> xml.replace("<sheetData", " ".repeat(20_000_000) + "<sheetData"));
        assertThat(refusal(bomb).messageKey()).isEqualTo("import.file.zipBomb");
        assertThat(refusal(bomb, true).messageKey()).isEqualTo("import.file.zipBomb");
    }

    @Test
    void anEmptySheetAndAHeaderOnlySheetAreTold() throws IOException {
        assertKey(xlsx(new XSSFWorkbook(), new String[0][]), "import.file.empty");
        byte[] headerOnly = xlsx(new XSSFWorkbook(), new String[][] {{"甲", "乙"}});
        assertThat(SheetReader.readAny(new ByteArrayInputStream(headerOnly), COLUMNS, 10, r -> { })).isZero();
    }

    @Test
    void anOldTemplateVersionNamesTheFirstDifferingColumnInBothLanguages() throws IOException {
        SpreadsheetException e = refusal(xlsx(new XSSFWorkbook(), new String[][] {{"甲", "旧列"}, {"1", "2"}}));
        assertThat(e.messageKey()).isEqualTo("import.file.header");
        assertThat(e.args()).containsExactly(2, "乙", "旧列", "B");
    }

    @Test
    void readAnyPicksTheReaderByContent() throws IOException {
        byte[] xlsx = xlsx(new XSSFWorkbook(), new String[][] {{"甲", "乙"}, {"1", "x"}});
        assertThat(SheetReader.readAny(new ByteArrayInputStream(xlsx), COLUMNS, 10, r -> { })).isEqualTo(1);
        byte[] csv = "甲,乙\n1,x\n".getBytes(StandardCharsets.UTF_8);
        assertThat(SheetReader.readAny(new ByteArrayInputStream(csv), COLUMNS, 10, r -> { })).isEqualTo(1);
        assertThat(refusal(xlsx(new HSSFWorkbook(), new String[][] {{"甲", "乙"}}), true).messageKey())
                .isEqualTo("import.file.oldExcel");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(refusal(png, true).messageKey()).isEqualTo("import.file.notSpreadsheet");
        byte[] utf16 = "甲,乙\r\n1,x\r\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(refusal(utf16, true).messageKey()).isEqualTo("import.file.notSpreadsheet");
        assertThat(refusal(new byte[0], true).messageKey()).isEqualTo("import.file.empty");
    }

    private static SpreadsheetException refusal(byte[] file) {
        return refusal(file, false);
    }

    private static SpreadsheetException refusal(byte[] file, boolean any) {
        try {
            if (any) {
                SheetReader.readAny(new ByteArrayInputStream(file), COLUMNS, 10, r -> { });
            } else {
                SheetReader.read(new ByteArrayInputStream(file), COLUMNS, 10, r -> { });
            }
        } catch (SpreadsheetException e) {
            return e;
        }
        throw new AssertionError("the file was accepted");
    }

    static byte[] rewriteEntry(byte[] zip, String name, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(entry.getName()));
                z.write(content);
                z.closeEntry();
            }
        }
        return out.toByteArray();
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
        return xlsx(wb, rows, sheet -> { });
    }

    static byte[] xlsx(Workbook wb, String[][] rows, Consumer<Sheet> change) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("s");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            change.accept(sheet);
            wb.write(out);
            return out.toByteArray();
        }
    }
}
