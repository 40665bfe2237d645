package org.edugov.shared;

import java.util.Arrays;

/**
 * A request the system refuses for a reason the user can fix or must be told, carrying a message key
 * (translated by the web layer) instead of text, so that every refusal reaches people in their language.
 */
public class UserError extends RuntimeException {

    /** The kind of refusal; the web layer maps it to an HTTP status. */
    public enum Kind {
        INVALID(400), NOT_FOUND(404), FORBIDDEN(403), CONFLICT(409);

        private final int httpStatus;

        Kind(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    /** Request attribute through which filters hand a message key to the error page. */
    public static final String MESSAGE_KEY_ATTRIBUTE = "org.edugov.error.messageKey";

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] args;

    public UserError(Kind kind, String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public static UserError invalid(String messageKey, Object... args) {
        return new UserError(Kind.INVALID, messageKey, args);
    }

    /** Also used for records outside the user's scope, so that their existence is not revealed. */
    public static UserError notFound(String messageKey, Object... args) {
        return new UserError(Kind.NOT_FOUND, messageKey, args);
    }

    public static UserError forbidden(String messageKey, Object... args) {
        return new UserError(Kind.FORBIDDEN, messageKey, args);
    }

    public static UserError conflict(String messageKey, Object... args) {
        return new UserError(Kind.CONFLICT, messageKey, args);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
