package org.edugov.registry;

import java.nio.file.Path;
import java.util.List;
import org.edugov.org.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The registry's API for importing a pupil file outside a web request (demo data, scheduled feeds): the
 * same validation and all-or-nothing write as the upload page.
 */
@Component
public class PupilImports {

    /** What an import did: pupils created, or the first errors and how many there were. */
    public record Result(int created, List<RowError> errors, int totalErrors, String failureKey) {

        public boolean ok() {
            return errors.isEmpty() && failureKey == null;
        }
    }

    private final PupilImportService service;

    PupilImports(PupilImportService service) {
        this.service = service;
    }

    public Result importFile(CurrentUser user, Path file) {
        PupilImportJob job = new PupilImportJob("direct", user.username(), "direct", file);
        service.run(user, job);
        return new Result(job.getCreated(), job.getErrors(), job.getErrorCount(), job.getFailureKey());
    }
}
