package org.edugov.registry;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Set-based checks over the staging table: the same person twice in the file, or a person who already has
 * a live record (one person, one record). Each query returns at most the errors there is room to list,
 * with the full count. The message never names the other school, which may lie outside the importer's
 * scope.
 */
final class PupilImportChecks {

    private PupilImportChecks() {
    }

    /**
     * Later rows repeating an ID number or a student number of an earlier row. Grouping hashes the keys
     * (no sort, no collation), and the join back to the rows is skipped when no key repeats.
     */
    static void inFile(JdbcClient jdbc, ImportErrors errors) {
        collect(jdbc, errors, "idNumber", "pupil.import.id.duplicateInFile", """
                SELECT s.row_no, d.first_row, count(*) OVER ()
                  FROM (SELECT id_type, id_number, min(row_no) AS first_row FROM pupil_stage
                         WHERE id_number IS NOT NULL GROUP BY id_type, id_number HAVING count(*) > 1) d
                  JOIN pupil_stage s ON s.id_type = d.id_type AND s.id_number = d.id_number
                 WHERE s.row_no <> d.first_row ORDER BY s.row_no LIMIT :room""");
        collect(jdbc, errors, "studentNo", "pupil.import.studentNo.duplicateInFile", """
                SELECT s.row_no, d.first_row, count(*) OVER ()
                  FROM (SELECT student_no, min(row_no) AS first_row FROM pupil_stage
                         GROUP BY student_no HAVING count(*) > 1) d
                  JOIN pupil_stage s ON s.student_no = d.student_no
                 WHERE s.row_no <> d.first_row ORDER BY s.row_no LIMIT :room""");
    }

    /**
     * Rows whose person or student number already has a live record. Run while holding the schools' import
     * locks, so that a concurrent import into the same school is seen once it has committed.
     */
    static void againstRegistry(JdbcClient jdbc, ImportErrors errors) {
        collect(jdbc, errors, "idNumber", "pupil.import.id.exists", """
                SELECT s.row_no, NULL, count(*) OVER () FROM pupil_stage s
                 WHERE s.id_number IS NOT NULL AND EXISTS (
                       SELECT 1 FROM registry.pupil p
                        WHERE p.id_type = s.id_type AND p.id_number = s.id_number AND NOT p.voided)
                 ORDER BY s.row_no LIMIT :room""");
        collect(jdbc, errors, "studentNo", "pupil.import.studentNo.exists", """
                SELECT s.row_no, NULL, count(*) OVER () FROM pupil_stage s
                 WHERE EXISTS (SELECT 1 FROM registry.pupil p WHERE p.student_no = s.student_no AND NOT p.voided)
                 ORDER BY s.row_no LIMIT :room""");
    }

    /** Columns: the row, the earlier row it repeats (or NULL), and how many such rows there are. */
    private static void collect(JdbcClient jdbc, ImportErrors errors, String column, String messageKey, String sql) {
        List<RowError> first = new ArrayList<>();
        int[] count = {0};
        // LIMIT 0 would drop the count with the rows, so ask for one row more than there is room for
        jdbc.sql(sql).param("room", errors.remainingRoom() + 1).query(rs -> {
            count[0] = rs.getInt(3);
            if (first.size() < errors.remainingRoom()) {
                int earlier = rs.getInt(2);
                first.add(new RowError(rs.getInt(1), column, messageKey,
                        rs.wasNull() ? List.of() : List.of(earlier)));
            }
        });
        errors.addCounted(first, count[0]);
    }
}
