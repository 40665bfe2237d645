package org.edugov.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.edugov.shared.UserError;

/**
 * A plan's 红黄牌 rules, plain Java: how often task owners report and how many days late a report may be, when a
 * task is at risk (within {@code warningDays} of its deadline with less than {@code warningPercent} done), and
 * which cards the current reporting period gives a task.
 * <ul>
 * <li>YELLOW, reason AT_RISK: the task is at risk ({@code yellowOnAtRisk});</li>
 * <li>YELLOW, reason REPORT_LATE: the previous period has no live (submitted or accepted) report and its grace
 * days have passed ({@code yellowOnLateReport}) — only for a period that began within the plan's years and before
 * the task's deadline;</li>
 * <li>RED, reason OVERDUE: the deadline has passed ({@code redOnOverdue});</li>
 * <li>RED, reason REPEATED_YELLOW: this period's yellow follows yellows in each of the previous
 * {@code redAfterYellows − 1} periods (0: never).</li>
 * </ul>
 * A finished task never gets a card. Both colours may be given in one period; the red one counts.
 */
record CardRules(ReportPeriod.Every reportEvery, int reportGraceDays, int warningDays, int warningPercent,
        boolean yellowOnAtRisk, boolean yellowOnLateReport, boolean redOnOverdue, int redAfterYellows) {

    /** The example and V018's defaults: yellow when at risk or a report is late, red when overdue or after two yellows. */
    static final CardRules DEFAULTS = new CardRules(ReportPeriod.Every.QUARTER, 15, 30, 80, true, true, true, 2);

    static final int MAX_GRACE_DAYS = 90;
    static final int MAX_WARNING_DAYS = 365;
    static final int MAX_RED_AFTER_YELLOWS = 12;

    enum Colour { YELLOW, RED }

    enum Reason { AT_RISK, REPORT_LATE, OVERDUE, REPEATED_YELLOW }

    record Card(Colour colour, Reason reason) {
    }

    /** Refuses settings outside the ranges the schema allows, or a grace period as long as the reporting period. */
    CardRules {
        if (reportEvery == null) {
            throw UserError.invalid("plan.rules.reportEvery.invalid");
        }
        range(reportGraceDays, MAX_GRACE_DAYS, "plan.rules.reportGraceDays.range");
        range(warningDays, MAX_WARNING_DAYS, "plan.rules.warningDays.range");
        range(warningPercent, 100, "plan.rules.warningPercent.range");
        range(redAfterYellows, MAX_RED_AFTER_YELLOWS, "plan.rules.redAfterYellows.range");
        if (reportGraceDays >= shortestPeriodDays(reportEvery)) {
            throw UserError.invalid("plan.rules.reportGraceDays.period", shortestPeriodDays(reportEvery) - 1);
        }
    }

    /** Rules from form text: each number must be a whole number in its range. */
    static CardRules parse(String reportEvery, String reportGraceDays, String warningDays, String warningPercent,
            boolean yellowOnAtRisk, boolean yellowOnLateReport, boolean redOnOverdue, String redAfterYellows) {
        ReportPeriod.Every every = Arrays.stream(ReportPeriod.Every.values()).filter(e -> e.name().equals(reportEvery))
                .findFirst().orElseThrow(() -> UserError.invalid("plan.rules.reportEvery.invalid"));
        return new CardRules(every, number(reportGraceDays, "plan.rules.reportGraceDays.range"),
                number(warningDays, "plan.rules.warningDays.range"),
                number(warningPercent, "plan.rules.warningPercent.range"), yellowOnAtRisk, yellowOnLateReport,
                redOnOverdue, number(redAfterYellows, "plan.rules.redAfterYellows.range"));
    }

    /** A task's status on a day under these rules. */
    Status status(LocalDate deadline, int percentDone, LocalDate today) {
        return StatusRules.task(deadline, percentDone, today, warningDays, warningPercent);
    }

    /**
     * The cards of the period {@code today} falls in, for a task in a plan running from {@code planStart} to
     * {@code planEnd}.
     *
     * @param status the task's status today (from {@link #status})
     * @param reported the periods with a live report on the task
     * @param yellowed the periods in which the task already holds a yellow card (this one included)
     */
    List<Card> cards(LocalDate planStart, LocalDate planEnd, LocalDate deadline, Status status,
            Set<ReportPeriod> reported, Set<ReportPeriod> yellowed, LocalDate today) {
        if (status == Status.DONE) {
            return List.of();
        }
        ReportPeriod current = ReportPeriod.of(reportEvery, today);
        ReportPeriod previous = current.previous();
        List<Card> cards = new ArrayList<>();
        if (yellowOnAtRisk && status == Status.AT_RISK) {
            cards.add(new Card(Colour.YELLOW, Reason.AT_RISK));
        } else if (yellowOnLateReport && reportDue(previous, planStart, planEnd, deadline)
                && !reported.contains(previous) && previous.lateOn(today, reportGraceDays)) {
            cards.add(new Card(Colour.YELLOW, Reason.REPORT_LATE));
        }
        if (redOnOverdue && status == Status.OVERDUE) {
            cards.add(new Card(Colour.RED, Reason.OVERDUE));
        } else if (redAfterYellows > 0 && (!cards.isEmpty() || yellowed.contains(current))
                && yellowsBefore(current, yellowed) >= redAfterYellows - 1) {
            cards.add(new Card(Colour.RED, Reason.REPEATED_YELLOW));
        }
        return cards;
    }

    /** The previous periods, newest first, that the REPEATED_YELLOW rule looks at. */
    List<ReportPeriod> lookBack(LocalDate today) {
        List<ReportPeriod> periods = new ArrayList<>();
        ReportPeriod p = ReportPeriod.of(reportEvery, today);
        for (int i = 1; i < redAfterYellows; i++) {
            p = p.previous();
            periods.add(p);
        }
        return periods;
    }

    private int yellowsBefore(ReportPeriod current, Set<ReportPeriod> yellowed) {
        int run = 0;
        for (ReportPeriod p = current.previous(); run < redAfterYellows - 1 && yellowed.contains(p); p = p.previous()) {
            run++;
        }
        return run;
    }

    private static boolean reportDue(ReportPeriod period, LocalDate planStart, LocalDate planEnd, LocalDate deadline) {
        return !period.start().isBefore(planStart) && !period.start().isAfter(planEnd)
                && (deadline == null || period.start().isBefore(deadline));
    }

    /** The fewest days a period of this cycle has (February, a first quarter, a first half of a common year). */
    static int shortestPeriodDays(ReportPeriod.Every every) {
        return switch (every) {
            case MONTH -> 28;
            case QUARTER -> 90;
            case HALF_YEAR -> 181;
            case YEAR -> 365;
        };
    }

    private static void range(int value, int max, String key) {
        if (value < 0 || value > max) {
            throw UserError.invalid(key);
        }
    }

    private static int number(String text, String key) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{1,4}")) {
            throw UserError.invalid(key);
        }
        return Integer.parseInt(t);
    }
}
