package org.edugov.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.edugov.shared.SchoolYear;
import org.edugov.shared.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts and records computations: a full run of the catalog for the current school year (in the background
 * with progress, or synchronously), and the incremental refresh of schools marked stale, every minute.
 * One run at a time, held by a transaction-level advisory lock: full runs wait for it, the minutely refresh
 * skips its turn.
 */
@Service
@Order(1)
public class IndicatorRuns implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndicatorRuns.class);

    private final IndicatorEngine engine;
    private final Catalog catalog;
    private final RunLog runs;
    private final StaleMarks stale;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    IndicatorRuns(IndicatorEngine engine, Catalog catalog, RunLog runs, StaleMarks stale, JdbcClient jdbc,
            PlatformTransactionManager transactions, Clock clock) {
        this.engine = engine;
        this.catalog = catalog;
        this.runs = runs;
        this.stale = stale;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The current school year on its reference date (9月1日): what the demo and a fresh start compute. */
    public Run computeCurrentYear(String actor) {
        SchoolYear year = SchoolYear.containing(LocalDate.now(clock));
        return computeNow(actor, year.startYear(), year.referenceDate());
    }

    /** Runs a previous process left behind (it stopped while they ran) are marked failed. */
    @Override
    public void run(ApplicationArguments args) {
        jdbc.sql("UPDATE indicator.run SET state = 'FAILED', error = 'interrupted', finished_at = now() "
                + "WHERE state = 'RUNNING'").update();
    }

    /** Checks the year and date, records the run and computes it on a background thread. */
    long start(String actor, int year, LocalDate asOf) {
        check(year, asOf);
        if (runs.recent(1).stream().anyMatch(Run::running)) {
            throw UserError.conflict("indicator.run.busy");
        }
        long id = runs.start("FULL", year, asOf, Fact.values().length + 2, actor);
        Thread.ofVirtual().name("indicator-run-" + id).start(() -> execute(id, year, asOf));
        return id;
    }

    Run computeNow(String actor, int year, LocalDate asOf) {
        check(year, asOf);
        long id = runs.start("FULL", year, asOf, Fact.values().length + 2, actor);
        execute(id, year, asOf);
        return runs.find(id).orElseThrow();
    }

    private void execute(long id, int year, LocalDate asOf) {
        long started = System.nanoTime();
        OffsetDateTime before = OffsetDateTime.now(clock);
        try {
            IndicatorEngine.Result result = tx.execute(status -> {
                waitForLock();
                IndicatorEngine.Result r = engine.computeAll(catalog.current(asOf), year, asOf,
                        step -> runs.step(id, step));
                stale.clearAll(before);
                return r;
            });
            runs.finish(id, result.units());
            log.info("Indicator run {} for {} as of {}: {} definitions, {} units, {} parts, {} values in {} ms", id,
                    year, asOf, result.definitions(), result.units(), result.parts(), result.values(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Indicator run {} failed", id, e);
            runs.fail(id, e instanceof UserError u ? u.messageKey() : e.getClass().getSimpleName());
            throw e;
        }
    }

    /**
     * Recomputes the schools marked stale since the last run, against the last full run's reference date. When
     * the school year has no full run yet (a new installation, or the first change after 9月1日), the first mark
     * starts a full run on the year's reference date instead.
     */
    @Scheduled(fixedDelayString = "${edugov.indicators.refresh-interval:PT1M}")
    public void refreshStale() {
        refresh();
    }

    Optional<IndicatorEngine.Result> refresh() {
        int year = SchoolYear.containing(LocalDate.now(clock)).startYear();
        Optional<LocalDate> asOf = runs.lastFullAsOf(year);
        List<Long> schools = stale.marked();
        if (schools.isEmpty()) {
            return Optional.empty();
        }
        if (asOf.isEmpty()) {
            computeNow("system", year, SchoolYear.of(year).referenceDate());
            return Optional.empty();
        }
        OffsetDateTime before = OffsetDateTime.now(clock);
        return Optional.ofNullable(tx.execute(status -> {
            if (!tryLock()) {
                return null;
            }
            IndicatorEngine.Result r = engine.refresh(catalog.current(asOf.get()), year, asOf.get(), schools);
            stale.clear(schools, before);
            return r;
        }));
    }

    private void check(int year, LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        SchoolYear current = SchoolYear.containing(today);
        if (year != current.startYear()) {
            throw UserError.invalid("indicator.run.notCurrentYear", year, current.label());
        }
        if (!SchoolYear.of(year).contains(asOf) || asOf.isAfter(today)) {
            throw UserError.invalid("indicator.run.badDate", asOf, current.label());
        }
    }

    /** Full runs queue behind one another (the page refuses to start a second one while one is running). */
    private void waitForLock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('indicator.run'))").query().listOfRows();
    }

    private boolean tryLock() {
        return Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('indicator.run'))")
                .query(Boolean.class).single());
    }
}
