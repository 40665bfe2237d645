package org.edugov.spreadsheet;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
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
 * Streams a CSV file (RFC 4180 quoting). The encoding is detected: UTF-8 (with or without BOM) when the
 * first 64 KiB decode strictly as UTF-8, otherwise GB18030, which covers the GBK files Excel writes on
 * Chinese Windows.
 */
final class CsvReader {

    private static final int PROBE = 64 * 1024;
    static final Charset GB18030 = Charset.forName("GB18030");

    private CsvReader() {
    }

    static int read(InputStream raw, List<SheetColumn> columns, int maxRows, Consumer<SheetRow> rows) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, PROBE);
            Charset charset = detect(in);
            Reader reader = new InputStreamReader(in, charset);
            if (charset == StandardCharsets.UTF_8) {
                in.mark(3);
                byte[] bom = in.readNBytes(3);
                if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
                    in.reset();
                }
                reader = new InputStreamReader(in, charset);
            }
            return parse(reader, columns, maxRows, rows);
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

    private static int parse(Reader reader, List<SheetColumn> columns, int maxRows, Consumer<SheetRow> rows)
            throws IOException {
        Reader in = reader.markSupported() ? reader : new BufferedReader(reader, 1 << 16);
        List<String> header = record(in);
        if (header == null) {
            throw new SpreadsheetException("import.file.empty");
        }
        for (int i = 0; i < columns.size(); i++) {
            String h = i < header.size() ? header.get(i) : "";
            if (!columns.get(i).matchesHeader(h)) {
                throw new SpreadsheetException("import.file.header", i + 1, columns.get(i).headerZh(), h);
            }
        }
        int line = 1;
        int count = 0;
        for (List<String> cells = record(in); cells != null; cells = record(in)) {
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
    static List<String> record(Reader in) throws IOException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    cell.append((char) c);
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
        }
        if (!any) {
            return null;
        }
        cells.add(cell.toString());
        return cells;
    }
}
