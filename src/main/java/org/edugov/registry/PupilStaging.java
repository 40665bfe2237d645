package org.edugov.registry;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.edugov.shared.CopyFormat;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Streams validated rows into the transaction's temporary staging table through one COPY that stays open
 * while the file is read: PostgreSQL stores rows while Java parses the next ones (two cores, both busy),
 * and only a small buffer sits in memory. Nothing else may use the connection until {@link #finish()} or
 * {@link #abort()}.
 */
final class PupilStaging implements AutoCloseable {

    static final String CREATE = """
            CREATE TEMP TABLE pupil_stage (
                row_no int, school_id bigint, county_code text, name text, id_type text, id_number text,
                no_id_reason text, student_no text, sex text, birth_date date, ethnicity text, grade text,
                class_name text, entered_on date, hukou_address text, hukou_type text, migrant boolean,
                left_behind boolean, disability text, disability_grade text, placement text
            ) ON COMMIT DROP""";

    private static final String COPY = "COPY pupil_stage FROM STDIN";
    private static final int SEND_AT = 1 << 16;

    private final DataSource dataSource;
    private final Connection connection;
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(SEND_AT + 4096);
    private boolean open = true;

    PupilStaging(DataSource dataSource) {
        this.dataSource = dataSource;
        this.connection = DataSourceUtils.getConnection(dataSource);
        try {
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw new IllegalStateException("COPY into pupil_stage could not start", e);
        }
    }

    void add(PupilDraft d) {
        Object[] values = {d.rowNumber(), d.schoolId(), d.countyCode(), d.name(), d.idType(), d.idNumber(),
            d.noIdReason(), d.studentNo(), d.sex(), d.birthDate(), d.ethnicity(), d.grade(), d.className(),
            d.enteredOn(), d.hukouAddress(), d.hukouType(), d.migrant(), d.leftBehind(), d.disability(),
            d.disabilityGrade(), d.placement()};
        for (int i = 0; i < values.length; i++) {
            buffer.append(i == 0 ? "" : "\t").append(CopyFormat.field(values[i]));
        }
        buffer.append('\n');
        if (buffer.length() >= SEND_AT) {
            send();
        }
    }

    /** Sends the rest and ends the COPY; the staging table is then complete. */
    void finish() {
        send();
        try {
            copy.endCopy();
            open = false;
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into pupil_stage failed", e);
        }
    }

    /** Ends the COPY without storing anything, so the connection can roll back. */
    void abort() {
        if (open) {
            open = false;
            try {
                copy.cancelCopy();
            } catch (SQLException ignored) {
                // the transaction is rolled back anyway
            }
        }
    }

    @Override
    public void close() {
        abort();
        DataSourceUtils.releaseConnection(connection, dataSource);
    }

    private void send() {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into pupil_stage failed", e);
        }
    }
}
