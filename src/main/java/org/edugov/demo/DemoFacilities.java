package org.edugov.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.edugov.registry.BulkSchoolYear;
import org.edugov.shared.Stage;

/**
 * A school's facilities and finance for the current school year and the two before it, scaled by its pupils
 * and teachers. Compliance (心理辅导室 in about 85% of compulsory schools, alarms, video, closed campus) grows a
 * little from year to year; 生均公用经费 lies around the national minimums (650 yuan 小学, 850 yuan 初中) with a
 * few schools below; teacher training spending sits around the required 5% of public funds.
 */
final class DemoFacilities {

    private static final int YEARS = 3;

    private DemoFacilities() {
    }

    static List<BulkSchoolYear> years(DemoSchoolPlan school, long seed, int schoolYear) {
        SplittableRandom r = DemoPlanner.random(seed, school.index(), 4);
        Stage main = mainStage(school);
        double buildingPerPupil = switch (main) {
            case PRESCHOOL -> 8;
            case PRIMARY -> 7;
            case JUNIOR -> 9;
            case SENIOR -> 12;
            case VOCATIONAL -> 14;
            case SPECIAL -> 40;
        } * (0.8 + r.nextDouble() * 0.5);
        double groundPerPupil = (school.location().rural() ? 10 : 5) * (0.6 + r.nextDouble() * 0.8);
        double computersPer = 6 + r.nextInt(7);
        double fundsBase = funds(main, r);
        double training = 0.03 + r.nextDouble() * 0.05;
        double equipmentPerPupil = 1500 + r.nextInt(2000);
        int bandwidth = school.schoolType().equals("218") ? 100 : school.location().rural() ? 100 * (1 + r.nextInt(3))
                : 500 * (1 + r.nextInt(2));
        double counseling = r.nextDouble();
        double resource = r.nextDouble();
        double alarm = r.nextDouble();
        double video = r.nextDouble();
        double closed = r.nextDouble();
        boolean compulsory = school.compulsory() && !school.schoolType().equals("218");
        List<BulkSchoolYear> years = new ArrayList<>(YEARS);
        for (int back = YEARS - 1; back >= 0; back--) {
            double lag = 0.04 * back;
            int pupils = (int) Math.round(school.pupils() * (1 - 0.015 * back));
            int teachers = DemoStaff.headcount(school);
            double funds = fundsBase * (1 - 0.03 * back);
            years.add(new BulkSchoolYear(school.code(), schoolYear - back, money(pupils * buildingPerPupil * 0.55),
                    money(pupils * buildingPerPupil), money(pupils * groundPerPupil),
                    (int) Math.round(pupils / computersPer), teachers, (int) Math.round(school.classes().size()
                            * (0.95 - lag * 2)), bandwidth,
                    counseling < (compulsory ? 0.85 : 0.5) - lag, school.special() || compulsory && resource < 0.3 - lag,
                    alarm < 0.93 - lag, video < 0.96 - lag, closed < 0.9 - lag, money(pupils * equipmentPerPupil),
                    money(funds), money(funds * pupils * training)));
        }
        return years;
    }

    /** The stage with most pupils, or SPECIAL for special schools; it decides area and funding norms. */
    private static Stage mainStage(DemoSchoolPlan school) {
        if (school.special()) {
            return Stage.SPECIAL;
        }
        Stage main = school.stages().getFirst();
        for (Stage s : school.stages()) {
            main = school.pupils(s) > school.pupils(main) ? s : main;
        }
        return main;
    }

    /** 生均公用经费 in yuan: about 5% of primary and junior schools below the national minimum. */
    private static double funds(Stage stage, SplittableRandom r) {
        boolean below = r.nextInt(100) < 5;
        return switch (stage) {
            case PRESCHOOL -> 500 + r.nextInt(500);
            case PRIMARY -> below ? 600 + r.nextInt(50) : 650 + r.nextInt(250);
            case JUNIOR -> below ? 800 + r.nextInt(50) : 850 + r.nextInt(300);
            case SENIOR -> 1000 + r.nextInt(500);
            case VOCATIONAL -> 1200 + r.nextInt(800);
            case SPECIAL -> 6000 + r.nextInt(1000);
        };
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
