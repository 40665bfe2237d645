package org.edugov.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.edugov.plan.ReportPeriod.Every;
import org.edugov.shared.UserError;
import org.junit.jupiter.api.Test;

/** Which periods are open for a report, and what a report and a review comment must hold. */
class ProgressRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final List<ReportPeriod> OPEN = ProgressRules.window(Every.QUARTER, 2024, 2027, TODAY);

    @Test
    void theCurrentAndThePreviousPeriodAreOpenWithinThePlan() {
        assertThat(labels(OPEN)).containsExactly("2026Q4", "2026Q3");
        assertThat(labels(ProgressRules.window(Every.QUARTER, 2024, 2027, LocalDate.of(2027, 1, 1))))
                .containsExactly("2027Q1", "2026Q4");
        assertThat(labels(ProgressRules.window(Every.MONTH, 2024, 2027, TODAY))).containsExactly("2026-11", "2026-10");
        assertThat(labels(ProgressRules.window(Every.YEAR, 2024, 2027, TODAY))).containsExactly("2026", "2025");
        assertThat(labels(ProgressRules.window(Every.HALF_YEAR, 2024, 2027, TODAY))).containsExactly("2026H2", "2026H1");
    }

    @Test
    void nothingIsOpenBeforeThePlanAndOnlyItsFirstPeriodAtItsStart() {
        assertThat(ProgressRules.window(Every.QUARTER, 2027, 2029, TODAY)).isEmpty();
        assertThat(ProgressRules.window(Every.QUARTER, 2027, 2029, LocalDate.of(2026, 12, 31))).isEmpty();
        assertThat(labels(ProgressRules.window(Every.QUARTER, 2027, 2029, LocalDate.of(2027, 1, 1))))
                .containsExactly("2027Q1");
        assertThat(labels(ProgressRules.window(Every.QUARTER, 2027, 2029, LocalDate.of(2027, 4, 1))))
                .containsExactly("2027Q2", "2027Q1");
    }

    @Test
    void afterThePlanItsLastTwoPeriodsStayOpen() {
        assertThat(labels(ProgressRules.window(Every.QUARTER, 2021, 2025, LocalDate.of(2025, 12, 31))))
                .containsExactly("2025Q4", "2025Q3");
        assertThat(labels(ProgressRules.window(Every.QUARTER, 2021, 2025, LocalDate.of(2026, 1, 1))))
                .containsExactly("2025Q4", "2025Q3");
        assertThat(labels(ProgressRules.window(Every.QUARTER, 2021, 2025, TODAY))).containsExactly("2025Q4", "2025Q3");
        assertThat(labels(ProgressRules.window(Every.YEAR, 2025, 2025, TODAY))).containsExactly("2025");
    }

    @Test
    void aReportWithinTheRulesIsTakenStripped() {
        ProgressRules.Report r = ProgressRules.check(" 2026Q3 ", " 60 ", "  已完成方案起草 ", " 公开 ", OPEN, Set.of(), 60);
        assertThat(r.period().label()).isEqualTo("2026Q3");
        assertThat(r.percent()).isEqualTo(60);
        assertThat(r.narrative()).isEqualTo("已完成方案起草");
        assertThat(r.publicText()).isEqualTo("公开");
        assertThat(ProgressRules.check("2026Q4", "100", "x", null, OPEN, Set.of("2026Q3"), 0).percent()).isEqualTo(100);
        assertThat(ProgressRules.check("2026Q4", "0", "x", "", OPEN, Set.of(), 0).percent()).isZero();
    }

    @Test
    void aPeriodOutsideTheWindowOrAlreadyReportedIsRefused() {
        assertRefused(() -> check("2027Q1", "10"), "plan.report.period.outside");
        assertRefused(() -> check("2026Q2", "10"), "plan.report.period.outside");
        assertRefused(() -> check("2026-11", "10"), "plan.report.period.outside");
        assertRefused(() -> check(null, "10"), "plan.report.period.outside");
        assertRefused(() -> ProgressRules.check("2026Q4", "10", "x", "", List.of(), Set.of(), 0),
                "plan.report.period.notOpen");
        assertThatThrownBy(() -> ProgressRules.check("2026Q4", "10", "x", "", OPEN, Set.of("2026Q4"), 0))
                .isInstanceOf(UserError.class).hasFieldOrPropertyWithValue("messageKey", "plan.report.period.taken")
                .hasFieldOrPropertyWithValue("kind", UserError.Kind.CONFLICT);
    }

    @Test
    void thePercentIsAWholeNumberFromTheAcceptedOneTo100() {
        assertRefused(() -> check("2026Q4", "101"), "plan.report.percent.range");
        assertRefused(() -> check("2026Q4", "-1"), "plan.report.percent.range");
        assertRefused(() -> check("2026Q4", "50.5"), "plan.report.percent.range");
        assertRefused(() -> check("2026Q4", "abc"), "plan.report.percent.range");
        assertRefused(() -> check("2026Q4", null), "plan.report.percent.range");
        assertThatThrownBy(() -> ProgressRules.check("2026Q4", "59", "x", "", OPEN, Set.of(), 60))
                .isInstanceOf(UserError.class)
                .hasFieldOrPropertyWithValue("messageKey", "plan.report.percent.belowAccepted")
                .extracting(e -> ((UserError) e).args()).isEqualTo(new Object[] {59, 60});
    }

    @Test
    void theNarrativeIsRequiredAndBothTextsHaveLimitsCountedInCharacters() {
        assertRefused(() -> ProgressRules.check("2026Q4", "1", "  ", "", OPEN, Set.of(), 0),
                "plan.report.narrative.required");
        assertRefused(() -> ProgressRules.check("2026Q4", "1", null, "", OPEN, Set.of(), 0),
                "plan.report.narrative.required");
        assertThat(ProgressRules.check("2026Q4", "1", "进".repeat(4000), "公".repeat(1000), OPEN, Set.of(), 0)
                .narrative()).hasSize(4000);
        assertRefused(() -> ProgressRules.check("2026Q4", "1", "进".repeat(4001), "", OPEN, Set.of(), 0),
                "plan.report.narrative.tooLong");
        assertRefused(() -> ProgressRules.check("2026Q4", "1", "x", "公".repeat(1001), OPEN, Set.of(), 0),
                "plan.report.publicText.tooLong");
        // a character outside the BMP counts once
        assertThat(ProgressRules.check("2026Q4", "1", "𠀀".repeat(4000), "", OPEN, Set.of(), 0).narrative())
                .hasSize(8000);
    }

    @Test
    void returningNeedsAComment() {
        assertRefused(() -> ProgressRules.reviewComment(false, "  "), "plan.review.comment.required");
        assertRefused(() -> ProgressRules.reviewComment(false, null), "plan.review.comment.required");
        assertThat(ProgressRules.reviewComment(false, " 请补充照片 ")).isEqualTo("请补充照片");
        assertThat(ProgressRules.reviewComment(true, null)).isEmpty();
        assertRefused(() -> ProgressRules.reviewComment(true, "意".repeat(1001)), "plan.review.comment.tooLong");
    }

    private static ProgressRules.Report check(String period, String percent) {
        return ProgressRules.check(period, percent, "x", "", OPEN, Set.of(), 0);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(UserError.class).hasFieldOrPropertyWithValue("messageKey", key);
    }

    private static List<String> labels(List<ReportPeriod> periods) {
        return periods.stream().map(ReportPeriod::label).toList();
    }
}
