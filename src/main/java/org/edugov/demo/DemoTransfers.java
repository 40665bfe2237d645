package org.edugov.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Where a transferred pupil came from: another school of the same type in the same county. */
final class DemoTransfers {

    private final Map<String, List<String>> byCountyAndType = new HashMap<>();

    DemoTransfers(List<DemoSchoolPlan> plans) {
        for (DemoSchoolPlan p : plans) {
            byCountyAndType.computeIfAbsent(p.county() + p.schoolType(), k -> new ArrayList<>()).add(p.code());
        }
    }

    /** A sending school, or null when the school is the only one of its kind in the county. */
    String origin(DemoSchoolPlan school, SplittableRandom r) {
        List<String> peers = byCountyAndType.get(school.county() + school.schoolType());
        if (peers.size() < 2) {
            return null;
        }
        String other = peers.get(r.nextInt(peers.size() - 1));
        return other.equals(school.code()) ? peers.getLast() : other;
    }
}
