package org.edugov.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.edugov.demo.DemoSchoolPlan.PlannedClass;
import org.edugov.registry.BulkPupil;
import org.edugov.registry.BulkPupilEvent;
import org.edugov.registry.Grade;
import org.edugov.registry.IdType;
import org.edugov.registry.PupilEventKind;
import org.edugov.registry.PupilStatus;
import org.edugov.shared.Sex;
import org.edugov.shared.Stage;

/**
 * The pupils of one school's classes. Ages follow the grade (周岁 on 9月1日 as {@link Grade#typicalAge()}), 2% a
 * year or two older; 52% boys; about 0.3% of pupils in ordinary schools have a disability and every pupil of a
 * special school; migrant children mostly in towns, left-behind children only in 镇区 and 乡村 schools. Histories:
 * ENROL on entry, about 1% of compulsory pupils transferred in last year, 0.3% suspended and a few junior
 * pupils dropped out this year.
 */
final class DemoPupilMaker {

    private static final String ETHNIC_MINORITIES = "03031111061508";
    private static final String VILLAGES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
    private static final String[] DISABILITIES = {"5", "5", "5", "2", "2", "1", "4", "6", "7", "3"};

    private final DemoIds ids = new DemoIds();
    private final DemoGeography geo;
    private final DemoTransfers transfers;
    private final long seed;
    private final int schoolYear;
    private final LocalDate today;

    DemoPupilMaker(DemoGeography geo, DemoTransfers transfers, long seed, int schoolYear, LocalDate today) {
        this.geo = geo;
        this.transfers = transfers;
        this.seed = seed;
        this.schoolYear = schoolYear;
        this.today = today;
    }

    List<BulkPupil> pupils(DemoSchoolPlan school) {
        SplittableRandom r = DemoPlanner.random(seed, school.index(), 2);
        List<BulkPupil> pupils = new ArrayList<>(school.pupils());
        for (PlannedClass c : school.classes()) {
            for (int g = 0; g < c.grades().size(); g++) {
                for (int i = 0; i < c.counts().get(g); i++) {
                    pupils.add(pupil(school, c, c.grades().get(g), r));
                }
            }
        }
        return pupils;
    }

    private BulkPupil pupil(DemoSchoolPlan school, PlannedClass c, Grade grade, SplittableRandom r) {
        boolean male = r.nextInt(100) < (school.special() ? 64 : 52);
        int overAge = r.nextInt(100) < 2 ? (r.nextInt(5) == 0 ? 2 : 1) : 0;
        int age = grade.typicalAge() + overAge;
        LocalDate birth = LocalDate.of(schoolYear - age, 9, 1).minusDays(r.nextInt(365));
        String id = ids.next(DemoGeography.idPrefix(school.homeCounty()), birth, male);
        boolean rural = school.location().rural();
        boolean migrant = r.nextInt(1000) < (rural ? 30 : 120);
        boolean outsideCities = !school.urbanRural().startsWith("11");
        boolean leftBehind = outsideCities && !migrant && r.nextInt(100) < 10;
        String[] disability = disability(school, r);
        LocalDate entered = LocalDate.of(schoolYear - yearInStage(grade), 9, 1);
        List<BulkPupilEvent> events = new ArrayList<>(3);
        PupilStatus status = history(school, grade, entered, events, r);
        return new BulkPupil(school.code(), c.name(), grade, DemoPersonNames.name(r, male), IdType.ID_CARD, id, null,
                "G" + id, male ? Sex.MALE : Sex.FEMALE, birth, ethnicity(r), address(school, migrant, r),
                hukouType(rural, r), migrant, leftBehind, disability[0], disability[1], disability[2], status, entered,
                events);
    }

