package org.edugov.registry;

import java.util.List;

/** One problem in an uploaded row: the Excel row number, the column key and a message key with arguments. */
public record RowError(int rowNumber, String column, String messageKey, List<Object> args) {

    public RowError {
        args = List.copyOf(args);
    }
}
