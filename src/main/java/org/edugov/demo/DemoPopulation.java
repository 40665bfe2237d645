package org.edugov.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.edugov.org.OrgImportRow;

/**
 * Age cohorts 0–18 per town for the current and the previous year, in the population template's
 * columns. Streets (街道) have more residents than registered people (migrant families), villages fewer.
 */
public final class DemoPopulation {

    private DemoPopulation() {
    }

    public static List<String[]> generate(List<OrgImportRow> units, long seed, int year) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String[]> rows = new ArrayList<>();
        for (OrgImportRow town : units) {
            if (!town.kind().equals("TOWN")) {
                continue;
            }
            boolean street = town.name().endsWith("街道");
            int base = street ? 260 : town.name().endsWith("镇") ? 170 : 90;
            double residentFactor = street ? 1.12 : 0.9;
            for (int y = year - 1; y <= year; y++) {
                for (int age = 0; age <= 18; age++) {
                    for (String sex : new String[] {"男", "女"}) {
                        int registered = (int) Math.round((base - age + random.nextInt(31) + (sex.equals("男") ? 8 : 0))
                                * stageFactor(age));
                        int resident = (int) Math.round(registered * residentFactor);
                        rows.add(row(town.code(), y, "户籍", age, sex, registered));
                        rows.add(row(town.code(), y, "常住", age, sex, resident));
                    }
                }
            }
        }
        return rows;
    }

    /**
     * Scales cohorts to the demo's school sizes per stage, so that gross enrolment ratios land near the
     * plans' ranges (学前 ≈ 90%, 小学 ≈ 104%, 初中 ≈ 100%, 高中阶段 ≈ 92%).
     */
    private static double stageFactor(int age) {
        if (age <= 5) {
            return 0.42;
        }
        if (age <= 11) {
            return 0.60;
        }
        return age <= 14 ? 0.52 : 0.32;
    }

    private static String[] row(String town, int year, String basis, int age, String sex, int persons) {
        return new String[] {town, String.valueOf(year), basis, String.valueOf(age), sex, String.valueOf(persons)};
    }
}
