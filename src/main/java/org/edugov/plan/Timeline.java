package org.edugov.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A plan's tasks by deadline, plain Java: grouped by year and quarter, earliest first, then the tasks without a
 * date (whose deadline the plan gives only in words, if at all), each list in the plan's order within a date.
 */
record Timeline(List<Year> years, List<Entry> undated, int shown) {

    /** A task with its status and the action (or project) it belongs to. */
    record Entry(PlanOverview.TaskView view, String action) {

        public PlanQueries.TaskRow task() {
            return view.task();
        }

        /** The lead unit as resolved, else as the plan names it (may be empty). */
        public String lead() {
            return view.task().leadUnitName() != null ? view.task().leadUnitName() : view.task().leadName();
        }
    }

    record Quarter(int quarter, List<Entry> entries) {
    }

    record Year(int year, List<Quarter> quarters) {
    }

    /** The entries whose lead is {@code lead} and whose status is {@code status} (either null: any). */
    static Timeline of(List<Entry> entries, String lead, Status status) {
        List<Entry> chosen = entries.stream().filter(e -> lead == null || e.lead().equals(lead))
                .filter(e -> status == null || e.view().status() == status).toList();
        Map<Integer, Map<Integer, List<Entry>>> dated = new LinkedHashMap<>();
        chosen.stream().filter(e -> e.task().deadline() != null)
                .sorted(Comparator.comparing(e -> e.task().deadline()))
                .forEach(e -> dated.computeIfAbsent(e.task().deadline().getYear(), y -> new LinkedHashMap<>())
                        .computeIfAbsent((e.task().deadline().getMonthValue() - 1) / 3 + 1, q -> new ArrayList<>())
                        .add(e));
        List<Year> years = dated.entrySet().stream().map(y -> new Year(y.getKey(), y.getValue().entrySet().stream()
                .map(q -> new Quarter(q.getKey(), List.copyOf(q.getValue()))).toList())).toList();
        return new Timeline(years, chosen.stream().filter(e -> e.task().deadline() == null).toList(), chosen.size());
    }

    /** The distinct named leads of the entries, for the filter. */
    static List<String> leads(List<Entry> entries) {
        return entries.stream().map(Entry::lead).filter(Objects::nonNull).filter(l -> !l.isBlank()).distinct()
                .sorted().toList();
    }
}
