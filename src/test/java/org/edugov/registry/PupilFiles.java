package org.edugov.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.edugov.TestIds;

/** Pupil import files for tests: rows in the template's column order, written as xlsx or CSV. */
final class PupilFiles {

    static final String[] HEADER = {"学校标识码", "姓名", "证件类型", "证件号码", "无证件原因", "学籍号", "性别", "出生日期",
        "民族", "年级", "班级", "入学日期", "户籍地址", "户口性质", "随迁子女", "留守儿童", "残疾类别", "残疾等级", "安置方式"};

    private PupilFiles() {
    }

    /** A valid row for a primary pupil born on the given date (sequence odd = boy). */
    static String[] row(String school, String name, String region, LocalDate birth, int sequence, String grade) {
        String id = TestIds.of(region, birth, sequence);
        return new String[] {school, name, "1", id, "", "G" + id, sequence % 2 == 1 ? "1" : "2", birth.toString(),
            "01", grade, "测试一班", "2023-09-01", "示范市某路1号", "3", "否", "否", "", "", ""};
    }

    static byte[] xlsx(List<String[]> rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("学生");
            write(sheet.createRow(0), HEADER);
            for (int r = 0; r < rows.size(); r++) {
                write(sheet.createRow(r + 1), rows.get(r));
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }

    static byte[] csv(List<String[]> rows, Charset charset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new java.io.OutputStreamWriter(out, charset)) {
            csvTo(w, rows);
        }
        return out.toByteArray();
    }

    static void csvTo(Writer w, Iterable<String[]> rows) throws IOException {
        w.write(String.join(",", HEADER) + "\r\n");
        for (String[] row : rows) {
            w.write(String.join(",", row) + "\r\n");
        }
    }

    private static void write(org.apache.poi.ss.usermodel.Row row, String[] cells) {
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }
}
