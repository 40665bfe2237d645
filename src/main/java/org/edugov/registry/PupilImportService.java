package org.edugov.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.dict.Dictionaries;
import org.edugov.org.CurrentUser;
import org.edugov.shared.SchoolYear;
import org.edugov.shared.SqlCondition;
import org.edugov.shared.UserError;
import org.edugov.spreadsheet.SheetReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pupil import, all or nothing: one pass over the file validates every row and COPYs the good ones
 * into a temporary staging table; set-based checks then find duplicates inside the file and against the
 * registry; any error rolls the transaction back, otherwise one INSERT … SELECT writes pupils, classes and
 * ENROL events. Only errors are kept in memory.
 */
@Service
class PupilImportService {

    private static final Logger log = LoggerFactory.getLogger(PupilImportService.class);

    static final int MAX_ROWS = 1_100_000;
    static final int MAX_LISTED_ERRORS = 10_000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final Dictionaries dictionaries;
    private final AuditLog audit;
    private final Clock clock;

    PupilImportService(JdbcClient jdbc, DataSource dataSource, TransactionTemplate tx, Dictionaries dictionaries,
            AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = tx;
        this.dictionaries = dictionaries;
        this.audit = audit;
        this.clock = clock;
    }

    void run(CurrentUser user, PupilImportJob job) {
        try {
            Outcome outcome = tx.execute(status -> {
                Outcome o = stageAndWrite(user, job);
                if (!o.errors().isEmpty()) {
                    status.setRollbackOnly();
                }
                return o;
            });
            if (outcome.errors().isEmpty()) {
                job.succeeded(outcome.created());
            } else {
                job.failed(outcome.errors(), outcome.totalErrors());
            }
        } catch (UserError e) {
            job.failedWhole(e.messageKey());
        } catch (DataIntegrityViolationException race) {
            log.warn("Pupil import {} refused by a constraint: {}", job.id, race.getMostSpecificCause().getMessage());
            job.failedWhole("pupil.import.concurrent");
        }
    }

    private record Outcome(int created, List<RowError> errors, int totalErrors) {
    }

    private Outcome stageAndWrite(CurrentUser user, PupilImportJob job) {
        jdbc.sql(PupilStaging.CREATE).update();
        LocalDate today = LocalDate.now(clock);
        Map<String, PupilRowValidator.SchoolRef> schools = schoolsInScope(user);
        PupilRowValidator validator = new PupilRowValidator(dictionaries::codeForLabel,
                code -> Optional.ofNullable(schools.get(code)), today);
        PupilStaging staging = new PupilStaging(dataSource);
        List<RowError> errors = new ArrayList<>();
        int[] total = {0};
        try (InputStream in = Files.newInputStream(job.file)) {
            SheetReader.readAny(in, PupilImportColumns.columns(dictionaries), MAX_ROWS, row -> {
                job.rowsRead.incrementAndGet();
                PupilRowValidator.Result result = validator.validate(row);
                if (result.draft() != null) {
                    staging.add(result.draft());
                } else {
                    total[0] += result.errors().size();
                    job.errorCount.set(total[0]);
                    if (errors.size() < MAX_LISTED_ERRORS) {
                        errors.addAll(result.errors());
                    }
                }
            });
        } catch (IOException e) {
            throw new UserError(UserError.Kind.INVALID, "import.file.unreadable");
        }
        staging.flush();
        if (job.rowsRead.get() == 0) {
            throw UserError.invalid("import.empty");
        }
        List<RowError> duplicates = PupilImportChecks.duplicates(jdbc);
        total[0] += duplicates.size();
        errors.addAll(duplicates.subList(0, Math.min(duplicates.size(), Math.max(0, MAX_LISTED_ERRORS - errors.size()))));
        if (total[0] > 0) {
            errors.sort((a, b) -> Integer.compare(a.rowNumber(), b.rowNumber()));
            return new Outcome(0, errors, total[0]);
        }
        int created = write(user, today);
        return new Outcome(created, List.of(), 0);
    }

    /** Serialises imports per school (advisory locks in a fixed order), then writes everything set-based. */
    private int write(CurrentUser user, LocalDate today) {
        List<Long> schools = jdbc.sql("SELECT DISTINCT school_id FROM pupil_stage ORDER BY school_id")
                .query(Long.class).list();
        schools.forEach(id -> jdbc.sql("SELECT pg_advisory_xact_lock(:id)").param("id", id).query().listOfRows());
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
        Map<String, Object> summary = new HashMap<>();
        summary.put("pupils", created);
        summary.put("schools", schools.size());
        audit.changed(user.actor(), AuditAction.IMPORT, "PupilImport", schools.size() == 1 ? schools.getFirst() : "",
                user.orgUnit() == null ? null : user.orgUnit().path(), FieldChange.created(summary));
        return created;
    }

    /** Schools the user may import into, by code; a county has about a hundred, a province thirty thousand. */
    private Map<String, PupilRowValidator.SchoolRef> schoolsInScope(CurrentUser user) {
        SqlCondition inScope = user.scope().condition("u.path");
        Map<String, PupilRowValidator.SchoolRef> schools = new HashMap<>();
        jdbc.sql("SELECT id, code, county_code, school_type FROM org.unit_scope u "
                        + "WHERE u.kind IN ('SCHOOL', 'TEACHING_POINT') AND u.active AND " + inScope.sql())
                .params(inScope.params())
                .query((rs, i) -> schools.put(rs.getString("code"), new PupilRowValidator.SchoolRef(rs.getLong("id"),
                        rs.getString("county_code"), rs.getString("school_type"))))
                .list();
        return schools;
    }
}
