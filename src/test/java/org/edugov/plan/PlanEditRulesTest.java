package org.edugov.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.edugov.indicator.IndicatorValues;
import org.edugov.shared.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the plan editor accepts, on every boundary, without a database. */
class PlanEditRulesTest {

    private static final PlanEditRules.Period PERIOD = new PlanEditRules.Period(2024, 2027);
    private static final Map<String, IndicatorValues.Entry> CATALOG = Map.of(
            "PRESCHOOL_GER", new IndicatorValues.Entry("PRESCHOOL_GER", "学前三年毛入园率", "PERCENT", true),
            "LARGE_CLASS_SHARE", new IndicatorValues.Entry("LARGE_CLASS_SHARE", "大班额比例", "PERCENT", false),
            "PUPIL_TEACHER_RATIO", new IndicatorValues.Entry("PUPIL_TEACHER_RATIO", "生师比", "X_TO_1", false));

    @Test
    void theHeaderNeedsATitleAndAnOrderedPeriodThatStillHoldsEveryDate() {
        assertThat(PlanEditRules.header(header(" 规划 ", "2024", "2027"), List.of(), List.of()))
                .isEqualTo(new PlanEditRules.Header("规划", "市教育局", "文〔2024〕1号", "2024-03-01", PERIOD));
        refused(() -> PlanEditRules.header(header("", "2024", "2027"), List.of(), List.of()), "plan.edit.required");
        refused(() -> PlanEditRules.header(header("规划", "", "2027"), List.of(), List.of()),
                "plan.edit.period.required");
        refused(() -> PlanEditRules.header(header("规划", "2028", "2027"), List.of(), List.of()),
                "plan.edit.period.order");
        refused(() -> PlanEditRules.header(header("规划", "1999", "2027"), List.of(), List.of()),
                "plan.edit.year.invalid");
        List<PlanEditRules.Dated> deadlines = List.of(new PlanEditRules.Dated("A1K1", "2024-01-01", 2024));
        List<PlanEditRules.Dated> years = List.of(new PlanEditRules.Dated("G1T1", "2027", 2027));
        assertThat(PlanEditRules.header(header("规划", "2024", "2027"), deadlines, years).period()).isEqualTo(PERIOD);
        UserError task = refused(() -> PlanEditRules.header(header("规划", "2025", "2027"), deadlines, years),
                "plan.edit.period.task");
        assertThat(task.args()).containsExactly("A1K1", "2024-01-01", "2025", "2027");
        UserError target = refused(() -> PlanEditRules.header(header("规划", "2024", "2026"), deadlines, years),
                "plan.edit.period.target");
        assertThat(target.args()).containsExactly("G1T1", "2027", "2024", "2026");
    }

    @ParameterizedTest
    @CsvSource({"2024, true", "2027, true", "2023, false", "2028, false"})
    void aTargetIsDueInsideThePeriod(int year, boolean accepted) {
        TargetForm form = target("PRESCHOOL_GER", ">=", "90", String.valueOf(year));
        if (accepted) {
            assertThat(PlanEditRules.target(form, PERIOD, CATALOG).dueYear()).isEqualTo(year);
        } else {
            refused(() -> PlanEditRules.target(form, PERIOD, CATALOG), "plan.edit.target.dueYear.outside");
        }
    }

    @Test
    void everyTargetNeedsADueYearEvenAQualitativeOne() {
        refused(() -> PlanEditRules.target(target("", ">=", "90", ""), PERIOD, CATALOG),
                "plan.edit.target.dueYear.required");
        refused(() -> PlanEditRules.target(qualitative(""), PERIOD, CATALOG), "plan.edit.target.dueYear.required");
        PlanEditRules.Target q = PlanEditRules.target(qualitative("2027"), PERIOD, CATALOG);
        assertThat(q.qualitative()).isTrue();
        assertThat(q.comparator()).isNull();
        assertThat(q.value()).isNull();
        assertThat(q.conditions()).containsExactly("建成示范园", "通过省级评估");
    }

