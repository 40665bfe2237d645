package org.edugov.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.edugov.registry.BulkPosting;
import org.edugov.registry.BulkTeacher;
import org.edugov.shared.Sex;
import org.edugov.shared.Stage;

/**
 * Teachers of one school: about one per 13 children in kindergartens, 16 pupils in primary, 13 in secondary,
 * 18 in vocational and 4 in special schools (close to the national ratios); degrees by stage (kindergartens mostly 专科, primary about 70% 本科,
 * senior high 98% 本科 or above), titles by age, 双师型 for about 55% of vocational 专业课 teachers, a psychology
 * teacher in about 90% of compulsory schools, and 40% at their school for six years or more (eligible for
 * 交流轮岗), with the posting before it at another school of the county.
 */
final class DemoStaff {

    private static final String[] PRIMARY = {"语文", "语文", "语文", "语文", "数学", "数学", "数学", "英语", "科学",
        "道德与法治", "体育", "音乐", "美术", "信息技术"};
    private static final String[] SECONDARY = {"语文", "语文", "数学", "数学", "英语", "英语", "物理", "化学", "生物",
        "历史", "地理", "道德与法治", "体育", "音乐", "美术", "信息技术"};
    private static final String[] VOCATIONAL = {"机电技术应用", "计算机应用", "会计事务", "汽车运用与维修", "护理",
        "电子商务", "数控技术应用"};
    private static final String[] GENERAL = {"语文", "数学", "英语", "思想政治", "体育"};

    private final DemoIds ids = new DemoIds();
    private final DemoTransfers peers;
    private final long seed;
    private final int schoolYear;

    DemoStaff(DemoTransfers peers, long seed, int schoolYear) {
        this.peers = peers;
        this.seed = seed;
        this.schoolYear = schoolYear;
    }

    /** How many teachers a school has; the same figure the yearly facts use. */
    static int headcount(DemoSchoolPlan school) {
        if (school.special()) {
            return Math.max(3, (int) Math.round(school.pupils() / 4.0));
        }
        double n = school.pupils(Stage.PRESCHOOL) / 13.0 + school.pupils(Stage.PRIMARY) / 16.0
                + school.pupils(Stage.JUNIOR) / 13.0 + school.pupils(Stage.SENIOR) / 13.0
                + school.pupils(Stage.VOCATIONAL) / 18.0;
        return Math.max(2, (int) Math.round(n));
    }

    List<BulkTeacher> teachers(DemoSchoolPlan school) {
        SplittableRandom r = DemoPlanner.random(seed, school.index(), 3);
        int total = headcount(school);
        List<BulkTeacher> teachers = new ArrayList<>(total);
        boolean psychologist = school.compulsory() && !school.schoolType().equals("218") && r.nextInt(100) < 90;
        for (int i = 0; i < total; i++) {
            Stage stage = stageOf(school, i, total);
            String psychology = psychologist && i == 0 ? (r.nextInt(100) < 40 ? "FULL" : "PART") : null;
            teachers.add(teacher(school, stage, psychology, r));
        }
        return teachers;
    }

    /** A teacher on the county's list but posted nowhere: what a data-quality check should find. */
    BulkTeacher unposted(String county, int index) {
        SplittableRandom r = DemoPlanner.random(seed, -1 - index, 3);
        LocalDate birth = birth(r);
        boolean male = r.nextBoolean();
        return new BulkTeacher(null, county, DemoPersonNames.name(r, male), ids.next(DemoGeography.idPrefix(county), birth, male),
                male ? Sex.MALE : Sex.FEMALE, birth, "IN", true, "21", "FIRST", "语文", Stage.PRIMARY, null, false, null,
                null, List.of());
    }

