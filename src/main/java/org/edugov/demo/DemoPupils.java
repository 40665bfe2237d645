package org.edugov.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.edugov.org.OrgImportRow;

/**
 * Pupils for the demo schools, deterministic from the seed, in the pupil import template's column order,
 * so that demo data goes through the same validation as a bureau's files. Class sizes vary around the
 * norm of each stage, with a few 大班额 classes; 1–3% of pupils are over-age, about 0.5% have a disability,
 * some are migrant or left-behind children.
 */
public final class DemoPupils {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华梅鑫浩宇轩然博文子涵欣怡梓萱晨阳佳琪思雨";
    private final SplittableRandom random;
    private final DemoIds ids = new DemoIds();
    private final int schoolYear;

    private DemoPupils(long seed, int schoolYear) {
        this.random = new SplittableRandom(seed);
        this.schoolYear = schoolYear;
    }

    /** Hands every generated row to the consumer; returns how many there were. */
    public static int generate(List<OrgImportRow> units, long seed, int schoolYear, Consumer<String[]> rows) {
        DemoPupils pupils = new DemoPupils(seed, schoolYear);
        Map<String, String> countyOf = countyCodes(units);
        int count = 0;
        for (OrgImportRow unit : units) {
            if (unit.schoolType() != null) {
                count += pupils.school(unit, countyOf.get(unit.code()), rows);
            }
        }
        return count;
    }

    private int school(OrgImportRow school, String county, Consumer<String[]> rows) {
        int count = 0;
        for (ClassPlan plan : plans(school.schoolType())) {
            for (int c = 1; c <= plan.classes; c++) {
                int size = classSize(plan.size);
                String className = plan.grade + "-" + c + "班";
                for (int i = 0; i < size; i++) {
                    rows.accept(pupil(school.code(), county, plan, className));
                    count++;
                }
            }
        }
        return count;
    }

    private int classSize(int norm) {
        int size = norm - 6 + random.nextInt(13);
        return random.nextInt(100) < 4 ? 56 + random.nextInt(8) : size;
    }

    private String[] pupil(String school, String county, ClassPlan plan, String className) {
        int age = plan.age + (random.nextInt(100) < 2 ? 1 + random.nextInt(2) : 0);
        LocalDate birth = LocalDate.of(schoolYear - age, 9, 1).minusDays(1 + random.nextInt(365));
        boolean male = random.nextInt(100) < 52;
        String id = ids.next(county, birth, male);
        String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + ""
                + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextInt(10) < 6 ? String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))) : "");
        boolean disabled = plan.special || random.nextInt(1000) < 5;
        return new String[] {school, name, "1", id, "", "G" + id, male ? "1" : "2", birth.toString(),
            random.nextInt(100) < 94 ? "01" : String.format("%02d", 2 + random.nextInt(55)), plan.grade, className,
            LocalDate.of(schoolYear - plan.yearInStage, 9, 1).toString(), "示范市" + county + "某路" + random.nextInt(900)
                + "号", random.nextInt(100) < 70 ? "3" : "1", random.nextInt(100) < 8 ? "是" : "否",
            random.nextInt(100) < 6 ? "是" : "否", disabled ? String.valueOf(1 + random.nextInt(7)) : "",
            disabled ? String.valueOf(1 + random.nextInt(4)) : "", disabled ? (plan.special ? "3" : "1") : ""};
    }

    private record ClassPlan(String grade, int age, int yearInStage, int classes, int size, boolean special) {
    }

    private static List<ClassPlan> plans(String schoolType) {
        List<ClassPlan> plans = new ArrayList<>();
        switch (schoolType) {
            case "111" -> stage(plans, "K", 3, 3, 1, 2, 28, false);
            case "211" -> stage(plans, "P", 6, 6, 1, 2, 42, false);
            case "218" -> stage(plans, "P", 6, 3, 1, 1, 12, false);
            case "311" -> stage(plans, "J", 12, 3, 1, 4, 46, false);
            case "312" -> {
                stage(plans, "P", 6, 6, 1, 2, 40, false);
                stage(plans, "J", 12, 3, 1, 2, 45, false);
            }
            case "341" -> {
                stage(plans, "J", 12, 3, 1, 4, 46, false);
                stage(plans, "S", 15, 3, 1, 4, 50, false);
            }
            case "342" -> stage(plans, "S", 15, 3, 1, 6, 50, false);
            case "361", "362", "363", "364", "365", "366", "369" -> stage(plans, "V", 15, 3, 1, 3, 40, false);
            case "511", "512", "513", "514" -> stage(plans, "P", 6, 6, 1, 1, 10, true);
            default -> { }
        }
        return plans;
    }

    private static void stage(List<ClassPlan> plans, String prefix, int firstAge, int grades, int from, int classes,
            int size, boolean special) {
        for (int g = from; g <= grades; g++) {
            plans.add(new ClassPlan(prefix + g, firstAge + g - 1, g - 1, classes, size, special));
        }
    }

    /** 学校 → its county: the county in its ancestry, or the city's code for 市直 schools. */
    public static Map<String, String> countyCodes(List<OrgImportRow> units) {
        Map<String, OrgImportRow> byCode = new HashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        Map<String, String> county = new HashMap<>();
        for (OrgImportRow u : units) {
            OrgImportRow at = u;
            while (at != null && !at.kind().equals("COUNTY") && !at.kind().equals("CITY")) {
                at = at.parentCode() == null ? null : byCode.get(at.parentCode());
            }
            county.put(u.code(), at == null ? null : at.code());
        }
        return county;
    }
}
