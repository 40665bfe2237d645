package org.edugov.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline's grouping by year and quarter, its order, the undated tail and the filters. */
class TimelineTest {

    private static Timeline.Entry entry(String code, String deadline, String lead, String leadUnit, Status status) {
        PlanQueries.TaskRow task = new PlanQueries.TaskRow(code.hashCode(), 1, code, "task " + code, lead,
                leadUnit == null ? null : 7L, leadUnit, List.of(), deadline == null ? null : LocalDate.parse(deadline),
                deadline == null ? "2025年底前" : "", List.of(), 0, null);
        return new Timeline.Entry(new PlanOverview.TaskView(task, status), "A1");
    }

    private static final List<Timeline.Entry> ENTRIES = List.of(
            entry("K1", "2025-12-31", "市财政局", null, Status.OVERDUE),
            entry("K2", null, "", null, Status.UNKNOWN),
            entry("K3", "2025-01-01", "市教育局", "示范市教育局", Status.OVERDUE),
            entry("K4", "2025-03-31", "", null, Status.DONE),
            entry("K5", "2025-04-01", "市财政局", null, Status.OVERDUE),
            entry("K6", "2027-06-30", "市财政局", null, Status.ON_TRACK),
            entry("K7", "2025-12-31", "", null, Status.OVERDUE));

    private static List<String> codes(List<Timeline.Entry> entries) {
        return entries.stream().map(e -> e.task().code()).toList();
    }

    @Test
    void tasksAreGroupedByYearAndQuarterEarliestFirstAndTheUndatedComeLast() {
        Timeline t = Timeline.of(ENTRIES, null, null);
        assertThat(t.shown()).isEqualTo(7);
        assertThat(t.years()).extracting(Timeline.Year::year).containsExactly(2025, 2027);
        assertThat(t.years().get(0).quarters()).extracting(Timeline.Quarter::quarter).containsExactly(1, 2, 4);
        // 1 January and 31 March are the first quarter; 1 April the second
        assertThat(codes(t.years().get(0).quarters().get(0).entries())).containsExactly("K3", "K4");
        assertThat(codes(t.years().get(0).quarters().get(1).entries())).containsExactly("K5");
        // the same date keeps the plan's order
        assertThat(codes(t.years().get(0).quarters().get(2).entries())).containsExactly("K1", "K7");
        assertThat(codes(t.years().get(1).quarters().get(0).entries())).containsExactly("K6");
        assertThat(codes(t.undated())).containsExactly("K2");
    }

    @Test
    void filtersByLeadAsShownAndByStatus() {
        Timeline finance = Timeline.of(ENTRIES, "市财政局", null);
        assertThat(finance.shown()).isEqualTo(3);
        assertThat(finance.undated()).isEmpty();
        // a resolved lead unit is filtered by its name, not the plan's wording
        assertThat(Timeline.of(ENTRIES, "示范市教育局", null).shown()).isEqualTo(1);
        assertThat(Timeline.of(ENTRIES, "市教育局", null).shown()).isZero();
        Timeline overdueFinance = Timeline.of(ENTRIES, "市财政局", Status.OVERDUE);
        assertThat(overdueFinance.years()).hasSize(1);
        assertThat(overdueFinance.years().get(0).quarters().stream().flatMap(q -> q.entries().stream())
                .map(e -> e.task().code())).containsExactly("K5", "K1");
        assertThat(Timeline.of(ENTRIES, null, Status.UNKNOWN).undated()).hasSize(1);
        assertThat(Timeline.leads(ENTRIES)).containsExactly("市财政局", "示范市教育局");
    }
}