    private BulkTeacher teacher(DemoSchoolPlan school, Stage stage, String psychology, SplittableRandom r) {
        LocalDate birth = birth(r);
        boolean male = r.nextInt(100) >= femaleShare(stage);
        String id = ids.next(DemoGeography.idPrefix(school.homeCounty()), birth, male);
        String subject = subject(stage, r);
        boolean specialised = stage == Stage.VOCATIONAL && !List.of(GENERAL).contains(subject);
        LocalDate careerStart = LocalDate.of(birth.getYear() + 22 + r.nextInt(3), 9, 1);
        int maxYears = Math.max(0, schoolYear - careerStart.getYear());
        int years = r.nextInt(100) < 48 && maxYears >= 6 ? 6 + r.nextInt(Math.min(15, maxYears - 5))
                : r.nextInt(Math.min(6, maxYears + 1));
        LocalDate since = LocalDate.of(schoolYear - years, 9, 1);
        List<BulkPosting> postings = new ArrayList<>(2);
        String before = since.isAfter(careerStart) ? peers.origin(school, r) : null;
        if (before != null) {
            postings.add(new BulkPosting(before, careerStart, since));
        }
        postings.add(new BulkPosting(school.code(), since, null));
        boolean publicSchool = school.ownership().equals("1");
        return new BulkTeacher(school.code(), null, DemoPersonNames.name(r, male), id, male ? Sex.MALE : Sex.FEMALE,
                birth, publicSchool && r.nextInt(100) < 88 ? "IN" : "OUT", r.nextInt(100) < 96, education(stage, r),
                title(schoolYear - birth.getYear(), r), psychology == null || psychology.equals("PART") ? subject : "心理健康",
                stage, backbone(r), specialised && r.nextInt(100) < 55, psychology, since, postings);
    }

    private LocalDate birth(SplittableRandom r) {
        return LocalDate.of(schoolYear - 24 - r.nextInt(36), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** Multi-stage schools split their staff by the share of pupils in each stage. */
    private static Stage stageOf(DemoSchoolPlan school, int i, int total) {
        if (school.special()) {
            return Stage.SPECIAL;
        }
        int pupils = school.pupils();
        int cumulative = 0;
        for (Stage stage : school.stages()) {
            cumulative += school.pupils(stage);
            if ((long) i * pupils < (long) cumulative * total) {
                return stage;
            }
        }
        return school.stages().getLast();
    }

    private static int femaleShare(Stage stage) {
        return switch (stage) {
            case PRESCHOOL -> 97;
            case PRIMARY -> 76;
            case JUNIOR -> 58;
            case SPECIAL -> 70;
            default -> 52;
        };
    }

    private static String subject(Stage stage, SplittableRandom r) {
        return switch (stage) {
            case PRESCHOOL -> "学前教育";
            case PRIMARY -> PRIMARY[r.nextInt(PRIMARY.length)];
            case VOCATIONAL -> r.nextInt(100) < 60 ? VOCATIONAL[r.nextInt(VOCATIONAL.length)]
                    : GENERAL[r.nextInt(GENERAL.length)];
            case SPECIAL -> "特殊教育";
            default -> SECONDARY[r.nextInt(SECONDARY.length)];
        };
    }

    /** GB/T 4658 codes: 14 硕士, 21 本科, 31 专科, 41 中专. */
    private static String education(Stage stage, SplittableRandom r) {
        int roll = r.nextInt(1000);
        return switch (stage) {
            case PRESCHOOL -> roll < 300 ? "21" : roll < 900 ? "31" : "41";
            case PRIMARY -> roll < 30 ? "14" : roll < 730 ? "21" : roll < 980 ? "31" : "41";
            case JUNIOR -> roll < 80 ? "14" : roll < 930 ? "21" : "31";
            case SENIOR -> roll < 185 ? "14" : roll < 988 ? "21" : "31";
            case VOCATIONAL -> roll < 120 ? "14" : roll < 920 ? "21" : "31";
            case SPECIAL -> roll < 30 ? "14" : roll < 780 ? "21" : "31";
        };
    }

    private static String title(int age, SplittableRandom r) {
        int roll = r.nextInt(100);
        if (age < 26) {
            return roll < 50 ? "UNRANKED" : "SECOND";
        }
        if (age < 33) {
            return roll < 60 ? "SECOND" : "FIRST";
        }
        if (age < 43) {
            return roll < 10 ? "SECOND" : roll < 75 ? "FIRST" : "SENIOR";
        }
        return roll < 4 ? "SECOND" : roll < 53 ? "FIRST" : roll < 99 ? "SENIOR" : "SENIOR_FULL";
    }

    /** 骨干教师 about 5%: mostly county level, a few national. */
    private static String backbone(SplittableRandom r) {
        int roll = r.nextInt(1000);
        return roll < 30 ? "县" : roll < 45 ? "市" : roll < 49 ? "省" : roll < 50 ? "国家" : null;
    }
}
