package org.edugov.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.edugov.plan.CardRules.Card;
import org.edugov.plan.CardRules.Colour;
import org.edugov.plan.CardRules.Reason;
import org.edugov.plan.ReportPeriod.Every;
import org.edugov.shared.UserError;
import org.junit.jupiter.api.Test;

/** The 红黄牌 rules on every boundary: a plan running 2024–2027, quarterly reports, 15 grace days unless said. */
class CardRulesTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate END = LocalDate.of(2027, 12, 31);
    private static final Card YELLOW_LATE = new Card(Colour.YELLOW, Reason.REPORT_LATE);
    private static final Card YELLOW_AT_RISK = new Card(Colour.YELLOW, Reason.AT_RISK);
    private static final Card RED_OVERDUE = new Card(Colour.RED, Reason.OVERDUE);
    private static final Card RED_REPEATED = new Card(Colour.RED, Reason.REPEATED_YELLOW);

    private static ReportPeriod q(int year, int quarter) {
        return new ReportPeriod(Every.QUARTER, year, quarter);
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    private static CardRules rules(int redAfterYellows) {
        return new CardRules(Every.QUARTER, 15, 30, 80, true, true, true, redAfterYellows);
    }

    /** The cards of a task with no progress accepted, its status judged by the rules on the day. */
    private static List<Card> cards(CardRules rules, LocalDate deadline, int percent, Set<ReportPeriod> reported,
            Set<ReportPeriod> yellowed, String today) {
        LocalDate day = d(today);
        return rules.cards(START, END, deadline, rules.status(deadline, percent, day), reported, yellowed, day);
    }

    @Test
    void aMissingReportIsLateOnlyAfterTheGraceDays() {
        CardRules r = CardRules.DEFAULTS;
        // 2024Q1 ends on 31 March; 15 grace days run to 15 April
        assertThat(cards(r, null, 0, Set.of(), Set.of(), "2024-04-15")).isEmpty();
        assertThat(cards(r, null, 0, Set.of(), Set.of(), "2024-04-16")).containsExactly(YELLOW_LATE);
        assertThat(cards(r, null, 0, Set.of(q(2024, 1)), Set.of(), "2024-04-16")).isEmpty();
        // a report for another period does not count
        assertThat(cards(r, null, 0, Set.of(q(2023, 4)), Set.of(), "2024-04-16")).containsExactly(YELLOW_LATE);
        CardRules noGrace = new CardRules(Every.QUARTER, 0, 30, 80, true, true, true, 2);
        // without grace a report is late as soon as its period is over
        assertThat(cards(noGrace, null, 0, Set.of(q(2024, 1)), Set.of(), "2024-06-30")).isEmpty();
        assertThat(cards(noGrace, null, 0, Set.of(q(2024, 1)), Set.of(), "2024-07-01")).containsExactly(YELLOW_LATE);
    }

    @Test
    void reportsAreDueOnlyForPeriodsWithinThePlanAndBeforeTheDeadline() {
        CardRules r = CardRules.DEFAULTS;
        // 2023Q4 began before the plan
        assertThat(cards(r, null, 0, Set.of(), Set.of(), "2024-01-20")).isEmpty();
        // 2027Q4 is the plan's last quarter; 2028Q1 lies after it
        assertThat(cards(r, null, 0, Set.of(), Set.of(), "2028-01-20")).containsExactly(YELLOW_LATE);
        assertThat(cards(r, null, 0, Set.of(), Set.of(), "2028-04-20")).isEmpty();
        // 2024Q2 begins on 1 April: its report is due for a task with a deadline on 2 April, not on 1 April
        assertThat(cards(r, d("2024-04-02"), 50, Set.of(), Set.of(), "2024-07-20"))
                .containsExactly(YELLOW_LATE, RED_OVERDUE);
        assertThat(cards(r, d("2024-04-01"), 50, Set.of(), Set.of(), "2024-07-20")).containsExactly(RED_OVERDUE);
    }

    @Test
    void aTaskWithinTheWarningDaysOfItsDeadlineAndBehindGetsAYellowCard() {
        CardRules r = CardRules.DEFAULTS;
        LocalDate deadline = d("2024-06-30");
        // 30 warning days before 30 June: from 31 May
        assertThat(cards(r, deadline, 0, Set.of(q(2024, 1)), Set.of(), "2024-05-30")).isEmpty();
        assertThat(cards(r, deadline, 0, Set.of(q(2024, 1)), Set.of(), "2024-05-31")).containsExactly(YELLOW_AT_RISK);
        assertThat(cards(r, deadline, 79, Set.of(q(2024, 1)), Set.of(), "2024-06-30")).containsExactly(YELLOW_AT_RISK);
        assertThat(cards(r, deadline, 80, Set.of(q(2024, 1)), Set.of(), "2024-06-30")).isEmpty();
        // at risk and late: one yellow card, for the risk
        assertThat(cards(r, deadline, 0, Set.of(), Set.of(), "2024-06-30")).containsExactly(YELLOW_AT_RISK);
    }

    @Test
    void aTaskPastItsDeadlineGetsARedCardFromTheNextDay() {
        CardRules r = CardRules.DEFAULTS;
        LocalDate deadline = d("2024-06-30");
        assertThat(cards(r, deadline, 50, Set.of(q(2024, 2)), Set.of(), "2024-06-30")).containsExactly(YELLOW_AT_RISK);
        assertThat(cards(r, deadline, 50, Set.of(q(2024, 2)), Set.of(), "2024-07-01")).containsExactly(RED_OVERDUE);
        // overdue after two yellow periods: one red card, for the deadline
        assertThat(cards(r, deadline, 50, Set.of(), Set.of(q(2024, 2)), "2024-07-20"))
                .containsExactly(YELLOW_LATE, RED_OVERDUE);
    }

    @Test
    void aDoneTaskNeverGetsACard() {
        CardRules r = rules(1);
        assertThat(cards(r, d("2024-03-31"), 100, Set.of(), Set.of(q(2024, 2), q(2024, 3)), "2024-07-20")).isEmpty();
        assertThat(cards(r, null, 100, Set.of(), Set.of(), "2024-07-20")).isEmpty();
    }

    @Test
    void aTaskWithoutDeadlineIsOnlyCardedForLateReports() {
        CardRules r = CardRules.DEFAULTS;
        assertThat(r.status(null, 0, d("2030-01-01"))).isEqualTo(Status.UNKNOWN);
        assertThat(cards(r, null, 0, Set.of(q(2025, 2)), Set.of(), "2025-07-20")).isEmpty();
        assertThat(cards(r, null, 0, Set.of(), Set.of(q(2025, 2)), "2025-07-20")).containsExactly(YELLOW_LATE, RED_REPEATED);
    }

    @Test
    void redAfterYellowsCountsTheYellowsInARow() {
        Set<ReportPeriod> none = Set.of();
        Set<ReportPeriod> previous = Set.of(q(2025, 2));
        Set<ReportPeriod> twoBefore = Set.of(q(2025, 2), q(2025, 1));
        Set<ReportPeriod> gap = Set.of(q(2025, 2), q(2024, 4));
        String day = "2025-07-20";
        // 0: never for yellows
        assertThat(cards(rules(0), null, 0, Set.of(), twoBefore, day)).containsExactly(YELLOW_LATE);
        // 1: every yellow is also red
        assertThat(cards(rules(1), null, 0, Set.of(), none, day)).containsExactly(YELLOW_LATE, RED_REPEATED);
        // 2: this period's yellow and the previous one's
        assertThat(cards(rules(2), null, 0, Set.of(), none, day)).containsExactly(YELLOW_LATE);
        assertThat(cards(rules(2), null, 0, Set.of(), previous, day)).containsExactly(YELLOW_LATE, RED_REPEATED);
        assertThat(cards(rules(2), null, 0, Set.of(), Set.of(q(2025, 1)), day)).containsExactly(YELLOW_LATE);
        // 3: three in a row, a gap breaks the row
        assertThat(cards(rules(3), null, 0, Set.of(), previous, day)).containsExactly(YELLOW_LATE);
        assertThat(cards(rules(3), null, 0, Set.of(), twoBefore, day)).containsExactly(YELLOW_LATE, RED_REPEATED);
        assertThat(cards(rules(3), null, 0, Set.of(), gap, day)).containsExactly(YELLOW_LATE);
        // no yellow this period, no red
        assertThat(cards(rules(2), null, 0, Set.of(q(2025, 2)), previous, day)).isEmpty();
        // a yellow already issued this period counts even when today's facts would give none
        assertThat(cards(rules(2), null, 0, Set.of(q(2025, 2)), Set.of(q(2025, 3), q(2025, 2)), day))
                .containsExactly(RED_REPEATED);
    }

    @Test
    void theRulesLookBackAsManyPeriodsAsTheRowIsLong() {
        assertThat(rules(0).lookBack(d("2025-07-20"))).isEmpty();
        assertThat(rules(1).lookBack(d("2025-07-20"))).isEmpty();
        assertThat(rules(3).lookBack(d("2025-01-20"))).containsExactly(q(2024, 4), q(2024, 3));
    }

    @Test
    void switchedOffRulesGiveNoCards() {
        LocalDate deadline = d("2024-06-30");
        CardRules noAtRisk = new CardRules(Every.QUARTER, 15, 30, 80, false, true, true, 2);
        assertThat(cards(noAtRisk, deadline, 0, Set.of(q(2024, 1)), Set.of(), "2024-06-01")).isEmpty();
        CardRules noLate = new CardRules(Every.QUARTER, 15, 30, 80, true, false, true, 2);
        assertThat(cards(noLate, null, 0, Set.of(), Set.of(q(2024, 1)), "2024-04-20")).isEmpty();
        CardRules noOverdue = new CardRules(Every.QUARTER, 15, 30, 80, true, true, false, 0);
        assertThat(cards(noOverdue, deadline, 0, Set.of(q(2024, 2)), Set.of(), "2024-07-01")).isEmpty();
        CardRules nothing = new CardRules(Every.QUARTER, 15, 30, 80, false, false, false, 0);
        assertThat(cards(nothing, deadline, 0, Set.of(), Set.of(q(2024, 2)), "2024-07-20")).isEmpty();
    }

    @Test
    void monthlyReportsFollowMonths() {
        CardRules monthly = new CardRules(Every.MONTH, 27, 30, 80, true, true, true, 2);
        // February 2025 ends on the 28th; 27 grace days run to 27 March
        assertThat(monthly.cards(START, END, null, Status.UNKNOWN, Set.of(), Set.of(), d("2025-03-27"))).isEmpty();
        assertThat(monthly.cards(START, END, null, Status.UNKNOWN, Set.of(), Set.of(), d("2025-03-28")))
                .containsExactly(YELLOW_LATE);
    }

    @Test
    void settingsOutsideTheirRangesAreRefused() {
        assertThat(CardRules.parse("QUARTER", "89", "365", "100", true, false, true, "12").reportGraceDays())
                .isEqualTo(89);
        assertThat(CardRules.parse("MONTH", "27", "0", "0", false, false, false, "0").reportEvery())
                .isEqualTo(Every.MONTH);
        refused(() -> CardRules.parse("QUARTER", "90", "30", "80", true, true, true, "2"),
                "plan.rules.reportGraceDays.period");
        refused(() -> CardRules.parse("MONTH", "28", "30", "80", true, true, true, "2"),
                "plan.rules.reportGraceDays.period");
        refused(() -> CardRules.parse("YEAR", "91", "30", "80", true, true, true, "2"), "plan.rules.reportGraceDays.range");
        refused(() -> CardRules.parse("YEAR", "-1", "30", "80", true, true, true, "2"), "plan.rules.reportGraceDays.range");
        refused(() -> CardRules.parse("YEAR", "", "30", "80", true, true, true, "2"), "plan.rules.reportGraceDays.range");
        refused(() -> CardRules.parse("YEAR", "10", "366", "80", true, true, true, "2"), "plan.rules.warningDays.range");
        refused(() -> CardRules.parse("YEAR", "10", "3.5", "80", true, true, true, "2"), "plan.rules.warningDays.range");
        refused(() -> CardRules.parse("YEAR", "10", "30", "101", true, true, true, "2"), "plan.rules.warningPercent.range");
        refused(() -> CardRules.parse("YEAR", "10", "30", "80", true, true, true, "13"),
                "plan.rules.redAfterYellows.range");
        refused(() -> CardRules.parse("WEEK", "10", "30", "80", true, true, true, "2"), "plan.rules.reportEvery.invalid");
        refused(() -> CardRules.parse(null, null, null, null, false, false, false, null), "plan.rules.reportEvery.invalid");
    }

    private static void refused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOf(UserError.class).hasFieldOrPropertyWithValue("messageKey", key);
    }
}
