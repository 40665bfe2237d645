package org.edugov.registry;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running or finished pupil import. It belongs to the session that started it (owner and session id);
 * the progress page reads its counters while the import thread updates them.
 */
final class PupilImportJob {

    enum State { RUNNING, SUCCEEDED, FAILED }

    /** What a running import is doing, shown on the progress page. */
    enum Phase { READING, CHECKING, WRITING }

    final String id;
    final String owner;
    final String session;
    final Path file;
    final Instant started = Instant.now();
    final AtomicInteger rowsRead = new AtomicInteger();
    final AtomicInteger errorCount = new AtomicInteger();
    volatile int created;
    private volatile State state = State.RUNNING;
    private volatile Phase phase = Phase.READING;
    private volatile List<RowError> errors = List.of();
    private volatile String failureKey;
    private volatile Object[] failureArgs = new Object[0];

    PupilImportJob(String id, String owner, String session, Path file) {
        this.id = id;
        this.owner = owner;
        this.session = session;
        this.file = file;
    }

    void phase(Phase next) {
        phase = next;
    }

    void succeeded(int createdRows) {
        created = createdRows;
        state = State.SUCCEEDED;
    }

    void failed(List<RowError> rowErrors, int totalErrors) {
        created = 0;
        errors = List.copyOf(rowErrors);
        errorCount.set(totalErrors);
        state = State.FAILED;
    }

    void failedWhole(String messageKey, Object... args) {
        created = 0;
        failureKey = messageKey;
        failureArgs = args.clone();
        state = State.FAILED;
    }

    boolean belongsTo(String username, String sessionId) {
        return owner.equals(username) && session.equals(sessionId);
    }

    public String getId() {
        return id;
    }

    public State getState() {
        return state;
    }

    public Phase getPhase() {
        return phase;
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

    public Object[] getFailureArgs() {
        return failureArgs.clone();
    }
}
