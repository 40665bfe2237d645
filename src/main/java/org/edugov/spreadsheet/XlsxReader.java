package org.edugov.spreadsheet;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.enums.CellExtraTypeEnum;
import cn.idev.excel.event.AnalysisEventListener;
import cn.idev.excel.exception.ExcelAnalysisStopException;
import cn.idev.excel.metadata.Cell;
import cn.idev.excel.metadata.CellExtra;
import cn.idev.excel.metadata.data.ReadCellData;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams the first sheet of an .xlsx file with FastExcel. Besides the header check it refuses two things
 * that look fine in Excel but lose data on import: formula cells (the file holds the formula and at best a
 * cached result, which is missing when a program wrote the file and stale when links changed) and merged
 * cells (only the top-left cell of a merge has a value, the others read as empty). FastExcel reports both,
 * formulas per cell and merges once it reaches the end of the sheet, so no second pass is needed.
 */
final class XlsxReader {

    private XlsxReader() {
    }

    static int read(InputStream in, List<SheetColumn> columns, int maxRows, Consumer<SheetRow> rows) {
        RowListener listener = new RowListener(columns, maxRows, rows);
        try {
            FastExcel.read(in, listener).extraRead(CellExtraTypeEnum.MERGE).sheet(0).headRowNumber(1).doRead();
        } catch (SpreadsheetException e) {
            throw e;
        } catch (ExcelAnalysisStopException stop) {
            // the listener stopped early on purpose
        } catch (RuntimeException e) {
            throw translate(e);
        }
        if (!listener.headerSeen) {
            throw new SpreadsheetException("import.file.empty");
        }
        return listener.count;
    }

    /**
     * POI's ZipSecureFile refuses archives that inflate to more than 100 times their size ("zip bombs");
     * the refusal arrives as an IOException deep in the cause chain and deserves its own message.
     */
    private static SpreadsheetException translate(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SpreadsheetException se) {
                return se;
            }
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return new SpreadsheetException("import.file.zipBomb");
            }
        }
        return new SpreadsheetException("import.file.unreadable");
    }

    /** "D" for the fourth column, as Excel labels it. */
    static String columnLetter(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            s.insert(0, (char) ('A' + i % 26));
        }
        return s.toString();
    }

    private static final class RowListener extends AnalysisEventListener<Map<Integer, String>> {

        private final List<SheetColumn> columns;
        private final int maxRows;
        private final Consumer<SheetRow> rows;
        private boolean headerSeen;
        private int count;

        RowListener(List<SheetColumn> columns, int maxRows, Consumer<SheetRow> rows) {
            this.columns = columns;
            this.maxRows = maxRows;
            this.rows = rows;
        }

        @Override
        public void invokeHeadMap(Map<Integer, String> head, AnalysisContext context) {
            headerSeen = true;
            for (int i = 0; i < columns.size(); i++) {
                if (!columns.get(i).matchesHeader(head.get(i))) {
                    throw new SpreadsheetException("import.file.header", i + 1, columns.get(i).headerZh(),
                            head.getOrDefault(i, ""), columns.get(i).headerEn());
                }
            }
        }

        @Override
        public void invoke(Map<Integer, String> data, AnalysisContext context) {
            int rowNumber = context.readRowHolder().getRowIndex() + 1;
            refuseFormulas(context.readRowHolder().getCellMap(), rowNumber);
            List<String> cells = new ArrayList<>(columns.size());
            boolean empty = true;
            for (int i = 0; i < columns.size(); i++) {
                String v = data.get(i);
                String text = v == null ? "" : v.strip();
                empty &= text.isEmpty();
                cells.add(text);
            }
            if (empty) {
                return;
            }
            if (++count > maxRows) {
                throw new SpreadsheetException("import.file.tooManyRows", maxRows);
            }
            rows.accept(new SheetRow(rowNumber, cells));
        }

        private void refuseFormulas(Map<Integer, Cell> cells, int rowNumber) {
            for (Map.Entry<Integer, Cell> cell : cells.entrySet()) {
                int c = cell.getKey();
                if (c < columns.size() && cell.getValue() instanceof ReadCellData<?> data
                        && data.getFormulaData() != null) {
                    throw new SpreadsheetException("import.file.formula", rowNumber, columnLetter(c),
                            columns.get(c).headerZh(), columns.get(c).headerEn());
                }
            }
        }

        @Override
        public void extra(CellExtra extra, AnalysisContext context) {
            if (extra.getType() == CellExtraTypeEnum.MERGE) {
                int c = extra.getFirstColumnIndex();
                String zh = c < columns.size() ? columns.get(c).headerZh() : "";
                String en = c < columns.size() ? columns.get(c).headerEn() : "";
                throw new SpreadsheetException("import.file.merged", extra.getFirstRowIndex() + 1, columnLetter(c),
                        columnLetter(extra.getLastColumnIndex()) + (extra.getLastRowIndex() + 1), zh, en);
            }
        }

        @Override
        public void doAfterAllAnalysed(AnalysisContext context) {
            // nothing buffered: rows were handed over as they came
        }
    }
}
