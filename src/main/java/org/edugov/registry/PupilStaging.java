package org.edugov.registry;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.edugov.shared.CopyFormat;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Buffers validated rows and COPYs them into the transaction's temporary staging table in chunks, so a
 * million-row file never sits in memory.
 */
final class PupilStaging {

    static final String CREATE = """
            CREATE TEMP TABLE pupil_stage (
                row_no int, school_id bigint, county_code text, name text, id_type text, id_number text,
                no_id_reason text, student_no text, sex text, birth_date date, ethnicity text, grade text,
                class_name text, entered_on date, hukou_address text, hukou_type text, migrant boolean,
                left_behind boolean, disability text, disability_grade text, placement text
            ) ON COMMIT DROP""";

    private static final String COPY = "COPY pupil_stage FROM STDIN";
    private static final int CHUNK = 10_000;

    private final DataSource dataSource;
    private final StringBuilder buffer = new StringBuilder(CHUNK * 200);
    private int buffered;

    PupilStaging(DataSource dataSource) {
        this.dataSource = dataSource;
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
        if (++buffered == CHUNK) {
            flush();
        }
    }

    void flush() {
        if (buffered == 0) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(COPY, new StringReader(buffer.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY into pupil_stage failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        buffer.setLength(0);
        buffered = 0;
    }
}
