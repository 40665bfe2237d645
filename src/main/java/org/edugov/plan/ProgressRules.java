package org.edugov.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.edugov.shared.UserError;

/**
 * What a progress report must satisfy, plain Java.
 * <p>
 * <b>Periods.</b> A report is for the current period or the one before it (a late report), never a future one, and
 * never for a period outside the plan's years. Once the plan's last period is over, its last two periods stay open,
 * so that the tasks of a finished plan (many seed plans ended in 2025) can still be given their final report.
 * <p>
 * <b>Content.</b> The percent is a whole number from the progress the bureau last accepted (progress does not go
 * back) to 100; the narrative is required; the public text is optional.
 */
final class ProgressRules {

    static final int MAX_NARRATIVE = 4000;
    static final int MAX_PUBLIC_TEXT = 1000;

    /** A report as checked, ready to store. */
    record Report(ReportPeriod period, int percent, String narrative, String publicText) {
    }

    private ProgressRules() {
    }

    /** The periods a report may be for on {@code today}, the latest first; empty before the plan starts. */
    static List<ReportPeriod> window(ReportPeriod.Every every, int periodFrom, int periodTo, LocalDate today) {
        ReportPeriod first = ReportPeriod.of(every, LocalDate.of(periodFrom, 1, 1));
        ReportPeriod last = ReportPeriod.of(every, LocalDate.of(periodTo, 12, 31));
        ReportPeriod current = ReportPeriod.of(every, today);
        if (current.start().isBefore(first.start())) {
            return List.of();
        }
        ReportPeriod latest = current.start().isAfter(last.start()) ? last : current;
        return latest.equals(first) ? List.of(latest) : List.of(latest, latest.previous());
    }

    /**
     * Checks a report's fields as typed in the form.
     *
     * @param window the periods open today ({@link #window})
     * @param livePeriods periods of the task that already have a submitted or accepted report
     * @param accepted the task's progress as last accepted
     */
    static Report check(String period, String percent, String narrative, String publicText,
            List<ReportPeriod> window, Set<String> livePeriods, int accepted) {
        ReportPeriod p = window.stream().filter(w -> w.label().equals(period == null ? "" : period.strip()))
                .findFirst().orElseThrow(() -> window.isEmpty() ? UserError.invalid("plan.report.period.notOpen")
                        : UserError.invalid("plan.report.period.outside", period == null ? "" : period,
                                String.join("、", window.stream().map(ReportPeriod::label).toList())));
        if (livePeriods.contains(p.label())) {
            throw UserError.conflict("plan.report.period.taken", p.label());
        }
        int value;
        try {
            value = Integer.parseInt(percent == null ? "" : percent.strip());
        } catch (NumberFormatException e) {
            throw UserError.invalid("plan.report.percent.range");
        }
        if (value < 0 || value > 100) {
            throw UserError.invalid("plan.report.percent.range");
        }
        if (value < accepted) {
            throw UserError.invalid("plan.report.percent.belowAccepted", value, accepted);
        }
        String text = narrative == null ? "" : narrative.strip();
        if (text.isEmpty()) {
            throw UserError.invalid("plan.report.narrative.required");
        }
        if (text.codePointCount(0, text.length()) > MAX_NARRATIVE) {
            throw UserError.invalid("plan.report.narrative.tooLong", MAX_NARRATIVE);
        }
        String published = publicText == null ? "" : publicText.strip();
        if (published.codePointCount(0, published.length()) > MAX_PUBLIC_TEXT) {
            throw UserError.invalid("plan.report.publicText.tooLong", MAX_PUBLIC_TEXT);
        }
        return new Report(p, value, text, published);
    }

    /** A return needs a comment saying what to fix; an acceptance may have one. */
    static String reviewComment(boolean accept, String comment) {
        String text = comment == null ? "" : comment.strip();
        if (!accept && text.isEmpty()) {
            throw UserError.invalid("plan.review.comment.required");
        }
        if (text.codePointCount(0, text.length()) > MAX_PUBLIC_TEXT) {
            throw UserError.invalid("plan.review.comment.tooLong", MAX_PUBLIC_TEXT);
        }
        return text;
    }
}
