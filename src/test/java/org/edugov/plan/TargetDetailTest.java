package org.edugov.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.edugov.indicator.IndicatorValues;
import org.junit.jupiter.api.Test;

/** How a target is written and how the units below are ordered on its page. */
class TargetDetailTest {

    private static PlanQueries.TargetRow target(String comparator, String value, String unit, boolean qualitative) {
        return new PlanQueries.TargetRow(1, 1, "G1T1", "text", null, comparator,
                value == null ? null : new BigDecimal(value), unit, 2025, null, null, qualitative, List.of());
    }

    private static TargetDetail.UnitStatus unit(String code, String value, Status status) {
        return new TargetDetail.UnitStatus(new IndicatorValues.UnitValue(code.hashCode(), code, code,
                value == null ? null : new BigDecimal(value), value == null ? "NO_DATA" : null), status);
    }

    @Test
    void theRequirementIsWrittenWithItsSignAndUnit() {
        assertThat(TargetDetail.requirement(target(">=", "94.5", "%", false))).isEqualTo("≥ 94.5%");
        assertThat(TargetDetail.requirement(target("<=", "45", null, false))).isEqualTo("≤ 45");
        assertThat(TargetDetail.requirement(target("=", "0", "所", false))).isEqualTo("= 0所");
        assertThat(TargetDetail.requirement(target(null, null, null, true))).isEmpty();
    }

    @Test
    void unitsAreOrderedWorstStatusFirstThenFurthestBehind() {
        List<TargetDetail.UnitStatus> units = List.of(unit("A", "90", Status.DONE), unit("B", null, null),
                unit("C", "70", Status.AT_RISK), unit("D", "50", Status.OVERDUE), unit("E", "60", Status.AT_RISK),
                unit("F", "80", Status.ON_TRACK), unit("G", null, Status.UNKNOWN));
        assertThat(units.stream().sorted(TargetDetail.worstFirst(">=")).map(u -> u.unit().unitCode()))
                .containsExactly("D", "E", "C", "F", "A", "B", "G");
        // for an upper limit the highest value is the furthest behind
        assertThat(units.stream().sorted(TargetDetail.worstFirst("<=")).map(u -> u.unit().unitCode()))
                .containsExactly("D", "C", "E", "F", "A", "B", "G");
    }
}