    @Test
    void aComparatorMustNotContradictTheIndicatorsDirection() {
        UserError higher = refused(() -> PlanEditRules.target(target("PRESCHOOL_GER", "<=", "90", "2027"), PERIOD,
                CATALOG), "plan.edit.target.direction.HIGHER");
        assertThat(higher.args()).containsExactly("学前三年毛入园率", "PRESCHOOL_GER");
        UserError lower = refused(() -> PlanEditRules.target(target("LARGE_CLASS_SHARE", ">=", "5", "2027"), PERIOD,
                CATALOG), "plan.edit.target.direction.LOWER");
        assertThat(lower.args()).containsExactly("大班额比例", "LARGE_CLASS_SHARE");
        assertThat(PlanEditRules.target(target("LARGE_CLASS_SHARE", "≤", "5", "2027"), PERIOD, CATALOG).comparator())
                .isEqualTo("<=");
        assertThat(PlanEditRules.target(target("PRESCHOOL_GER", "=", "90", "2027"), PERIOD, CATALOG).comparator())
                .isEqualTo("=");
        assertThat(PlanEditRules.target(target("LARGE_CLASS_SHARE", "=", "0", "2027"), PERIOD, CATALOG).comparator())
                .isEqualTo("=");
        // without an indicator there is no direction to contradict
        assertThat(PlanEditRules.target(target("", "<=", "45", "2027"), PERIOD, CATALOG).indicatorCode()).isNull();
        refused(() -> PlanEditRules.target(target("NO_SUCH", ">=", "1", "2027"), PERIOD, CATALOG),
                "plan.edit.target.indicator.unknown");
    }

    @Test
    void aQuantifiedTargetNeedsAComparatorAndAValue() {
        refused(() -> PlanEditRules.target(target("", "", "90", "2027"), PERIOD, CATALOG),
                "plan.edit.target.comparator.required");
        refused(() -> PlanEditRules.target(target("", ">=", "", "2027"), PERIOD, CATALOG),
                "plan.edit.target.comparator.required");
        refused(() -> PlanEditRules.target(target("", ">=", "九十", "2027"), PERIOD, CATALOG),
                "plan.edit.number.invalid");
        refused(() -> PlanEditRules.target(target("", ">=", "1e13", "2027"), PERIOD, CATALOG),
                "plan.edit.number.invalid");
    }

    @ParameterizedTest
    @CsvSource({"PRESCHOOL_GER, 0, true", "PRESCHOOL_GER, 100, true", "PRESCHOOL_GER, 100.01, false",
        "PRESCHOOL_GER, -0.1, false", "PUPIL_TEACHER_RATIO, 0, true", "PUPIL_TEACHER_RATIO, 150, true"})
    void aPercentageLiesBetweenZeroAndHundred(String indicator, String value, boolean accepted) {
        String comparator = indicator.equals("PRESCHOOL_GER") ? ">=" : "<=";
        TargetForm asValue = target(indicator, comparator, value, "2027");
        TargetForm asBaseline = new TargetForm("1", "目标", indicator, comparator, "50", "", "2027", "2023", value,
                List.of(), List.of(), null, "");
        TargetForm asMilestone = new TargetForm("1", "目标", indicator, comparator, "50", "", "2027", "", "",
                List.of("2025"), List.of(value), null, "");
        for (TargetForm form : List.of(asValue, asBaseline, asMilestone)) {
            if (accepted) {
                assertThat(PlanEditRules.target(form, PERIOD, CATALOG)).isNotNull();
            } else {
                refused(() -> PlanEditRules.target(form, PERIOD, CATALOG), "plan.edit.target.percent");
            }
        }
    }

    @Test
    void aBaselineHasAYearAndAValueBeforeTheDueYear() {
        PlanEditRules.Target t = PlanEditRules.target(new TargetForm("1", "目标", "PRESCHOOL_GER", ">=", "90", "%",
                "2027", "2023", "85.5", List.of(), List.of(), null, ""), PERIOD, CATALOG);
        assertThat(t.baselineYear()).isEqualTo(2023);
        assertThat(t.baselineValue()).isEqualByComparingTo("85.5");
        refused(() -> PlanEditRules.target(new TargetForm("1", "目标", "", ">=", "90", "", "2027", "2023", "",
                List.of(), List.of(), null, ""), PERIOD, CATALOG), "plan.edit.target.baseline.incomplete");
        refused(() -> PlanEditRules.target(new TargetForm("1", "目标", "", ">=", "90", "", "2027", "2027", "80",
                List.of(), List.of(), null, ""), PERIOD, CATALOG), "plan.edit.target.baseline.late");
    }

