package org.edugov.shared;

/**
 * Masks personal data for display on screens and in exports where the full value is not needed.
 * Works on code points so that rare CJK characters outside the BMP in names count as one character.
 * Null and blank input give an empty string, so templates need no null checks.
 */
public final class Masked {

    private static final int MOBILE_LENGTH = 11;
    private static final int ADDRESS_KEEP = 6;
    // A fixed mask hides how long the rest of the address is.
    private static final String ADDRESS_MASK = "****";

    private Masked() {
    }

    /**
     * Keeps the first 6 (region) and last 4 characters of anything at least 11 long, whether valid or
     * not, so a mistyped number can still be recognised; shorter input keeps only its last 2.
     */
    public static String idNumber(String raw) {
        String s = normalise(raw);
        int length = s.codePointCount(0, s.length());
        return length >= 11 ? keep(s, 6, 4) : keep(s, 0, 2);
    }

    /** Mobile numbers keep carrier prefix and last 4 (138****5678); other numbers the first 3 and last 2. */
    public static String phone(String raw) {
        String s = normalise(raw);
        int length = s.codePointCount(0, s.length());
        if (length == MOBILE_LENGTH && s.charAt(0) == '1') {
            return keep(s, 3, 4);
        }
        // Too short to hide anything between first 3 and last 2: fall back to the last 2 only.
        return length > 5 ? keep(s, 3, 2) : keep(s, 0, 2);
    }

    /** Keeps the first character only (张三 → 张*, 欧阳娜娜 → 欧***, John → J***); one character stays as is. */
    public static String name(String raw) {
        String s = normalise(raw);
        return keep(s, 1, 0);
    }

    /**
     * Keeps the first 6 characters (usually province, city and district) followed by a fixed mask.
     * An address of 6 characters or fewer keeps only its first half, lest it be shown in full.
     */
    public static String address(String raw) {
        String s = normalise(raw);
        if (s.isEmpty()) {
            return "";
        }
        int length = s.codePointCount(0, s.length());
        int kept = length > ADDRESS_KEEP ? ADDRESS_KEEP : length / 2;
        return s.substring(0, s.offsetByCodePoints(0, kept)) + ADDRESS_MASK;
    }

    private static String normalise(String raw) {
        return raw == null ? "" : raw.strip();
    }

    /** Replaces every code point except the first {@code head} and last {@code tail} with '*'. */
    private static String keep(String s, int head, int tail) {
        int[] cps = s.codePoints().toArray();
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            boolean visible = i < head || i >= cps.length - tail;
            out.appendCodePoint(visible ? cps[i] : '*');
        }
        return out.toString();
    }
}
