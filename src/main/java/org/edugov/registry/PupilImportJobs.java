package org.edugov.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.edugov.org.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs imports in the background on virtual threads, keeps each job with its uploaded file for two hours
 * (the error workbook re-reads the file), and shows a job only in the session that started it.
 */
@Component
class PupilImportJobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PupilImportJobs.class);
    private static final Duration KEEP = Duration.ofHours(2);

    private final Map<String, PupilImportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final PupilImportService service;

    PupilImportJobs(PupilImportService service) {
        this.service = service;
    }

    PupilImportJob start(CurrentUser user, String sessionId, InputStream upload) {
        forgetOldJobs();
        Path file;
        try {
            file = Files.createTempFile("edugov-pupil-import-", ".upload");
            Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PupilImportJob job = new PupilImportJob(UUID.randomUUID().toString(), user.username(), sessionId, file);
        jobs.put(job.id, job);
        executor.submit(() -> {
            try {
                service.run(user, job);
            } catch (RuntimeException e) {
                log.error("Pupil import {} failed unexpectedly", job.id, e);
                job.failedWhole("error.internal");
            }
            if (job.getState() == PupilImportJob.State.SUCCEEDED) {
                // only a refused file is read again (for the error workbook); personal data leaves the disk
                delete(job.file);
            }
        });
        return job;
    }

    /** The job, if it was started in this session by this user; anyone else is told it does not exist. */
    Optional<PupilImportJob> find(CurrentUser user, String sessionId, String id) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.belongsTo(user.username(), sessionId));
    }

    private void forgetOldJobs() {
        Instant cutoff = Instant.now().minus(KEEP);
        jobs.values().removeIf(job -> {
            if (job.started.isBefore(cutoff) && !job.isRunning()) {
                delete(job.file);
                return true;
            }
            return false;
        });
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        jobs.values().forEach(job -> delete(job.file));
    }
}
