package org.edugov.registry;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import org.edugov.shared.CopyFormat;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one COPY statement, collected in a buffer and sent when the caller flushes, so that a parent
 * table's chunk can be written before the chunk of rows referring to it.
 */
final class CopyRows {

    private final CopyManager copy;
    private final String sql;
    private final StringBuilder buffer = new StringBuilder(1 << 20);
    private long written;

    CopyRows(CopyManager copy, String sql) {
        this.copy = copy;
        this.sql = sql;
    }

    void add(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            buffer.append(CopyFormat.field(values[i]));
        }
        buffer.append('\n');
    }

    /** Sends the buffered rows; returns how many rows this writer has sent in total. */
    long flush() {
        if (!buffer.isEmpty()) {
            try {
                written += copy.copyIn(sql, new StringReader(buffer.toString()));
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("COPY failed: " + sql, e);
            }
            buffer.setLength(0);
        }
        return written;
    }
}
