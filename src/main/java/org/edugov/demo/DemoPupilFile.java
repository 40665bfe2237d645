package org.edugov.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.edugov.registry.BulkPupil;
import org.edugov.shared.Sex;

/**
 * Generated pupils written as a pupil import file, in the agreed template's column order with its Chinese
 * headers: CSV (UTF-8) or .xlsx written row by row with SXSSF, so files of millions of rows need little memory.
 */
public final class DemoPupilFile {

    /** The template's headers, in order (学校标识码 … 安置方式). */
    public static final List<String> HEADER = List.of("学校标识码", "姓名", "证件类型", "证件号码", "无证件原因", "学籍号",
            "性别", "出生日期", "民族", "年级", "班级", "入学日期", "户籍地址", "户口性质", "随迁子女", "留守儿童", "残疾类别",
            "残疾等级", "安置方式");
    /** An .xlsx sheet holds 1,048,576 rows, one of them the header. */
    public static final long MAX_XLSX_ROWS = 1_048_575;
    private static final int ROWS_IN_MEMORY = 200;

    private DemoPupilFile() {
    }

    /** One template row: dictionary codes, dates as yyyy-MM-dd, 是/否 for the flags. */
    public static String[] row(BulkPupil p) {
        return new String[] {p.schoolCode(), p.name(), p.idType().code(), text(p.idNumber()), text(p.noIdReason()),
            p.studentNo(), p.sex() == Sex.MALE ? "1" : "2", p.birthDate().toString(), text(p.ethnicity()),
            p.grade().name(), text(p.className()), p.enteredOn().toString(), text(p.hukouAddress()),
            text(p.hukouType()), p.migrant() ? "是" : "否", p.leftBehind() ? "是" : "否", text(p.disability()),
            text(p.disabilityGrade()), text(p.disabilityPlacement())};
    }

    /** Writes at most {@code limit} pupils as UTF-8 CSV; returns how many were written. */
    public static long writeCsv(Stream<BulkPupil> pupils, long limit, Path file) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(csvLine(HEADER.toArray(String[]::new)));
            long n = 0;
            for (Iterator<BulkPupil> it = pupils.limit(limit).iterator(); it.hasNext(); n++) {
                w.write(csvLine(row(it.next())));
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes at most {@code limit} pupils as a one-sheet .xlsx with every cell as text; returns the count. */
    public static long writeXlsx(Stream<BulkPupil> pupils, long limit, Path file) {
        if (limit > MAX_XLSX_ROWS) {
            throw new IllegalArgumentException("an .xlsx sheet holds at most " + MAX_XLSX_ROWS + " pupils");
        }
        try (SXSSFWorkbook wb = new SXSSFWorkbook(ROWS_IN_MEMORY); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("学生");
            cells(sheet.createRow(0), HEADER.toArray(String[]::new));
            long n = 0;
            for (Iterator<BulkPupil> it = pupils.limit(limit).iterator(); it.hasNext(); n++) {
                cells(sheet.createRow((int) n + 1), row(it.next()));
            }
            wb.write(out);
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cells(Row row, String[] values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    /** Quotes a field only when it must (comma, quote or line break), as spreadsheet programs do. */
    private static String csvLine(String[] values) {
        StringBuilder line = new StringBuilder(160);
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            if (i > 0) {
                line.append(',');
            }
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0) {
                line.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                line.append(v);
            }
        }
        return line.append('\n').toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
