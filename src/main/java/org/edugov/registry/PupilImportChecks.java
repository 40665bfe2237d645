package org.edugov.registry;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Set-based checks over the staging table: the same person twice in the file, or a person who already has
 * a live record. The message never names the other school, which may lie outside the importer's scope.
 */
final class PupilImportChecks {

    private PupilImportChecks() {
    }

    static List<RowError> duplicates(JdbcClient jdbc) {
        List<RowError> errors = new ArrayList<>();
        jdbc.sql("""
                SELECT row_no, first_row FROM (
                    SELECT row_no, min(row_no) OVER (PARTITION BY id_type, id_number) AS first_row
                      FROM pupil_stage WHERE id_number IS NOT NULL) d
                 WHERE row_no <> first_row""")
                .query((rs, i) -> errors.add(new RowError(rs.getInt(1), "idNumber", "pupil.import.id.duplicateInFile",
                        List.of(rs.getInt(2)))))
                .list();
        jdbc.sql("""
                SELECT row_no, first_row FROM (
                    SELECT row_no, min(row_no) OVER (PARTITION BY student_no) AS first_row FROM pupil_stage) d
                 WHERE row_no <> first_row""")
                .query((rs, i) -> errors.add(new RowError(rs.getInt(1), "studentNo",
                        "pupil.import.studentNo.duplicateInFile", List.of(rs.getInt(2)))))
                .list();
        jdbc.sql("""
                SELECT s.row_no FROM pupil_stage s
                 WHERE s.id_number IS NOT NULL AND EXISTS (
                       SELECT 1 FROM registry.pupil p
                        WHERE p.id_type = s.id_type AND p.id_number = s.id_number AND NOT p.voided)""")
                .query((rs, i) -> errors.add(new RowError(rs.getInt(1), "idNumber", "pupil.import.id.exists",
                        List.of())))
                .list();
        jdbc.sql("""
                SELECT s.row_no FROM pupil_stage s
                 WHERE EXISTS (SELECT 1 FROM registry.pupil p WHERE p.student_no = s.student_no AND NOT p.voided)""")
                .query((rs, i) -> errors.add(new RowError(rs.getInt(1), "studentNo", "pupil.import.studentNo.exists",
                        List.of())))
                .list();
        return errors;
    }
}
