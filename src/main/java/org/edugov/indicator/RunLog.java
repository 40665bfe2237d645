package org.edugov.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The run table, written in transactions of its own so progress shows while the run's transaction is open. */
@Repository
class RunLog {

    private final JdbcClient jdbc;

    RunLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    long start(String kind, int year, LocalDate asOf, int steps, String actor) {
        return jdbc.sql("""
                INSERT INTO indicator.run (kind, school_year, as_of, state, steps_total, started_by)
                VALUES (:kind, :year, :asOf, 'RUNNING', :steps, :actor) RETURNING id""")
                .param("kind", kind).param("year", year).param("asOf", asOf).param("steps", steps)
                .param("actor", actor).query(Long.class).single();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void step(long id, String step) {
        jdbc.sql("UPDATE indicator.run SET step = :step, steps_done = steps_done + 1 WHERE id = :id")
                .param("step", step).param("id", id).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void finish(long id, int schools) {
        jdbc.sql("""
                UPDATE indicator.run SET state = 'DONE', steps_done = steps_total, schools = :schools, step = NULL,
                       finished_at = now() WHERE id = :id""").param("schools", schools).param("id", id).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void fail(long id, String error) {
        jdbc.sql("UPDATE indicator.run SET state = 'FAILED', error = :error, finished_at = now() WHERE id = :id")
                .param("error", error).param("id", id).update();
    }

    Optional<Run> find(long id) {
        return jdbc.sql("SELECT * FROM indicator.run WHERE id = :id").param("id", id).query(RunLog::map).optional();
    }

    List<Run> recent(int limit) {
        return jdbc.sql("SELECT * FROM indicator.run ORDER BY id DESC LIMIT :limit").param("limit", limit)
                .query(RunLog::map).list();
    }

    /** The reference date of the last completed full run of a year: incremental runs keep to it. */
    Optional<LocalDate> lastFullAsOf(int year) {
        return jdbc.sql("""
                SELECT as_of FROM indicator.run WHERE kind = 'FULL' AND state = 'DONE' AND school_year = :year
                 ORDER BY id DESC LIMIT 1""").param("year", year).query(LocalDate.class).optional();
    }

    private static Run map(ResultSet rs, int row) throws SQLException {
        java.time.OffsetDateTime finished = rs.getObject("finished_at", java.time.OffsetDateTime.class);
        return new Run(rs.getLong("id"), rs.getString("kind"), rs.getInt("school_year"),
                rs.getObject("as_of", LocalDate.class), rs.getString("state"), rs.getString("step"),
                rs.getInt("steps_done"), rs.getInt("steps_total"), (Integer) rs.getObject("schools"),
                rs.getString("started_by"), rs.getObject("started_at", java.time.OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(), rs.getString("error"));
    }
}
