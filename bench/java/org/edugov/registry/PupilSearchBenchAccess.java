package org.edugov.registry;

import org.edugov.shared.DataScope;
import org.springframework.context.ApplicationContext;

/** Lets the benchmark call the pupil list's own query, as the list page does. */
public final class PupilSearchBenchAccess {

    private final PupilQueries queries;

    public PupilSearchBenchAccess(ApplicationContext app) {
        this.queries = app.getBean(PupilQueries.class);
    }

    /** One page of the list for a scope and the usual filters; returns the number of rows. */
    public int search(DataScope scope, String name, String studentNo, String idNumber, String grade, String status,
            int page) {
        return queries.search(scope, null, new PupilFilter(null, name, studentNo, idNumber, grade, status, null, null,
                null, null, null, page)).size();
    }
}
