package org.edugov.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reporting period of a plan: a month ({@code 2026-10}), a quarter ({@code 2026Q3}), a half year
 * ({@code 2026H2}) or a year ({@code 2026}), as the plan's {@code report_every} says. Task owners report once per
 * period; a report is late when the period has ended and the plan's grace days have passed without one.
 *
 * @param index 1-based position in the year (month 1–12, quarter 1–4, half 1–2, year 1)
 */
record ReportPeriod(Every every, int year, int index) {

    /** How often a plan's task owners report (plan.report_every). */
    enum Every {
        MONTH(12, 1), QUARTER(4, 3), HALF_YEAR(2, 6), YEAR(1, 12);

        private final int perYear;
        private final int months;

        Every(int perYear, int months) {
            this.perYear = perYear;
            this.months = months;
        }
    }

    private static final Pattern LABEL = Pattern.compile("(\\d{4})(?:-(\\d{2})|Q([1-4])|H([12]))?");

    ReportPeriod {
        if (index < 1 || index > every.perYear) {
            throw new IllegalArgumentException("period " + index + " of " + every);
        }
    }

    /** The period a day falls in. */
    static ReportPeriod of(Every every, LocalDate day) {
        return new ReportPeriod(every, day.getYear(), (day.getMonthValue() - 1) / every.months + 1);
    }

    /** The period a label names, when it is well-formed for this cycle. */
    static Optional<ReportPeriod> parse(Every every, String label) {
        Matcher m = label == null ? null : LABEL.matcher(label.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        String index = switch (every) {
            case MONTH -> m.group(2);
            case QUARTER -> m.group(3);
            case HALF_YEAR -> m.group(4);
            case YEAR -> m.group(2) == null && m.group(3) == null && m.group(4) == null ? "1" : null;
        };
        if (index == null || Integer.parseInt(index) < 1 || Integer.parseInt(index) > every.perYear) {
            return Optional.empty();
        }
        return Optional.of(new ReportPeriod(every, year, Integer.parseInt(index)));
    }

    String label() {
        return switch (every) {
            case MONTH -> "%d-%02d".formatted(year, index);
            case QUARTER -> year + "Q" + index;
            case HALF_YEAR -> year + "H" + index;
            case YEAR -> String.valueOf(year);
        };
    }

    LocalDate start() {
        return LocalDate.of(year, (index - 1) * every.months + 1, 1);
    }

    LocalDate end() {
        return start().plusMonths(every.months).minusDays(1);
    }

    ReportPeriod previous() {
        return index > 1 ? new ReportPeriod(every, year, index - 1) : new ReportPeriod(every, year - 1, every.perYear);
    }

    ReportPeriod next() {
        return index < every.perYear ? new ReportPeriod(every, year, index + 1) : new ReportPeriod(every, year + 1, 1);
    }

    /** Whether a report for this period is late on {@code today}: the period ended more than {@code graceDays} ago. */
    boolean lateOn(LocalDate today, int graceDays) {
        return today.isAfter(end().plusDays(graceDays));
    }

    @Override
    public String toString() {
        return label();
    }
}
