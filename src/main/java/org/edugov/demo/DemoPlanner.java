package org.edugov.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.edugov.demo.DemoSchoolPlan.Location;
import org.edugov.demo.DemoSchoolPlan.PlannedClass;
import org.edugov.org.OrgImportRow;
import org.edugov.registry.Grade;
import org.edugov.shared.Stage;

/**
 * Decides every school's profile and classes. Sizes come from a relative weight per school (a county's
 * 实验小学 is ten times a village school) scaled so that each stage reaches its share of the scale's total,
 * about 520,000 pupils in a city and ten million in a province, split roughly as China's enrolment is.
 */
final class DemoPlanner {

    private static final int CITY_PUPILS = 520_000;
    private static final int PROVINCE_PUPILS = 10_000_000;
    private static final Map<Stage, Double> SHARES = Map.of(Stage.PRESCHOOL, 0.155, Stage.PRIMARY, 0.445,
            Stage.JUNIOR, 0.212, Stage.SENIOR, 0.124, Stage.VOCATIONAL, 0.062, Stage.SPECIAL, 0.002);

    private final DemoGeography geo;
    private final long seed;
    private final LocalDate today;
    private final int schoolYear;

    DemoPlanner(DemoGeography geo, long seed, LocalDate today, int schoolYear) {
        this.geo = geo;
        this.seed = seed;
        this.today = today;
        this.schoolYear = schoolYear;
    }

    /** A random stream of its own for each school and purpose, so parts can be generated independently. */
    static SplittableRandom random(long seed, int schoolIndex, int purpose) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + schoolIndex * 0xBF58476D1CE4E5B9L + purpose);
    }

    List<DemoSchoolPlan> plan() {
        List<OrgImportRow> schools = geo.schools();
        List<Map<Stage, Double>> weights = new ArrayList<>();
        Map<Stage, Double> totals = new EnumMap<>(Stage.class);
        for (OrgImportRow s : schools) {
            Map<Stage, Double> w = DemoSizes.weights(s, geo.location(s), geo.isVillage(s));
            w.forEach((stage, v) -> totals.merge(stage, v, Double::sum));
            weights.add(w);
        }
        int total = geo.isProvince() ? PROVINCE_PUPILS : CITY_PUPILS;
        Map<Stage, Double> factor = new EnumMap<>(Stage.class);
        totals.forEach((stage, sum) -> factor.put(stage, total * SHARES.get(stage) / sum));
        List<DemoSchoolPlan> plans = new ArrayList<>(schools.size());
        for (int i = 0; i < schools.size(); i++) {
            Map<Stage, Integer> sizes = new EnumMap<>(Stage.class);
            weights.get(i).forEach((stage, w) -> sizes.put(stage, (int) Math.round(w * factor.get(stage))));
            plans.add(school(schools.get(i), i, sizes));
        }
        return List.copyOf(plans);
    }

    private DemoSchoolPlan school(OrgImportRow s, int index, Map<Stage, Integer> sizes) {
        SplittableRandom r = random(seed, index, 1);
        Location location = geo.location(s);
        boolean village = geo.isVillage(s);
        String county = geo.countyOf(s.code());
        List<PlannedClass> classes = new ArrayList<>();
        List<Stage> stages = new ArrayList<>();
        if (s.schoolType().equals("211") && location.rural() && r.nextInt(100) < 25) {
            stages.add(Stage.PRESCHOOL);
            classes.add(new PlannedClass("附设幼儿班", List.of(Grade.K3), List.of(15 + r.nextInt(16)), false));
        }
        sizes.forEach((stage, size) -> {
            stages.add(stage);
            classes.addAll(DemoSizes.classes(s.schoolType(), stage, size, r));
        });
        String ownership = ownership(s, location, r);
        boolean inclusive = ownership.equals("2") && s.schoolType().equals("111") && r.nextBoolean();
        LocalDate since = inclusive ? LocalDate.of(2019 + r.nextInt(Math.max(1, schoolYear - 2019)), 1 + r.nextInt(12),
                1 + r.nextInt(28)) : null;
        if (since != null && since.isAfter(today)) {
            since = today;
        }
        boolean boarding = location.rural() && (stages.contains(Stage.JUNIOR) || stages.contains(Stage.SENIOR))
                ? r.nextInt(100) < 60 : s.schoolType().equals("342") && r.nextInt(100) < 50;
        return new DemoSchoolPlan(s, index, county, geo.name(county), geo.homeCounty(county, index), geo.townOf(s),
                geo.townOf(s) == null ? null : geo.name(geo.townOf(s)), location, village,
                geo.isDistrict(county), ownership, since, urbanRural(location, village, geo.isDistrict(county), r), boarding,
                List.copyOf(stages), List.copyOf(classes));
    }

    /** About 40% of kindergartens are private (民办), the brand-named ones mostly; a few urban schools too. */
    private static String ownership(OrgImportRow s, Location location, SplittableRandom r) {
        boolean anchored = location == Location.CITY || location == Location.COUNTY || s.name().contains("中心");
        if (s.schoolType().equals("111") && !anchored) {
            return r.nextInt(100) < (DemoNames.hasBrand(s.name()) ? 80 : 30) ? "2" : "1";
        }
        boolean urbanSchool = location == Location.STREET && !s.schoolType().equals("111");
        return urbanSchool && r.nextInt(100) < 6 ? "2" : "1";
    }

    /** 街道 111/112, 镇 121/122, 乡 210/220; schools of a county seat count as 镇区 unless it is a 区. */
    private static String urbanRural(Location location, boolean village, boolean district, SplittableRandom r) {
        return switch (location) {
            case CITY -> "111";
            case COUNTY -> district ? "111" : "121";
            case STREET -> r.nextInt(100) < 80 ? "111" : "112";
            case TOWN -> village ? "122" : "121";
            case TOWNSHIP -> village ? "220" : "210";
        };
    }
}
