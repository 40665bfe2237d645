package org.edugov.shared;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese school year, 1 September to 31 August, named by the calendar year it starts in. Annual
 * statistics count enrolment on the first day (the 统计时点), so that date is exposed separately even
 * though it equals {@link #start()}: callers should say which of the two they mean.
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    // Four-digit years keep labels and parsing unambiguous; nothing before 1900 is ever reported.
    private static final int MIN_START = 1900;
    private static final int MAX_START = 9998;
    // Hyphen, slash, en dash, em dash (single or doubled as the Chinese 破折号), full-width hyphen.
    private static final Pattern RANGE =
            Pattern.compile("^(\\d{4})\\s*(?:-|/|–|—{1,2}|－)\\s*(\\d{4})\\s*(?:学年)?$");
    private static final Pattern SINGLE = Pattern.compile("^(\\d{4})\\s*学年$");

    public SchoolYear {
        if (startYear < MIN_START || startYear > MAX_START) {
            throw new IllegalArgumentException("School year out of range: " + startYear);
        }
    }

    public static SchoolYear of(int startYear) {
        return new SchoolYear(startYear);
    }

    /** The school year a date falls in: the summer holiday still belongs to the year that is ending. */
    public static SchoolYear containing(LocalDate date) {
        int year = date.getYear();
        return new SchoolYear(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? year : year - 1);
    }

    /**
     * Accepts the spellings found in spreadsheets and circulars: "2025-2026", "2025/2026",
     * "2025—2026", "2025-2026学年" and "2025学年" (which means the year starting in autumn 2025).
     */
    public static SchoolYear parse(String text) {
        String s = text == null ? "" : text.strip();
        Matcher single = SINGLE.matcher(s);
        if (single.matches()) {
            return new SchoolYear(Integer.parseInt(single.group(1)));
        }
        Matcher range = RANGE.matcher(s);
        if (!range.matches()) {
            throw new IllegalArgumentException("Not a school year: " + text);
        }
        int start = Integer.parseInt(range.group(1));
        if (Integer.parseInt(range.group(2)) != start + 1) {
            throw new IllegalArgumentException("School year must span consecutive years: " + text);
        }
        return new SchoolYear(start);
    }

    /** 1 September of the start year. */
    public LocalDate start() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    /** 31 August of the following year, inclusive. */
    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    /** The statistics reference date (统计时点) on which enrolment figures are counted. */
    public LocalDate referenceDate() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public SchoolYear next() {
        return new SchoolYear(startYear + 1);
    }

    public SchoolYear previous() {
        return new SchoolYear(startYear - 1);
    }

    public SchoolYear minusYears(int years) {
        return new SchoolYear(Math.subtractExact(startYear, years));
    }

    /** "2025-2026", the form used in reports and accepted back by {@link #parse(String)}. */
    public String label() {
        return startYear + "-" + (startYear + 1);
    }

    @Override
    public int compareTo(SchoolYear o) {
        return Integer.compare(startYear, o.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