    @ParameterizedTest
    @CsvSource({"2024, , true", "2027, , true", "2023, , plan.edit.milestone.outside",
        "2028, , plan.edit.milestone.outside", "2025, 2024, true", "2024, 2024, plan.edit.milestone.beforeBaseline",
        "2024, 2025, plan.edit.milestone.beforeBaseline"})
    void milestonesLieInsideThePeriodAfterTheBaseline(int year, Integer baseline, String expected) {
        TargetForm form = new TargetForm("1", "目标", "", ">=", "90", "", "2027",
                baseline == null ? "" : baseline.toString(), baseline == null ? "" : "80",
                List.of("", String.valueOf(year), ""), List.of("", "88", ""), null, "");
        if (expected.equals("true")) {
            assertThat(PlanEditRules.target(form, PERIOD, CATALOG).milestones())
                    .containsExactly(Map.entry(year, new BigDecimal("88")));
        } else {
            refused(() -> PlanEditRules.target(form, PERIOD, CATALOG), expected);
        }
    }

    @Test
    void aMilestoneHasBothAYearAndAValueAndEachYearOnce() {
        refused(() -> PlanEditRules.target(new TargetForm("1", "目标", "", ">=", "90", "", "2027", "", "",
                List.of("2025"), List.of(""), null, ""), PERIOD, CATALOG), "plan.edit.milestone.incomplete");
        refused(() -> PlanEditRules.target(new TargetForm("1", "目标", "", ">=", "90", "", "2027", "", "",
                List.of("2025", "2025"), List.of("80", "85"), null, ""), PERIOD, CATALOG),
                "plan.edit.milestone.duplicate");
    }

    @ParameterizedTest
    @CsvSource({"2024-01-01, true", "2027-12-31, true", "2023-12-31, false", "2028-01-01, false"})
    void aTaskDeadlineLiesInsideThePeriod(String deadline, boolean accepted) {
        TaskForm form = task(deadline);
        if (accepted) {
            assertThat(PlanEditRules.task(form, PERIOD).deadline()).isEqualTo(LocalDate.parse(deadline));
        } else {
            UserError e = refused(() -> PlanEditRules.task(form, PERIOD), "plan.edit.task.deadline.outside");
            assertThat(e.args()).containsExactly(deadline, "2024", "2027");
        }
    }

    @Test
    void aTaskMayHaveNoDeadlineAndKeepsItsListsLineByLine() {
        PlanEditRules.Task t = PlanEditRules.task(task(""), PERIOD);
        assertThat(t.deadline()).isNull();
        assertThat(t.coNames()).containsExactly("市财政局", "市发展改革委");
        assertThat(t.deliverables()).containsExactly("实施方案");
        refused(() -> PlanEditRules.task(task("2025-02-30"), PERIOD), "plan.edit.date.invalid");
        refused(() -> PlanEditRules.task(new TaskForm("1", " ", "", "", "", "", "", "", List.of()), PERIOD),
                "plan.edit.required");
        refused(() -> PlanEditRules.optionalId("12x"), "plan.edit.choice.invalid");
    }

    private static HeaderForm header(String title, String from, String to) {
        return new HeaderForm(title, "市教育局", "文〔2024〕1号", "2024-03-01", from, to);
    }

    private static TargetForm target(String indicator, String comparator, String value, String dueYear) {
        return new TargetForm("1", "学前三年毛入园率达到90%", indicator, comparator, value, "%", dueYear, "", "",
                List.of(), List.of(), null, "");
    }

    private static TargetForm qualitative(String dueYear) {
        return new TargetForm("1", "建成一批示范园", "", ">=", "", "", dueYear, "", "", List.of(), List.of(), true,
                "建成示范园\n\n  通过省级评估  \n");
    }

    private static TaskForm task(String deadline) {
        return new TaskForm("1", "制定实施方案", "", "市教育局", "市财政局\r\n市发展改革委\n", deadline, "", "实施方案",
                List.of());
    }

    private static UserError refused(Runnable call, String key) {
        try {
            call.run();
        } catch (UserError e) {
            assertThat(e.messageKey()).isEqualTo(key);
            return e;
        }
        throw new AssertionError("accepted, expected " + key);
    }
}
