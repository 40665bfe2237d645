package org.edugov.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Map;

/**
 * The status engine, plain Java. A target is DONE when its current value meets it; otherwise OVERDUE after its
 * due year; otherwise ON_TRACK or AT_RISK by the value expected this year — a milestone of that year if the
 * plan sets one, else the straight line from the baseline to the target — and ON_TRACK when there is neither.
 * A task is DONE at 100% reported progress, OVERDUE after its deadline, AT_RISK within {@code warningDays} of it
 * with less than {@code warningPercent} done, else ON_TRACK.
 * <p>
 * A qualitative target (a checklist of conditions, see {@link #qualitative}) is judged by the latest check of each
 * condition and the calendar year against its due year.
 */
final class StatusRules {

    private StatusRules() {
    }

    /**
     * @param comparator ">=", "<=" or "="
     * @param year the school year the current value belongs to
     */
    static Status target(String comparator, BigDecimal target, Integer dueYear, Integer baselineYear,
            BigDecimal baselineValue, Map<Integer, BigDecimal> milestones, BigDecimal current, int year) {
        if (current == null || target == null) {
            return Status.UNKNOWN;
        }
        if (meets(comparator, current, target)) {
            return Status.DONE;
        }
        if (dueYear != null && year > dueYear) {
            return Status.OVERDUE;
        }
        BigDecimal expected = milestones.get(year);
        if (expected == null && baselineYear != null && baselineValue != null && dueYear != null && dueYear > baselineYear
                && year >= baselineYear) {
            BigDecimal share = BigDecimal.valueOf(year - baselineYear)
                    .divide(BigDecimal.valueOf(dueYear - baselineYear), MathContext.DECIMAL64);
            expected = baselineValue.add(target.subtract(baselineValue).multiply(share));
        }
        if (expected == null) {
            return Status.ON_TRACK;
        }
        return meets(comparator, current, expected) ? Status.ON_TRACK : Status.AT_RISK;
    }

    static Status task(LocalDate deadline, int percentDone, LocalDate today, int warningDays, int warningPercent) {
        if (percentDone >= 100) {
            return Status.DONE;
        }
        if (deadline == null) {
            return Status.UNKNOWN;
        }
        if (today.isAfter(deadline)) {
            return Status.OVERDUE;
        }
        if (!today.plusDays(warningDays).isBefore(deadline) && percentDone < warningPercent) {
            return Status.AT_RISK;
        }
        return Status.ON_TRACK;
    }

    /**
     * A qualitative target: UNKNOWN without conditions (nothing to check); DONE when the latest check of every
     * condition says met; otherwise OVERDUE after its due year, AT_RISK in its due year (a condition is still not
     * met with the year running out), and ON_TRACK before it or without a due year — whether none, some or all
     * but one are met so far, and whether a condition was found not met yet: before the due year that is the
     * expected state, not a risk.
     *
     * @param conditions how many conditions the target lists
     * @param met how many of them have a latest check that says met
     * @param year the calendar year today
     */
    static Status qualitative(int conditions, int met, Integer dueYear, int year) {
        if (conditions <= 0) {
            return Status.UNKNOWN;
        }
        if (met >= conditions) {
            return Status.DONE;
        }
        if (dueYear == null || year < dueYear) {
            return Status.ON_TRACK;
        }
        return year == dueYear ? Status.AT_RISK : Status.OVERDUE;
    }

    private static boolean meets(String comparator, BigDecimal value, BigDecimal target) {
        int c = value.compareTo(target);
        return switch (comparator) {
            case ">=" -> c >= 0;
            case "<=" -> c <= 0;
            default -> c == 0;
        };
    }
}
