package org.edugov.shared;

/** PostgreSQL COPY text format, shared by every bulk writer so escaping is done one way only. */
public final class CopyFormat {

    private CopyFormat() {
    }

    /** One field: backslash, tab and line breaks escaped; {@code null} as {@code \N}. */
    public static String field(Object value) {
        if (value == null) {
            return "\\N";
        }
        return value.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
