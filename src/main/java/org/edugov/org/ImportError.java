package org.edugov.org;

import java.util.List;

/** A problem with one cell of an import file: row number as the user sees it, column, message key. */
public record ImportError(int rowNumber, String column, String messageKey, List<Object> args) {

    public ImportError {
        args = List.copyOf(args);
    }
}
