package org.edugov.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.edugov.dict.Dictionaries;
import org.edugov.org.CurrentUser;
import org.edugov.shared.SqlCondition;
import org.edugov.shared.UserError;
import org.edugov.spreadsheet.SheetColumn;
import org.edugov.spreadsheet.SheetReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pupil import, all or nothing, in one transaction: one pass over the file validates every row and
 * streams the good ones into a temporary staging table; set-based checks then find duplicates inside the
 * file and, under per-school locks, against the registry; any error rolls everything back, otherwise
 * {@link PupilImportWriter} writes pupils, classes and ENROL events set-based. Only errors stay in memory,
 * and only the first {@value #MAX_LISTED_ERRORS} of them.
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
    private final PupilImportWriter writer;
    private final Clock clock;

    PupilImportService(JdbcClient jdbc, DataSource dataSource, TransactionTemplate tx, Dictionaries dictionaries,
            PupilImportWriter writer, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = tx;
        this.dictionaries = dictionaries;
        this.writer = writer;
        this.clock = clock;
    }

    void run(CurrentUser user, PupilImportJob job) {
        try {
            ImportErrors errors = tx.execute(status -> {
                ImportErrors found = stageCheckAndWrite(user, job);
                if (!found.isEmpty()) {
                    status.setRollbackOnly();
                }
                return found;
            });
            if (errors.isEmpty()) {
                job.succeeded(job.created);
            } else {
                job.failed(errors.listed(), errors.total());
            }
        } catch (UserError e) {
            job.failedWhole(e.messageKey(), e.args());
        } catch (DataIntegrityViolationException race) {
            // another import (into another school) wrote the same person between our check and our write
            log.warn("Pupil import {} refused by a constraint: {}", job.id, race.getMostSpecificCause().getMessage());
            job.failedWhole("pupil.import.concurrent");
        }
    }

    private ImportErrors stageCheckAndWrite(CurrentUser user, PupilImportJob job) {
        long t0 = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        ImportErrors errors = new ImportErrors(MAX_LISTED_ERRORS);
        // the sorts of the duplicate checks and the final insert fit in memory instead of spilling to disk
        jdbc.sql("SET LOCAL work_mem = '256MB'").update();
        jdbc.sql(PupilStaging.CREATE).update();
        stage(user, job, today, errors);
        if (job.rowsRead.get() == 0) {
            throw UserError.invalid("import.empty");
        }
        long t1 = System.nanoTime();
        job.phase(PupilImportJob.Phase.CHECKING);
        jdbc.sql("ANALYZE pupil_stage").update();
        PupilImportChecks.inFile(jdbc, errors);
        List<Long> schools = writer.lockSchools();
        PupilImportChecks.againstRegistry(jdbc, errors);
        job.errorCount.set(errors.total());
        long t2 = System.nanoTime();
        if (errors.isEmpty()) {
            job.phase(PupilImportJob.Phase.WRITING);
            job.created = writer.write(user, today, schools, job.rowsRead.get());
        }
        log.info("Pupil import {}: {} rows, {} errors; read and staged in {} ms, checked in {} ms, written in {} ms",
                job.id, job.rowsRead.get(), errors.total(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (System.nanoTime() - t2) / 1_000_000);
        return errors;
    }

    /** Reads the file once: every row is validated, good rows go to staging, bad ones to the error list. */
    private void stage(CurrentUser user, PupilImportJob job, LocalDate today, ImportErrors errors) {
        Map<String, PupilRowValidator.SchoolRef> schools = schoolsInScope(user);
        // built (and the dictionaries loaded) before the COPY takes the connection
        List<SheetColumn> columns = PupilImportColumns.columns(dictionaries);
        PupilRowValidator validator = new PupilRowValidator(dictionaries::codeForLabel,
                code -> Optional.ofNullable(schools.get(code)), today);
        try (PupilStaging staging = new PupilStaging(dataSource); InputStream in = Files.newInputStream(job.file)) {
            SheetReader.readAny(in, columns, MAX_ROWS, row -> {
                job.rowsRead.incrementAndGet();
                PupilRowValidator.Result result = validator.validate(PupilImportRow.of(row));
                if (result.draft() != null) {
                    staging.add(result.draft());
                } else {
                    result.errors().forEach(errors::add);
                    job.errorCount.set(errors.total());
                }
            });
            staging.finish();
        } catch (IOException e) {
            throw new UserError(UserError.Kind.INVALID, "import.file.unreadable");
        }
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
