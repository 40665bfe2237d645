package org.edugov.registry;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A running or finished pupil import, visible only to the user who started it. */
final class PupilImportJob {

    enum State { RUNNING, SUCCEEDED, FAILED }

    final String id;
    final String owner;
    final Path file;
    final Instant started = Instant.now();
    final AtomicInteger rowsRead = new AtomicInteger();
    final AtomicInteger errorCount = new AtomicInteger();
    private volatile State state = State.RUNNING;
    private volatile int created;
    private volatile List<RowError> errors = List.of();
    private volatile String failureKey;

    PupilImportJob(String id, String owner, Path file) {
        this.id = id;
        this.owner = owner;
        this.file = file;
    }

    void succeeded(int createdRows) {
        created = createdRows;
        state = State.SUCCEEDED;
    }

    void failed(List<RowError> rowErrors, int totalErrors) {
        errors = List.copyOf(rowErrors);
        errorCount.set(totalErrors);
        state = State.FAILED;
    }

    void failedWhole(String messageKey) {
        failureKey = messageKey;
        state = State.FAILED;
    }

    public String getId() {
        return id;
    }

    public State getState() {
        return state;
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    public int getRowsRead() {
        return rowsRead.get();
    }

    public int getErrorCount() {
        return errorCount.get();
    }

    public int getCreated() {
        return created;
    }

    public List<RowError> getErrors() {
        return errors;
    }

    public String getFailureKey() {
        return failureKey;
    }
}
