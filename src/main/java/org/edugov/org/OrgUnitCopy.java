package org.edugov.org;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.edugov.shared.CopyFormat;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Bulk-writes new org units with PostgreSQL COPY on the transaction's own connection, so a province's
 * tens of thousands of schools load in seconds and roll back with everything else on failure.
 */
@Component
class OrgUnitCopy {

    private static final int CHUNK = 5_000;

    private final DataSource dataSource;

    OrgUnitCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void write(List<OrgUnit> units, LocalDate validFrom, String actor) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < units.size(); from += CHUNK) {
                List<OrgUnit> chunk = units.subList(from, Math.min(units.size(), from + CHUNK));
                StringBuilder unitRows = new StringBuilder();
                StringBuilder memberRows = new StringBuilder();
                for (OrgUnit u : chunk) {
                    unitRows.append(u.id()).append('\t').append(u.kind().name()).append('\t').append(CopyFormat.field(u.code()))
                            .append('\t').append(CopyFormat.field(u.name())).append('\t').append(CopyFormat.field(u.schoolType()))
                            .append('\t').append(CopyFormat.field(u.parentId())).append('\t').append(u.path().value())
                            .append('\t').append(CopyFormat.field(u.countyCode())).append('\t').append(CopyFormat.field(actor)).append('\n');
                    memberRows.append(u.id()).append('\t').append(CopyFormat.field(u.parentId())).append('\t')
                            .append(validFrom).append('\n');
                }
                copy.copyIn("COPY org.org_unit (id, kind, code, name, school_type, parent_id, path, county_code, "
                        + "created_by) FROM STDIN", new StringReader(unitRows.toString()));
                copy.copyIn("COPY org.org_membership (unit_id, parent_id, valid_from) FROM STDIN",
                        new StringReader(memberRows.toString()));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY of org units failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
