package org.edugov.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes import templates (header with notes, drop-downs from dictionaries via a hidden list sheet)
 * and error workbooks (the uploaded rows plus a 错误说明 column), streaming so large files stay small in memory.
 */
public final class SheetWriter {

    private static final int TEMPLATE_ROWS = 10_000;

    private SheetWriter() {
    }

    public static void template(OutputStream out, String sheetName, List<SheetColumn> columns, Locale locale) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet sheet = wb.createSheet(sheetName);
            writeHeader(wb, sheet, columns, locale, null);
            // text format, so that Excel keeps 18-digit ID numbers and leading zeros as typed
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            for (int c = 0; c < columns.size(); c++) {
                sheet.setDefaultColumnStyle(c, text);
            }
            Sheet lists = wb.createSheet("lists");
            DataValidationHelper helper = sheet.getDataValidationHelper();
            for (int c = 0; c < columns.size(); c++) {
                List<String> choices = columns.get(c).choices();
                if (choices.isEmpty()) {
                    continue;
                }
                for (int r = 0; r < choices.size(); r++) {
                    Row row = lists.getRow(r) == null ? lists.createRow(r) : lists.getRow(r);
                    row.createCell(c).setCellValue(choices.get(r));
                }
                String col = XlsxReader.columnLetter(c);
                String ref = "lists!$" + col + "$1:$" + col + "$" + choices.size();
                DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(ref),
                        new CellRangeAddressList(1, TEMPLATE_ROWS, c, c));
                validation.setShowErrorBox(true);
                sheet.addValidationData(validation);
            }
            wb.setSheetHidden(wb.getSheetIndex(lists), true);
            wb.write(out);
            wb.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows that were uploaded, each followed by the reasons it was refused (empty for good rows). */
    public static void errors(OutputStream out, String sheetName, List<SheetColumn> columns, Locale locale,
            String errorHeader, Consumer<Consumer<SheetRow>> rows, IntFunction<String> errorsOfRow) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet(sheetName);
            writeHeader(wb, sheet, columns, locale, errorHeader);
            CellStyle red = wb.createCellStyle();
            Font font = wb.createFont();
            font.setColor(IndexedColors.RED.getIndex());
            red.setFont(font);
            int[] next = {1};
            rows.accept(row -> {
                Row line = sheet.createRow(next[0]++);
                for (int c = 0; c < columns.size(); c++) {
                    line.createCell(c).setCellValue(row.cell(c));
                }
                String errors = errorsOfRow.apply(row.rowNumber());
                if (errors != null && !errors.isEmpty()) {
                    var cell = line.createCell(columns.size());
                    cell.setCellValue(errors);
                    cell.setCellStyle(red);
                }
            });
            wb.write(out);
            wb.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain table (exports of list pages): a bold header row, then the rows the producer hands over. */
    public static void table(OutputStream out, String sheetName, List<String> headers,
            Consumer<Consumer<List<String>>> producer) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet(sheetName);
            List<SheetColumn> columns = headers.stream()
                    .map(h -> new SheetColumn(h, h, h, null, false, List.of())).toList();
            writeHeader(wb, sheet, columns, null, null);
            int[] next = {1};
            producer.accept(cells -> {
                Row row = sheet.createRow(next[0]++);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c) == null ? "" : cells.get(c));
                }
            });
            wb.write(out);
            wb.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeHeader(Workbook wb, Sheet sheet, List<SheetColumn> columns, Locale locale,
            String extraHeader) {
        CellStyle style = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Row header = sheet.createRow(0);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        boolean zh = locale == null || "zh".equals(locale.getLanguage());
        for (int c = 0; c < columns.size(); c++) {
            SheetColumn col = columns.get(c);
            var cell = header.createCell(c);
            cell.setCellValue((zh ? col.headerZh() : col.headerEn()) + (col.required() ? "*" : ""));
            cell.setCellStyle(style);
            sheet.setColumnWidth(c, 20 * 256);
            if (col.note() != null && !col.note().isBlank()) {
                ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
                anchor.setCol1(c);
                anchor.setCol2(c + 3);
                anchor.setRow1(0);
                anchor.setRow2(4);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(wb.getCreationHelper().createRichTextString(col.note()));
                cell.setCellComment(comment);
            }
        }
        if (extraHeader != null) {
            var cell = header.createCell(columns.size());
            cell.setCellValue(extraHeader);
            cell.setCellStyle(style);
            sheet.setColumnWidth(columns.size(), 60 * 256);
        }
    }
}
