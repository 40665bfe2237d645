package org.edugov.registry;

import java.util.List;

/** One town's single-year cohorts 0–18 for a year and basis, both sexes together. */
public record PopulationRow(long townId, String townName, List<Integer> byAge) {

    public PopulationRow {
        byAge = List.copyOf(byAge);
    }

    public int total() {
        return byAge.stream().mapToInt(Integer::intValue).sum();
    }
}
