package org.edugov.spreadsheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams a CSV file (RFC 4180: comma separated, fields in double quotes may hold commas, quotes doubled
 * and line breaks). The encoding is detected: UTF-8 (with or without BOM) when the first 64 KiB decode
 * strictly as UTF-8, otherwise GB18030, a superset of the GBK that Excel writes on Chinese Windows. Both
 * decoders are strict, so a file in neither encoding is refused instead of imported as mojibake.
 */
final class CsvReader {

    private static final int PROBE = 64 * 1024;
    /** Excel's own limit for one cell; a longer field means an unclosed quote swallowing the file. */
    static final int MAX_CELL = 32_767;
    static final Charset GB18030 = Charset.forName("GB18030");

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;

    private CsvReader(Reader in) {
        this.in = in;
    }

    static int read(InputStream raw, List<SheetColumn> columns, int maxRows, Consumer<SheetRow> rows) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, PROBE);
            Charset charset = detect(in);
            if (charset == StandardCharsets.UTF_8) {
                skipBom(in);
            }
            Reader reader = new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            return new CsvReader(reader).parse(columns, maxRows, rows);
        } catch (CharacterCodingException e) {
            throw new SpreadsheetException("import.file.encoding");
        } catch (IOException e) {
            throw new SpreadsheetException("import.file.unreadable");
        }
    }

    static Charset detect(BufferedInputStream in) throws IOException {
        in.mark(PROBE);
        byte[] head = in.readNBytes(PROBE);
        in.reset();
        int length = head.length;
        // a multi-byte character cut at the probe's end must not count as invalid UTF-8
        while (length > 0 && length > head.length - 4 && (head[length - 1] & 0xC0) == 0x80) {
            length--;
        }
        if (length > 0 && (head[length - 1] & 0xC0) == 0xC0) {
            length--;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, length));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return GB18030;
        }
    }

    private static void skipBom(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }

    private int parse(List<SheetColumn> columns, int maxRows, Consumer<SheetRow> rows) throws IOException {
        List<String> header = record(1);
        if (header == null) {
            throw new SpreadsheetException("import.file.empty");
        }
        for (int i = 0; i < columns.size(); i++) {
            String h = i < header.size() ? header.get(i) : "";
            if (!columns.get(i).matchesHeader(h)) {
                throw new SpreadsheetException("import.file.header", i + 1, columns.get(i).headerZh(), h,
                        columns.get(i).headerEn());
            }
        }
        int line = 1;
        int count = 0;
        for (List<String> cells = record(line + 1); cells != null; cells = record(line + 1)) {
            line++;
            List<String> trimmed = new ArrayList<>(columns.size());
            boolean empty = true;
            for (int i = 0; i < columns.size(); i++) {
                String v = i < cells.size() ? cells.get(i).strip() : "";
                empty &= v.isEmpty();
                trimmed.add(v);
            }
            if (empty) {
                continue;
            }
            if (++count > maxRows) {
                throw new SpreadsheetException("import.file.tooManyRows", maxRows);
            }
            rows.accept(new SheetRow(line, trimmed));
        }
        return count;
    }

    /** One record, or null at the end of the input; quoted fields may contain separators and line breaks. */
    List<String> record(int rowNumber) throws IOException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = next()) != -1) {
            any = true;
            if (quoted) {
                if (c != '"') {
                    cell.append((char) c);
                } else if (peek() == '"') {
                    next();
                    cell.append('"');
                } else {
                    quoted = false;
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                break;
            } else if (c != '\r') {
                cell.append((char) c);
            }
            if (cell.length() > MAX_CELL) {
                throw new SpreadsheetException("import.file.csvCellTooLong", rowNumber, MAX_CELL);
            }
        }
        if (!any) {
            return null;
        }
        cells.add(cell.toString());
        return cells;
    }

    private int next() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
