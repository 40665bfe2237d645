package org.edugov.demo;

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
 * Relative school sizes by type and place, and the classes a grade of a given size is taught in: class sizes
 * near each stage's norm (幼儿园 30, 小学 42, 初中 46, 高中 50), about 3% of compulsory classes of 56–65 pupils
 * (大班额) and a few of 66 or more (超大班额), 复式班 in 教学点, small 特教 classes.
 */
final class DemoSizes {

    private static final String[] GRADE_NAMES = {"小", "中", "大", "一年级", "二年级", "三年级", "四年级", "五年级",
        "六年级", "七年级", "八年级", "九年级", "高一", "高二", "高三", "中职一年级", "中职二年级", "中职三年级"};

    private DemoSizes() {
    }

    static Map<Stage, Double> weights(OrgImportRow s, Location at, boolean village) {
        Map<Stage, Double> w = new EnumMap<>(Stage.class);
        double rural = at == Location.TOWNSHIP ? 0.7 : 1.0;
        switch (s.schoolType()) {
            case "111" -> w.put(Stage.PRESCHOOL, at == Location.CITY ? 600.0 : at == Location.COUNTY ? 450
                    : at == Location.STREET ? (DemoNames.hasBrand(s.name()) ? 260 : 420) : village ? 150 * rural : 420 * rural);
            case "211" -> w.put(Stage.PRIMARY, at == Location.CITY || at == Location.COUNTY ? 2400.0
                    : at == Location.STREET ? (s.name().matches(".*第.小学") ? 1200 : 1800) : village ? 300 * rural : 1000 * rural);
            case "218" -> w.put(Stage.PRIMARY, 30.0);
            case "311" -> w.put(Stage.JUNIOR, at == Location.COUNTY ? 2400.0 : at == Location.STREET ? 1500 : 1000 * rural);
            case "312" -> {
                w.put(Stage.PRIMARY, at == Location.STREET ? 900.0 : 500 * rural);
                w.put(Stage.JUNIOR, at == Location.STREET ? 700.0 : 450 * rural);
            }
            case "341" -> {
                w.put(Stage.JUNIOR, at == Location.CITY ? 1800.0 : at == Location.COUNTY ? 1500 : 650);
                w.put(Stage.SENIOR, at == Location.CITY ? 1800.0 : at == Location.COUNTY ? 2000 : 650);
            }
            case "342" -> w.put(Stage.SENIOR, at == Location.CITY ? 3000.0 : 2800);
            case "345" -> {
                w.put(Stage.PRIMARY, 1200.0);
                w.put(Stage.JUNIOR, 900.0);
                w.put(Stage.SENIOR, 900.0);
            }
            case "366" -> w.put(Stage.VOCATIONAL, at == Location.CITY ? 2200.0 : 1500);
            case "511", "512", "513", "514" -> w.put(Stage.SPECIAL, 150.0);
            default -> w.put(Stage.VOCATIONAL, at == Location.CITY ? 3000.0 : 2500);
        }
        return w;
    }

    /** The classes of one stage of a school holding about {@code size} pupils. */
    static List<PlannedClass> classes(String schoolType, Stage stage, int size, SplittableRandom r) {
        List<Grade> grades = grades(schoolType, stage);
        List<PlannedClass> classes = new ArrayList<>();
        if (schoolType.equals("218")) {
            for (int g = 0; g + 1 < grades.size(); g += 2) {
                Grade a = grades.get(g);
                Grade b = grades.get(g + 1);
                int each = Math.max(1, size / grades.size());
                classes.add(new PlannedClass(GRADE_NAMES[a.ordinal()].charAt(0) + GRADE_NAMES[b.ordinal()] + "复式班",
                        List.of(a, b), List.of(jitter(each, r), jitter(each, r)), false));
            }
            return classes;
        }
        boolean special = stage == Stage.SPECIAL;
        int norm = special ? 10 : switch (stage) {
            case PRESCHOOL -> 30;
            case PRIMARY -> 42;
            case JUNIOR -> 46;
            default -> 50;
        };
        for (Grade g : grades) {
            int gradeSize = Math.max(special ? 4 : 8, (int) Math.round(size / (double) grades.size()
                    * (0.92 + r.nextDouble() * 0.16)));
            int count = Math.max(1, (int) Math.round(gradeSize / (double) norm));
            if (gradeSize / count > norm + 8) {
                count++;
            }
            for (int c = 1; c <= count; c++) {
                int classSize = Math.min(norm + 9, gradeSize / count + r.nextInt(-3, 4));
                if (!special && (g.stage() == Stage.PRIMARY || g.stage() == Stage.JUNIOR)) {
                    int roll = r.nextInt(1000);
                    classSize = roll < 3 ? 66 + r.nextInt(7) : roll < 33 ? 56 + r.nextInt(10) : Math.min(55, classSize);
                }
                classes.add(new PlannedClass(GRADE_NAMES[g.ordinal()] + "(" + c + ")班", List.of(g),
                        List.of(Math.max(special ? 3 : 5, classSize)), special));
            }
        }
        return classes;
    }

    private static int jitter(int n, SplittableRandom r) {
        return Math.max(1, n + r.nextInt(-2, 3));
    }

    /** Grades a stage has in a school of this type: 教学点 stop after 四年级, 特教 schools teach P and J grades. */
    static List<Grade> grades(String schoolType, Stage stage) {
        if (stage == Stage.SPECIAL) {
            return List.of(Grade.P1, Grade.P2, Grade.P3, Grade.P4, Grade.P5, Grade.P6, Grade.J1, Grade.J2, Grade.J3);
        }
        List<Grade> grades = new ArrayList<>();
        for (Grade g : Grade.values()) {
            if (g.stage() == stage && !(schoolType.equals("218") && g.ordinal() > Grade.P4.ordinal())) {
                grades.add(g);
            }
        }
        return grades;
    }
}