    /** ENROL, then perhaps a transfer last year, then perhaps a suspension or a dropout this year. */
    private PupilStatus history(DemoSchoolPlan school, Grade grade, LocalDate entered, List<BulkPupilEvent> events,
            SplittableRandom r) {
        boolean compulsory = grade.stage() == Stage.PRIMARY || grade.stage() == Stage.JUNIOR;
        boolean firstYear = !entered.isBefore(LocalDate.of(schoolYear, 9, 1));
        String from = compulsory && !firstYear && r.nextInt(100) < 1 ? transfers.origin(school, r) : null;
        events.add(new BulkPupilEvent(from == null ? school.code() : from, PupilEventKind.ENROL, entered, null));
        if (from != null) {
            LocalDate on = LocalDate.of(schoolYear - 1, 9, 10).plusDays(r.nextInt(280));
            events.add(new BulkPupilEvent(from, PupilEventKind.TRANSFER_OUT, on, "随父母工作变动"));
            events.add(new BulkPupilEvent(school.code(), PupilEventKind.TRANSFER_IN, on, "随父母工作变动"));
        }
        int roll = r.nextInt(10_000);
        if (roll < 30) {
            events.add(new BulkPupilEvent(school.code(), PupilEventKind.SUSPEND, thisYear(r), "病休"));
            return PupilStatus.SUSPENDED;
        }
        if (grade.stage() == Stage.JUNIOR && !firstYear && roll < 60) {
            events.add(new BulkPupilEvent(school.code(), PupilEventKind.DROP_OUT, thisYear(r), "外出务工"));
            return PupilStatus.DROPPED_OUT;
        }
        return PupilStatus.ENROLLED;
    }

    /** A day of the current school year up to today. */
    private LocalDate thisYear(SplittableRandom r) {
        LocalDate start = LocalDate.of(schoolYear, 9, 1);
        long days = today.toEpochDay() - start.toEpochDay();
        return days <= 0 ? start : start.plusDays(r.nextLong(days + 1));
    }

    /** Category, grade and placement, or three nulls: special schools take only disabled pupils. */
    private static String[] disability(DemoSchoolPlan school, SplittableRandom r) {
        if (!school.special() && r.nextInt(1000) >= 3) {
            return new String[3];
        }
        String category = DISABILITIES[r.nextInt(DISABILITIES.length)];
        String grade = String.valueOf(school.special() ? 1 + r.nextInt(4) : 3 + r.nextInt(2));
        int roll = r.nextInt(100);
        String placement = school.special() ? "3" : roll < 85 ? "1" : roll < 95 ? "4" : "2";
        return new String[] {category, grade, placement};
    }

    private static String ethnicity(SplittableRandom r) {
        if (r.nextInt(100) >= 4) {
            return "01";
        }
        int i = r.nextInt(ETHNIC_MINORITIES.length() / 2) * 2;
        return ETHNIC_MINORITIES.substring(i, i + 2);
    }

    /** Mostly the unified 居民户口 (3); older 农业 (1) records linger in the countryside. */
    private static String hukouType(boolean rural, SplittableRandom r) {
        int roll = r.nextInt(100);
        return rural ? (roll < 62 ? "3" : roll < 97 ? "1" : "2") : (roll < 82 ? "3" : roll < 95 ? "2" : "1");
    }

    /** 户籍地址 in the school's town (or a town of its county); a migrant child's in another county. */
    private String address(DemoSchoolPlan school, boolean migrant, SplittableRandom r) {
        String county = school.homeCounty();
        if (migrant) {
            List<String> all = geo.counties();
            county = all.get(r.nextInt(all.size()));
        }
        String town = !migrant && school.townCode() != null ? school.townCode() : pick(geo.towns(county), r);
        String townName = town == null ? "" : geo.name(town);
        String place = townName.endsWith("街道") ? "第" + (1 + r.nextInt(30)) + "社区"
                : VILLAGES.charAt(r.nextInt(VILLAGES.length())) + "庄村";
        return geo.name(county) + townName + place + (1 + r.nextInt(200)) + "号";
    }

    private static String pick(List<String> list, SplittableRandom r) {
        return list.isEmpty() ? null : list.get(r.nextInt(list.size()));
    }

    private static int yearInStage(Grade grade) {
        int index = 0;
        for (Grade g = grade; g.ordinal() > 0 && Grade.values()[g.ordinal() - 1].stage() == g.stage();
                g = Grade.values()[g.ordinal() - 1]) {
            index++;
        }
        return index;
    }
}
