package org.edugov.registry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.org.CurrentUser;
import org.edugov.shared.SchoolYear;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The write half of the pupil import: per-school locks, then classes, pupils and ENROL events set-based. */
@Component
class PupilImportWriter {

    /** How many school codes the audit row names; a province-wide file may touch thousands. */
    private static final int AUDITED_CODES = 500;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PupilImportWriter(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Takes a transaction-level advisory lock for every school in the staging table, in id order so two
     * imports cannot deadlock. A second import into the same school waits here until the first has
     * committed, then its duplicate checks see the first one's pupils. The key space (first argument) keeps
     * these locks apart from any other advisory lock.
     */
    List<Long> lockSchools() {
        List<Long> schools = jdbc.sql("SELECT DISTINCT school_id FROM pupil_stage ORDER BY school_id")
                .query(Long.class).list();
        for (Long id : schools) {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('registry.pupil_import'), CAST(:id AS int))")
                    .param("id", id).query().listOfRows();
        }
        return schools;
    }

    /** Writes every staged row; returns how many pupils were created. */
    int write(CurrentUser user, LocalDate today, List<Long> schools, int rowsRead) {
        int year = SchoolYear.containing(today).startYear();
        jdbc.sql("""
                INSERT INTO registry.class (county_code, school_id, school_year, grade, name)
                SELECT DISTINCT ON (school_id, class_name) county_code, school_id, :year, grade, class_name
                  FROM pupil_stage WHERE class_name IS NOT NULL
                 ORDER BY school_id, class_name, grade
                ON CONFLICT (school_id, school_year, name) DO NOTHING""").param("year", year).update();
        int created = jdbc.sql("""
                WITH inserted AS (
                    INSERT INTO registry.pupil (county_code, school_id, class_id, grade, name, id_type, id_number,
                                                no_id_reason, student_no, sex, birth_date, ethnicity, hukou_address,
                                                hukou_type, migrant, left_behind, disability, disability_grade,
                                                disability_placement, entered_on, created_by)
                    SELECT s.county_code, s.school_id, c.id, s.grade, s.name, s.id_type, s.id_number, s.no_id_reason,
                           s.student_no, s.sex, s.birth_date, s.ethnicity, s.hukou_address, s.hukou_type, s.migrant,
                           s.left_behind, s.disability, s.disability_grade, s.placement, s.entered_on, :actor
                      FROM pupil_stage s
                      LEFT JOIN registry.class c
                             ON c.school_id = s.school_id AND c.school_year = :year AND c.name = s.class_name
                    RETURNING id, county_code, school_id, entered_on)
                INSERT INTO registry.pupil_event (pupil_id, county_code, school_id, kind, occurred_on, actor)
                SELECT id, county_code, school_id, 'ENROL', entered_on, :actor FROM inserted""")
                .param("actor", user.username()).param("year", year).update();
        events.publishEvent(new SchoolRecordsChanged(schools));
        auditImport(user, schools, created, rowsRead);
        return created;
    }

    /**
     * One audit row for the whole import, naming the schools and counts rather than each pupil: at a
     * million rows a row per pupil would double the write for no reader, and every pupil row already
     * carries created_by and created_at, and its ENROL event, to trace it back to this import.
     */
    private void auditImport(CurrentUser user, List<Long> schools, int created, int rowsRead) {
        List<String> codes = jdbc.sql("SELECT code FROM org.unit_scope WHERE id IN (:ids) ORDER BY code LIMIT :n")
                .param("ids", schools).param("n", AUDITED_CODES).query(String.class).list();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("rows", rowsRead);
        summary.put("pupils", created);
        summary.put("schools", schools.size());
        summary.put("schoolCodes", String.join(",", codes) + (schools.size() > codes.size() ? ",…" : ""));
        audit.changed(user.actor(), AuditAction.IMPORT, "PupilImport", schools.size() == 1 ? schools.getFirst() : "",
                user.orgUnit() == null ? null : user.orgUnit().path(), FieldChange.created(summary));
    }
}
