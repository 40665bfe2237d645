package org.edugov.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusRulesTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static Status target(String comparator, String target, Integer due, Integer baseYear, String baseValue,
            Map<Integer, BigDecimal> milestones, String current, int year) {
        return StatusRules.target(comparator, d(target), due, baseYear, baseValue == null ? null : d(baseValue),
                milestones, current == null ? null : d(current), year);
    }

    @Test
    void aTargetIsDoneExactlyWhenItsValueMeetsIt() {
        assertThat(target(">=", "94.5", 2025, null, null, Map.of(), "94.5", 2024)).isEqualTo(Status.DONE);
        assertThat(target(">=", "94.5", 2025, null, null, Map.of(), "94.49", 2024)).isEqualTo(Status.ON_TRACK);
        assertThat(target("<=", "5", 2025, null, null, Map.of(), "5", 2024)).isEqualTo(Status.DONE);
        assertThat(target("<=", "5", 2025, null, null, Map.of(), "5.01", 2024)).isEqualTo(Status.ON_TRACK);
        assertThat(target("=", "0", 2025, null, null, Map.of(), "0", 2025)).isEqualTo(Status.DONE);
    }

    @Test
    void aTargetNotMetAfterItsYearIsOverdueButNotInItsYear() {
        assertThat(target(">=", "98.5", 2025, null, null, Map.of(), "96", 2025)).isEqualTo(Status.ON_TRACK);
        assertThat(target(">=", "98.5", 2025, null, null, Map.of(), "96", 2026)).isEqualTo(Status.OVERDUE);
        assertThat(target(">=", "98.5", 2025, null, null, Map.of(), "99", 2026)).isEqualTo(Status.DONE);
    }

    @Test
    void theTrajectoryFromTheBaselineDecidesBetweenOnTrackAndAtRisk() {
        // from 90 in 2020 to 95 in 2025: 93 expected in 2023
        assertThat(target(">=", "95", 2025, 2020, "90", Map.of(), "93", 2023)).isEqualTo(Status.ON_TRACK);
        assertThat(target(">=", "95", 2025, 2020, "90", Map.of(), "92.99", 2023)).isEqualTo(Status.AT_RISK);
        // a falling target (大班额 from 10% to 5%): 8% expected in 2022
        assertThat(target("<=", "5", 2025, 2020, "10", Map.of(), "8", 2022)).isEqualTo(Status.ON_TRACK);
        assertThat(target("<=", "5", 2025, 2020, "10", Map.of(), "8.01", 2022)).isEqualTo(Status.AT_RISK);
    }

    @Test
    void aMilestoneOfTheYearOverridesTheStraightLine() {
        assertThat(target(">=", "95", 2025, 2020, "90", Map.of(2023, d("94")), "93", 2023)).isEqualTo(Status.AT_RISK);
        assertThat(target(">=", "95", 2025, null, null, Map.of(2023, d("92")), "92", 2023)).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void withoutAValueThereIsNothingToJudge() {
        assertThat(target(">=", "95", 2025, 2020, "90", Map.of(), null, 2023)).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void aTaskByItsDeadlineAndProgress() {
        LocalDate deadline = LocalDate.of(2026, 12, 31);
        assertThat(StatusRules.task(deadline, 100, deadline.plusDays(10), 30, 80)).isEqualTo(Status.DONE);
        assertThat(StatusRules.task(deadline, 79, deadline, 30, 80)).isEqualTo(Status.AT_RISK);
        assertThat(StatusRules.task(deadline, 99, deadline, 30, 80)).isEqualTo(Status.ON_TRACK);
        assertThat(StatusRules.task(deadline, 99, deadline.plusDays(1), 30, 80)).isEqualTo(Status.OVERDUE);
        assertThat(StatusRules.task(deadline, 79, deadline.minusDays(30), 30, 80)).isEqualTo(Status.AT_RISK);
        assertThat(StatusRules.task(deadline, 80, deadline.minusDays(30), 30, 80)).isEqualTo(Status.ON_TRACK);
        assertThat(StatusRules.task(deadline, 0, deadline.minusDays(31), 30, 80)).isEqualTo(Status.ON_TRACK);
        assertThat(StatusRules.task(null, 50, deadline, 30, 80)).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void aQualitativeTargetIsDoneExactlyWhenEveryConditionIsMet() {
        assertThat(StatusRules.qualitative(3, 3, 2025, 2030)).isEqualTo(Status.DONE);
        assertThat(StatusRules.qualitative(3, 3, null, 2024)).isEqualTo(Status.DONE);
        assertThat(StatusRules.qualitative(1, 1, 2025, 2025)).isEqualTo(Status.DONE);
        assertThat(StatusRules.qualitative(3, 2, null, 2024)).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void aQualitativeTargetNotMetIsOnTrackBeforeItsYearAtRiskInItAndOverdueAfter() {
        assertThat(StatusRules.qualitative(3, 0, 2025, 2024)).isEqualTo(Status.ON_TRACK);
        assertThat(StatusRules.qualitative(3, 2, 2025, 2024)).isEqualTo(Status.ON_TRACK);
        assertThat(StatusRules.qualitative(3, 0, 2025, 2025)).isEqualTo(Status.AT_RISK);
        assertThat(StatusRules.qualitative(3, 2, 2025, 2025)).isEqualTo(Status.AT_RISK);
        assertThat(StatusRules.qualitative(3, 2, 2025, 2026)).isEqualTo(Status.OVERDUE);
        assertThat(StatusRules.qualitative(3, 0, 2025, 2026)).isEqualTo(Status.OVERDUE);
        // without a due year nothing is late
        assertThat(StatusRules.qualitative(3, 0, null, 2040)).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void aQualitativeTargetWithoutConditionsHasNothingToJudge() {
        assertThat(StatusRules.qualitative(0, 0, 2025, 2026)).isEqualTo(Status.UNKNOWN);
        assertThat(StatusRules.qualitative(0, 0, null, 2024)).isEqualTo(Status.UNKNOWN);
    }
}
