package org.edugov.registry;

import java.nio.file.Path;
import org.edugov.org.CurrentUser;
import org.springframework.context.ApplicationContext;

/** Lets the benchmark drive the package-private import service exactly as the upload page does. */
public final class PupilImportBenchAccess {

    private final PupilImportService service;

    public PupilImportBenchAccess(ApplicationContext app) {
        this.service = app.getBean(PupilImportService.class);
    }

    /** Imports as the installation-wide administrator; fails loudly if any row is refused. */
    public int importFile(Path file) {
        PupilImportJob job = new PupilImportJob("bench", "system", "bench", file);
        service.run(CurrentUser.system(), job);
        if (job.getState() != PupilImportJob.State.SUCCEEDED) {
            throw new IllegalStateException("import refused: " + job.getFailureKey() + " "
                    + job.getErrors().stream().limit(3).toList());
        }
        return job.getCreated();
    }
}
