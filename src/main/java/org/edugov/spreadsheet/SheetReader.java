package org.edugov.spreadsheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one way in for uploaded spreadsheets: recognises the file by its content (not its name), checks its
 * header against the template's columns (Chinese or English headers), and hands every non-empty data row
 * to a consumer without holding the file in memory. .xlsx goes to {@link XlsxReader}, text to
 * {@link CsvReader}; old .xls and binary files are refused with their own messages.
 */
public final class SheetReader {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final int PEEK = 4096;

    private SheetReader() {
    }

    /**
     * Reads all data rows of an .xlsx or a .csv file, recognised by content rather than by name; returns
     * how many rows were handed over.
     */
    public static int readAny(InputStream raw, List<SheetColumn> columns, int maxRows, Consumer<SheetRow> rows) {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        byte[] head = peek(in);
        if (startsWith(head, ZIP) || startsWith(head, OLE2) || head.length == 0) {
            return read(in, columns, maxRows, rows);
        }
        if (!looksLikeText(head)) {
            throw new SpreadsheetException("import.file.notSpreadsheet");
        }
        return CsvReader.read(in, columns, maxRows, rows);
    }

    /** Reads all data rows of an .xlsx file; returns how many were handed over. */
    public static int read(InputStream raw, List<SheetColumn> columns, int maxRows, Consumer<SheetRow> rows) {
        InputStream in = raw instanceof BufferedInputStream ? raw : new BufferedInputStream(raw);
        byte[] head = peek(in);
        if (startsWith(head, OLE2)) {
            throw new SpreadsheetException("import.file.oldExcel");
        }
        if (!startsWith(head, ZIP)) {
            throw new SpreadsheetException(head.length == 0 ? "import.file.empty" : "import.file.notExcel");
        }
        return XlsxReader.read(in, columns, maxRows, rows);
    }

    /**
     * Text in any of the encodings we accept has no NUL bytes and few control characters; images, PDFs,
     * executables and UTF-16 files (which Excel calls "Unicode text") have plenty.
     */
    private static boolean looksLikeText(byte[] head) {
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x1A) {
                control++;
            }
        }
        return control * 100 <= head.length;
    }

    private static byte[] peek(InputStream in) {
        try {
            in.mark(PEEK);
            byte[] head = in.readNBytes(PEEK);
            in.reset();
            return head;
        } catch (IOException e) {
            throw new SpreadsheetException("import.file.unreadable");
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }
}
