package org.edugov.spreadsheet;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;
import cn.idev.excel.exception.ExcelAnalysisStopException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams the first sheet of an .xlsx file: checks the file really is .xlsx, that its header matches the
 * template's columns (Chinese or English headers), and hands every non-empty data row to a consumer
 * without holding the workbook in memory.
 */
public final class SheetReader {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private SheetReader() {
    }

    /**
     * Reads all data rows of an .xlsx or a .csv file, recognised by content rather than by name; returns
     * how many rows were handed over.
     */
    public static int readAny(InputStream raw, List<SheetColumn> columns, int maxRows, Consumer<SheetRow> rows) {
        InputStream in = new BufferedInputStream(raw);
        byte[] head = peek(in, 4096);
        if (startsWith(head, ZIP) || startsWith(head, OLE2) || head.length == 0) {
            return read(in, columns, maxRows, rows);
        }
        for (byte b : head) {
            if (b == 0) {
                throw new SpreadsheetException("import.file.notSpreadsheet");
            }
        }
        return CsvReader.read(in, columns, maxRows, rows);
    }

    /** Reads all data rows of an .xlsx file; returns how many were handed over. */
    public static int read(InputStream raw, List<SheetColumn> columns, int maxRows, Consumer<SheetRow> rows) {
        InputStream in = raw instanceof BufferedInputStream ? raw : new BufferedInputStream(raw);
        checkType(in);
        RowListener listener = new RowListener(columns, maxRows, rows);
        try {
            FastExcel.read(in, listener).sheet(0).headRowNumber(1).doRead();
        } catch (SpreadsheetException e) {
            throw e;
        } catch (ExcelAnalysisStopException stop) {
            // the listener stopped early on purpose
        } catch (RuntimeException e) {
            if (e.getCause() instanceof SpreadsheetException se) {
                throw se;
            }
            throw new SpreadsheetException("import.file.unreadable");
        }
        if (!listener.headerSeen) {
            throw new SpreadsheetException("import.file.empty");
        }
        return listener.count;
    }

    private static byte[] peek(InputStream in, int n) {
        try {
            in.mark(n);
            byte[] head = in.readNBytes(n);
            in.reset();
            return head;
        } catch (IOException e) {
            throw new SpreadsheetException("import.file.unreadable");
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }

    private static void checkType(InputStream in) {
        try {
            in.mark(8);
            byte[] head = in.readNBytes(4);
            in.reset();
            if (Arrays.equals(head, OLE2)) {
                throw new SpreadsheetException("import.file.oldExcel");
            }
            if (!Arrays.equals(head, ZIP)) {
                throw new SpreadsheetException(head.length == 0 ? "import.file.empty" : "import.file.notExcel");
            }
        } catch (IOException e) {
            throw new SpreadsheetException("import.file.unreadable");
        }
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
                            head.getOrDefault(i, ""));
                }
            }
        }

        @Override
        public void invoke(Map<Integer, String> data, AnalysisContext context) {
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
            rows.accept(new SheetRow(context.readRowHolder().getRowIndex() + 1, cells));
        }

        @Override
        public void doAfterAllAnalysed(AnalysisContext context) {
            // nothing buffered: rows were handed over as they came
        }
    }
}
