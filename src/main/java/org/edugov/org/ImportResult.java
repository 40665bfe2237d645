package org.edugov.org;

import java.util.List;

/** Outcome of an all-or-nothing import: either units were created, or nothing was and errors say why. */
public record ImportResult(int created, List<ImportError> errors) {

    public ImportResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
