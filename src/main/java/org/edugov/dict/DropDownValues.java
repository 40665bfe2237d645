package org.edugov.dict;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "code label" form used in Excel drop-downs ("01 汉族"), and the clean-up of cell text typed or
 * pasted by users. Kept free of Spring so the parsing rules can be tested on their own.
 */
final class DropDownValues {

    /** Excel pastes bring non-breaking and ideographic spaces, which {@link String#strip()} misses or keeps inside. */
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000]+");

    /**
     * A code (letters, digits, underscore, like all our codes) then an optional separator then the
     * label: "01 汉族", "01-汉族", "01－汉族", "01：汉族", "01汉族". The code is matched possessively so
     * that a bare code like "01" is not split into "0" and "1"; any other wrong split is harmless
     * because callers only accept it when code and label name the same entry.
     */
    private static final Pattern CODE_LABEL =
            Pattern.compile("^([A-Za-z0-9_]++) ?(?:[-－–—:：、.．] ?)?(\\S.*)$");

    private DropDownValues() {
    }

    record CodeAndLabel(String code, String label) {
    }

    /** Trims and collapses all kinds of blanks to one ASCII space; {@code null} stays {@code null}. */
    static String normalize(String raw) {
        return raw == null ? null : BLANKS.matcher(raw).replaceAll(" ").strip();
    }

    /** Splits a normalized "code label" value, or empty if it does not have that shape. */
    static Optional<CodeAndLabel> split(String normalized) {
        if (normalized == null) {
            return Optional.empty();
        }
        Matcher m = CODE_LABEL.matcher(normalized);
        return m.matches() ? Optional.of(new CodeAndLabel(m.group(1), m.group(2).strip())) : Optional.empty();
    }

    /** The form written into Excel templates; always Chinese because the templates are. */
    static String format(DictItem item) {
        return item.code() + " " + item.labelZh();
    }
}
