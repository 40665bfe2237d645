package org.edugov.indicator;

import java.time.Instant;
import java.time.LocalDate;

/** One computation of the catalog: full or incremental, with its progress. */
public record Run(long id, String kind, int schoolYear, LocalDate asOf, String state, String step, int stepsDone,
        int stepsTotal, Integer schools, String startedBy, Instant startedAt, Instant finishedAt, String error) {

    public int percent() {
        return stepsTotal == 0 ? 0 : Math.min(100, stepsDone * 100 / stepsTotal);
    }

    public boolean running() {
        return state.equals("RUNNING");
    }
}
