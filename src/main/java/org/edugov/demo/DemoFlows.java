package org.edugov.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.edugov.registry.BulkFlow;
import org.edugov.registry.Grade;
import org.edugov.shared.Stage;

/**
 * The base-report flows of the nine school years before the current one for every primary and junior grade a
 * school teaches, sized from its present classes: 一年级 intake near today's grade size, about 1% of a grade
 * transferring in and out each year, a few dropouts (about 0.3%), rare deaths, and 六年级 graduates near the grade
 * size. 九年级 graduates are scaled by {@code juniorScale} so that a county's graduates stay near 97% of its
 * intake nine years before, as pupils mostly stay in their county between primary and junior school.
 */
final class DemoFlows {

    static final int YEARS = 9;

    private DemoFlows() {
    }

    static List<BulkFlow> flows(DemoSchoolPlan school, long seed, int schoolYear, double juniorScale) {
        Map<Grade, Integer> sizes = gradeSizes(school);
        SplittableRandom r = DemoPlanner.random(seed, school.index(), 5);
        List<BulkFlow> flows = new ArrayList<>();
        for (int back = YEARS; back >= 1; back--) {
            for (Map.Entry<Grade, Integer> e : sizes.entrySet()) {
                Grade g = e.getKey();
                if (g.stage() != Stage.PRIMARY && g.stage() != Stage.JUNIOR) {
                    continue;
                }
                int size = g.stage() == Stage.JUNIOR ? (int) Math.round(e.getValue() * juniorScale) : e.getValue();
                int intake = g == Grade.P1 ? (int) Math.round(size * (0.98 + r.nextDouble() * 0.06)) : 0;
                int in = binomial(size, 0.01, r);
                int out = binomial(size, 0.01, r);
                int dropouts = binomial(size, 0.003, r);
                int deaths = binomial(size, 0.0002, r);
                boolean last = g == Grade.J3 || g == Grade.P6;
                int graduates = last ? Math.max(0, size + in - out - dropouts - deaths) : 0;
                flows.add(new BulkFlow(school.code(), schoolYear - back, g.name(), intake, graduates, in, out, dropouts,
                        deaths));
            }
        }
        return flows;
    }

    static Map<Grade, Integer> gradeSizes(DemoSchoolPlan school) {
        Map<Grade, Integer> sizes = new EnumMap<>(Grade.class);
        for (DemoSchoolPlan.PlannedClass c : school.classes()) {
            for (int i = 0; i < c.grades().size(); i++) {
                sizes.merge(c.grades().get(i), c.counts().get(i), Integer::sum);
            }
        }
        return sizes;
    }

    /** Per county: the factor bringing its 九年级 size to about 97% of its 一年级 size. */
    static Map<String, Double> juniorScales(List<DemoSchoolPlan> schools, long seed) {
        Map<String, int[]> sums = new HashMap<>();
        for (DemoSchoolPlan p : schools) {
            Map<Grade, Integer> sizes = gradeSizes(p);
            int[] s = sums.computeIfAbsent(p.county(), k -> new int[2]);
            s[0] += sizes.getOrDefault(Grade.P1, 0);
            s[1] += sizes.getOrDefault(Grade.J3, 0);
        }
        Map<String, Double> scales = new HashMap<>();
        sums.forEach((county, s) -> {
            SplittableRandom r = new SplittableRandom(seed ^ county.hashCode());
            scales.put(county, s[0] == 0 || s[1] == 0 ? 1.0 : s[0] * (0.955 + r.nextDouble() * 0.035) / s[1]);
        });
        return scales;
    }

    private static int binomial(int n, double p, SplittableRandom r) {
        double mean = n * p;
        return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * (r.nextDouble() * 2 - 1)));
    }
}
