package org.edugov.indicator;

import java.util.Collection;
import java.util.List;
import org.edugov.registry.PupilStatusChanged;
import org.edugov.registry.SchoolRecordsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Marks schools whose registry records changed, in the changing transaction: a rolled-back change leaves no
 * mark, a committed one always does. {@link IndicatorRuns} recomputes the marked schools incrementally.
 */
@Component
class StaleMarks {

    private final JdbcClient jdbc;

    StaleMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PupilStatusChanged event) {
        mark(List.of(event.schoolId()));
    }

    @EventListener
    void on(SchoolRecordsChanged event) {
        mark(event.schoolIds());
    }

    void mark(Collection<Long> schools) {
        if (schools.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO indicator.stale_school (school_id, county_code)
                SELECT u.id, u.county_code FROM org.unit_scope u WHERE u.id = ANY(:schools) AND u.county_code IS NOT NULL
                ON CONFLICT (school_id) DO UPDATE SET marked_at = now()""")
                .param("schools", schools.toArray(Long[]::new)).update();
    }

    List<Long> marked() {
        return jdbc.sql("SELECT school_id FROM indicator.stale_school ORDER BY school_id").query(Long.class).list();
    }

    int count() {
        return jdbc.sql("SELECT count(*) FROM indicator.stale_school").query(Integer.class).single();
    }

    /** Clears the marks a refresh has covered: those set before it read the registry. */
    void clear(Collection<Long> schools, java.time.OffsetDateTime before) {
        jdbc.sql("DELETE FROM indicator.stale_school WHERE school_id = ANY(:schools) AND marked_at <= :before")
                .param("schools", schools.toArray(Long[]::new)).param("before", before).update();
    }

    void clearAll(java.time.OffsetDateTime before) {
        jdbc.sql("DELETE FROM indicator.stale_school WHERE marked_at <= :before").param("before", before).update();
    }
}
