package org.edugov.registry;

import java.util.EnumSet;
import java.util.Set;

/** Which grades a school type may have pupils in (学校类别代码 of the 教育事业统计). */
final class SchoolGrades {

    private static final Set<Grade> PRESCHOOL = EnumSet.of(Grade.K1, Grade.K2, Grade.K3);
    private static final Set<Grade> PRIMARY = EnumSet.range(Grade.P1, Grade.P6);
    private static final Set<Grade> JUNIOR = EnumSet.range(Grade.J1, Grade.J3);
    private static final Set<Grade> SENIOR = EnumSet.range(Grade.S1, Grade.S3);
    private static final Set<Grade> VOCATIONAL = EnumSet.range(Grade.V1, Grade.V3);

    private SchoolGrades() {
    }

    static boolean allows(String schoolType, Grade grade) {
        return allowed(schoolType).contains(grade);
    }

    static Set<Grade> allowed(String schoolType) {
        if (schoolType == null) {
            return EnumSet.noneOf(Grade.class);
        }
        return switch (schoolType) {
            case "111" -> PRESCHOOL;
            // a primary school may run an attached kindergarten class (附设幼儿班)
            case "211" -> union(PRIMARY, EnumSet.of(Grade.K3));
            case "218" -> PRIMARY;
            case "311", "371" -> JUNIOR;
            case "312" -> union(PRIMARY, JUNIOR);
            case "341" -> union(JUNIOR, SENIOR);
            case "342" -> SENIOR;
            case "345" -> union(PRIMARY, union(JUNIOR, SENIOR));
            case "361", "362", "363", "364", "365", "366", "369" -> VOCATIONAL;
            case "511", "512", "513", "514" -> union(PRESCHOOL, union(PRIMARY, JUNIOR));
            default -> EnumSet.noneOf(Grade.class);
        };
    }

    private static Set<Grade> union(Set<Grade> a, Set<Grade> b) {
        Set<Grade> all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }
}
