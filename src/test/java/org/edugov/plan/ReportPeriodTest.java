package org.edugov.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.edugov.plan.ReportPeriod.Every;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void aDayFallsInItsMonthQuarterHalfAndYear() {
        LocalDate day = LocalDate.of(2026, 10, 31);
        assertThat(ReportPeriod.of(Every.MONTH, day).label()).isEqualTo("2026-10");
        assertThat(ReportPeriod.of(Every.QUARTER, day).label()).isEqualTo("2026Q4");
        assertThat(ReportPeriod.of(Every.HALF_YEAR, day).label()).isEqualTo("2026H2");
        assertThat(ReportPeriod.of(Every.YEAR, day).label()).isEqualTo("2026");
        assertThat(ReportPeriod.of(Every.QUARTER, LocalDate.of(2026, 3, 31)).label()).isEqualTo("2026Q1");
        assertThat(ReportPeriod.of(Every.QUARTER, LocalDate.of(2026, 4, 1)).label()).isEqualTo("2026Q2");
        assertThat(ReportPeriod.of(Every.HALF_YEAR, LocalDate.of(2026, 6, 30)).label()).isEqualTo("2026H1");
    }

    @Test
    void periodsStartEndAndStepAcrossTheYear() {
        ReportPeriod q1 = ReportPeriod.of(Every.QUARTER, LocalDate.of(2026, 2, 10));
        assertThat(q1.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q1.end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(q1.previous().label()).isEqualTo("2025Q4");
        assertThat(q1.previous().next()).isEqualTo(q1);
        ReportPeriod feb = ReportPeriod.of(Every.MONTH, LocalDate.of(2028, 2, 3));
        assertThat(feb.end()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(ReportPeriod.of(Every.MONTH, LocalDate.of(2026, 12, 5)).next().label()).isEqualTo("2027-01");
        assertThat(ReportPeriod.of(Every.HALF_YEAR, LocalDate.of(2026, 12, 5)).end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(ReportPeriod.of(Every.YEAR, LocalDate.of(2026, 12, 5)).previous().label()).isEqualTo("2025");
    }

    @Test
    void labelsParseOnlyForTheirCycle() {
        assertThat(ReportPeriod.parse(Every.QUARTER, "2026Q3")).contains(new ReportPeriod(Every.QUARTER, 2026, 3));
        assertThat(ReportPeriod.parse(Every.MONTH, " 2026-07 ")).contains(new ReportPeriod(Every.MONTH, 2026, 7));
        assertThat(ReportPeriod.parse(Every.HALF_YEAR, "2026H2")).contains(new ReportPeriod(Every.HALF_YEAR, 2026, 2));
        assertThat(ReportPeriod.parse(Every.YEAR, "2026")).contains(new ReportPeriod(Every.YEAR, 2026, 1));
        assertThat(ReportPeriod.parse(Every.QUARTER, "2026-07")).isEmpty();
        assertThat(ReportPeriod.parse(Every.MONTH, "2026-13")).isEmpty();
        assertThat(ReportPeriod.parse(Every.MONTH, "2026-00")).isEmpty();
        assertThat(ReportPeriod.parse(Every.YEAR, "2026Q1")).isEmpty();
        assertThat(ReportPeriod.parse(Every.QUARTER, "2026Q5")).isEmpty();
        assertThat(ReportPeriod.parse(Every.QUARTER, "")).isEmpty();
        assertThat(ReportPeriod.parse(Every.QUARTER, null)).isEmpty();
    }

    @Test
    void aReportIsLateOnlyAfterTheGraceDays() {
        ReportPeriod q3 = new ReportPeriod(Every.QUARTER, 2026, 3);
        assertThat(q3.lateOn(LocalDate.of(2026, 10, 15), 15)).isFalse();
        assertThat(q3.lateOn(LocalDate.of(2026, 10, 16), 15)).isTrue();
        assertThat(q3.lateOn(LocalDate.of(2026, 10, 1), 0)).isTrue();
        assertThat(q3.lateOn(LocalDate.of(2026, 9, 30), 0)).isFalse();
    }
}
