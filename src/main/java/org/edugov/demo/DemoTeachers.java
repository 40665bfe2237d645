package org.edugov.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.edugov.org.OrgImportRow;

/**
 * Teachers for the demo schools in the teacher template's column order: staff sizes by school type,
 * degrees by stage, titles, 双师型 teachers in vocational schools, psychology teachers in most compulsory
 * schools, and 40% of teachers at their school for six years or more (eligible for 交流轮岗).
 */
public final class DemoTeachers {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁";
    private static final String GIVEN = "国建军华明丽敏静芳霞红志伟强平英秀兰玉春海涛燕洁";
    private static final String[] TITLES = {"SENIOR", "FIRST", "FIRST", "SECOND", "SECOND", "THIRD", "UNRANKED"};

    private final SplittableRandom random;
    private final DemoIds ids = new DemoIds();
    private final LocalDate today;

    private DemoTeachers(long seed, LocalDate today) {
        this.random = new SplittableRandom(seed);
        this.today = today;
    }

    public static List<String[]> generate(List<OrgImportRow> units, Map<String, String> countyOf, long seed,
            LocalDate today) {
        DemoTeachers teachers = new DemoTeachers(seed, today);
        List<String[]> rows = new ArrayList<>();
        for (OrgImportRow u : units) {
            if (u.schoolType() != null) {
                int staff = staff(u.schoolType());
                for (int i = 0; i < staff; i++) {
                    rows.add(teachers.teacher(u, countyOf.get(u.code()), i));
                }
            }
        }
        return rows;
    }

    private String[] teacher(OrgImportRow school, String county, int index) {
        LocalDate birth = LocalDate.of(1966 + random.nextInt(34), 1 + random.nextInt(12), 1 + random.nextInt(28));
        boolean male = random.nextInt(100) < 35;
        String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + ""
                + GIVEN.charAt(random.nextInt(GIVEN.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()));
        String type = school.schoolType();
        boolean vocational = type.startsWith("36");
        boolean compulsory = type.startsWith("2") || type.startsWith("31") || type.startsWith("51");
        int yearsHere = random.nextInt(100) < 40 ? 6 + random.nextInt(15) : random.nextInt(6);
        return new String[] {school.code(), name, ids.next(county, birth, male), random.nextInt(100) < 88 ? "在编" : "非在编",
            "", education(type), TITLES[random.nextInt(TITLES.length)], vocational ? "专业课" : "语文", "", "",
            vocational && random.nextInt(100) < 55 ? "是" : "否",
            compulsory && index == 0 && random.nextInt(100) < 90 ? (random.nextBoolean() ? "专职" : "兼职") : "",
            today.minusYears(yearsHere).withDayOfMonth(1).toString()};
    }

    /** Kindergartens mostly 专科, primary mostly 本科, secondary almost all 本科 or above. */
    private String education(String type) {
        int roll = random.nextInt(100);
        if (type.equals("111")) {
            return roll < 55 ? "31" : "21";
        }
        if (type.startsWith("2")) {
            return roll < 72 ? "21" : roll < 75 ? "14" : "31";
        }
        return roll < 85 ? "21" : roll < 98 ? "14" : "31";
    }

    private static int staff(String type) {
        return switch (type) {
            case "111" -> 12;
            case "211" -> 30;
            case "218" -> 3;
            case "311" -> 45;
            case "312" -> 50;
            case "341" -> 90;
            case "342" -> 110;
            case "511", "512", "513", "514" -> 15;
            default -> 60;
        };
    }
}
