package org.edugov.shared;

/**
 * Why a string is not a resident identity number. Carries a {@link Reason} rather than a sentence so
 * the UI layer can word it per locale; the raw input is kept for echoing back into the form.
 */
public class IdNumberException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The first rule the input broke, in the order they are checked. */
    public enum Reason {
        BLANK,
        LENGTH,
        CHARACTERS,
        REGION,
        BIRTH_DATE,
        CHECK_DIGIT
    }

    private final Reason reason;
    private final String raw;

    public IdNumberException(Reason reason, String raw) {
        // The message ends up in logs, so it carries only the masked input.
        super(reason + ": " + Masked.idNumber(raw));
        this.reason = reason;
        this.raw = raw;
    }

    public Reason reason() {
        return reason;
    }

    /** The input as given, unmasked: for redisplay to its owner, never for logging. */
    public String raw() {
        return raw;
    }
}
