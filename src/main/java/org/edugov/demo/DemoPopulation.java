package org.edugov.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edugov.registry.BulkCohort;
import org.edugov.registry.Grade;
import org.edugov.shared.Sex;

/**
 * Single-year cohorts (ages 0–18) per town, sized from the pupils so that gross enrolment ratios come out
 * plausible: 学前 about 92%, 小学 about 100% (net about 99.6%), 初中 about 101%, 高中阶段 about 91%. Each city's cohort is shared
 * among its towns by their own schools' pupils. 常住 exceeds 户籍 in 街道 (people move in) and falls short of it
 * in 镇 and 乡 (people work elsewhere). Ages below three shrink, as births have. The year before holds the same
 * people a year younger. The 残联 roster of disabled children (ages 6–15) is a small share of the residents.
 */
final class DemoPopulation {

    private static final int MAX_AGE = 18;
    private static final double MALE_SHARE = 0.525;
    /** Disabled children on the 残联 roster per resident child of compulsory age (the registry enrols ~95% of them). */
    private static final double DISABLED_SHARE = 0.0062;

    private DemoPopulation() {
    }

    static List<BulkCohort> cohorts(DemoGeography geo, List<DemoSchoolPlan> plans, int year) {
        Map<String, Map<Grade, Integer>> gradePupils = new HashMap<>();
        Map<String, Double> townWeight = new HashMap<>();
        for (DemoSchoolPlan p : plans) {
            Map<Grade, Integer> byGrade = gradePupils.computeIfAbsent(geo.cityOf(p.county()),
                    k -> new EnumMap<>(Grade.class));
            p.classes().forEach(c -> {
                for (int i = 0; i < c.grades().size(); i++) {
                    byGrade.merge(c.grades().get(i), c.counts().get(i), Integer::sum);
                }
            });
            if (p.townCode() != null) {
                townWeight.merge(p.townCode(), (double) p.pupils(), Double::sum);
            }
        }
        Map<String, Double> cityWeight = new HashMap<>();
        List<String> towns = new ArrayList<>();
        for (String county : geo.counties()) {
            for (String town : geo.towns(county)) {
                towns.add(town);
                cityWeight.merge(geo.cityOf(county), weight(townWeight, town), Double::sum);
            }
        }
        List<BulkCohort> rows = new ArrayList<>(towns.size() * (MAX_AGE + 1) * 8);
        for (String town : towns) {
            String city = geo.cityOf(geo.countyOfTown(town));
            double share = weight(townWeight, town) / cityWeight.get(city);
            double moveIn = geo.name(town).endsWith("街道") ? 1.08 : 0.9;
            double[] ages = ages(gradePupils.getOrDefault(city, Map.of()));
            // a town's roster counts are small: fractions are carried from one age to the next, not rounded away
            double carry = 0;
            for (int back = 1; back >= 0; back--) {
                for (int age = 0; age <= MAX_AGE; age++) {
                    double persons = ages[Math.min(MAX_AGE, age + back)] * share;
                    for (Sex sex : Sex.values()) {
                        double resident = persons * (sex == Sex.MALE ? MALE_SHARE : 1 - MALE_SHARE);
                        rows.add(new BulkCohort(town, year - back, "HUKOU", age, sex,
                                (int) Math.round(resident / moveIn)));
                        rows.add(new BulkCohort(town, year - back, "RESIDENT", age, sex, (int) Math.round(resident)));
                        if (age >= 6 && age <= 15) {
                            double exact = resident * DISABLED_SHARE + carry;
                            int rostered = (int) Math.floor(exact);
                            carry = exact - rostered;
                            rows.add(new BulkCohort(town, year - back, "DISABLED", age, sex, rostered));
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static double weight(Map<String, Double> townWeight, String town) {
        return Math.max(50, townWeight.getOrDefault(town, 0.0));
    }

    /** Resident persons by age for a city whose pupils per grade are given. */
    private static double[] ages(Map<Grade, Integer> pupils) {
        double[] ages = new double[MAX_AGE + 1];
        for (Grade g : Grade.values()) {
            double ratio = switch (g.stage()) {
                case PRESCHOOL -> 0.92;
                case PRIMARY -> 1.0;
                case JUNIOR -> 1.01;
                default -> 0.91;
            };
            ages[g.typicalAge()] += pupils.getOrDefault(g, 0) / ratio;
        }
        ages[2] = ages[3] * 0.95;
        ages[1] = ages[3] * 0.9;
        ages[0] = ages[3] * 0.85;
        ages[18] = ages[17];
        return ages;
    }
}
