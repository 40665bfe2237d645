package org.edugov.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTests {

    private static final List<SheetColumn> COLUMNS = List.of(
            new SheetColumn("school", "学校标识码", "School code", null, true, List.of()),
            new SheetColumn("name", "姓名", "Name", null, true, List.of()),
            new SheetColumn("address", "户籍地址", "Hukou address", null, false, List.of()));

    private static final String FILE = "学校标识码,姓名*,户籍地址\r\n"
            + "1419901001,张三,\"示范市城关区和平路1号\"\r\n"
            + ",,\r\n"
            + "1419901001,\"欧阳,娜娜\",\"某路\"\"2\"\"号\r\n二单元\"\r\n"
            + "1419901002,李四\r\n";

    @Test
    void aGbkFileFromExcelOnChineseWindowsIsDetected() {
        assertRows(FILE.getBytes(Charset.forName("GBK")));
    }

    @Test
    void aGb18030FileWithCharactersOutsideGbkIsDetected() {
        byte[] file = "学校标识码,姓名,户籍地址\n1419901001,王𠀀,\n".getBytes(CsvReader.GB18030);
        assertThat(read(file)).extracting(SheetRow::cells).containsExactly(List.of("1419901001", "王𠀀", ""));
    }

    @Test
    void utf8WithAndWithoutBomIsDetected() throws IOException {
        assertRows(FILE.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write(FILE.getBytes(StandardCharsets.UTF_8));
        assertRows(bom.toByteArray());
    }

    @Test
    void aChineseCharacterCutAtTheProbeBoundaryIsStillUtf8() {
        StringBuilder file = new StringBuilder("学校标识码,姓名,户籍地址\n");
        while (file.length() < 70_000) {
            file.append("1419901001,张三,和平路\n");
        }
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(read(bytes)).allSatisfy(r -> assertThat(r.cell(1)).isEqualTo("张三"));
    }

    @Test
    void englishHeadersAreAccepted() {
        byte[] file = "School code,NAME,Hukou address\n1419901001,Zhang San,\n".getBytes(StandardCharsets.UTF_8);
        assertThat(read(file)).hasSize(1);
    }

    @Test
    void refusals() {
        assertKey("学校标识码,名字,户籍地址\n1,2,3\n".getBytes(StandardCharsets.UTF_8), "import.file.header");
        assertKey("\n".getBytes(StandardCharsets.UTF_8), "import.file.header");
        byte[] unclosed = ("学校标识码,姓名,户籍地址\n1419901001,\"张三,x\n" + "y,z\n".repeat(20_000))
                .getBytes(StandardCharsets.UTF_8);
        assertKey(unclosed, "import.file.csvCellTooLong");
        byte[] latin1 = "学校标识码,姓名,户籍地址\n1,M\u00fcller,\n".getBytes(StandardCharsets.UTF_8);
        latin1[latin1.length - 4] = (byte) 0xFF;
        assertKey(latin1, "import.file.encoding");
    }

    private static void assertRows(byte[] file) {
        List<SheetRow> rows = read(file);
        assertThat(rows).containsExactly(
                new SheetRow(2, List.of("1419901001", "张三", "示范市城关区和平路1号")),
                new SheetRow(4, List.of("1419901001", "欧阳,娜娜", "某路\"2\"号\r\n二单元")),
                new SheetRow(5, List.of("1419901002", "李四", "")));
    }

    private static List<SheetRow> read(byte[] file) {
        List<SheetRow> rows = new ArrayList<>();
        SheetReader.readAny(new ByteArrayInputStream(file), COLUMNS, 100_000, rows::add);
        return rows;
    }

    private static void assertKey(byte[] file, String key) {
        assertThatThrownBy(() -> read(file)).isInstanceOf(SpreadsheetException.class)
                .extracting(e -> ((SpreadsheetException) e).messageKey()).isEqualTo(key);
    }
}
