package org.edugov.spreadsheet;

import org.edugov.shared.UserError;

/** The uploaded file as a whole is unusable: wrong type, too large, empty, or not our template. */
public class SpreadsheetException extends UserError {

    public SpreadsheetException(String messageKey, Object... args) {
        super(Kind.INVALID, messageKey, args);
    }
}
