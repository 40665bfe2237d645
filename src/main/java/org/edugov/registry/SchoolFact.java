package org.edugov.registry;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One figure of a school's facilities and finance in a school year: a column of
 * {@code registry.school_year_facts}, a column of the import template, a field of the edit form and a row on
 * the school page. The column name is also the figure's key in messages ({@code school.fact.<column>}).
 */
public enum SchoolFact {
    TEACHING_AREA("teaching_area_m2", Kind.AMOUNT, Group.BUILDINGS, "教学及辅助用房面积（㎡）",
            "Teaching and auxiliary rooms (m²)", "1000000000"),
    BUILDING_AREA("building_area_m2", Kind.AMOUNT, Group.BUILDINGS, "校舍建筑面积（㎡）", "Building area (m²)",
            "1000000000"),
    SPORTS_GROUND("sports_ground_m2", Kind.AMOUNT, Group.BUILDINGS, "运动场地面积（㎡）", "Sports grounds (m²)",
            "1000000000"),
    STUDENT_COMPUTERS("student_computers", Kind.COUNT, Group.ICT, "学生用计算机（台）", "Computers for pupils",
            "1000000"),
    TEACHER_COMPUTERS("teacher_computers", Kind.COUNT, Group.ICT, "教师用计算机（台）", "Computers for teachers",
            "1000000"),
    MULTIMEDIA_CLASSROOMS("multimedia_classrooms", Kind.COUNT, Group.ICT, "网络多媒体教室（间）",
            "Networked multimedia classrooms", "100000"),
    BANDWIDTH("bandwidth_mbps", Kind.COUNT, Group.ICT, "出口带宽（Mbps）", "Bandwidth (Mbps)", "1000000"),
    COUNSELING_ROOM("counseling_room", Kind.FLAG, Group.ROOMS, "心理辅导室", "Counselling room", null),
    RESOURCE_ROOM("resource_room", Kind.FLAG, Group.ROOMS, "资源教室", "Resource room", null),
    ALARM("alarm_compliant", Kind.FLAG, Group.ROOMS, "一键式紧急报警", "One-button emergency alarm", null),
    VIDEO("video_compliant", Kind.FLAG, Group.ROOMS, "视频监控", "Video surveillance", null),
    CLOSED_CAMPUS("closed_campus", Kind.FLAG, Group.ROOMS, "封闭化管理", "Closed campus", null),
    EQUIPMENT_VALUE("equipment_value_yuan", Kind.AMOUNT, Group.FINANCE, "教学仪器设备值（元）",
            "Teaching equipment value (yuan)", "100000000000"),
    PUBLIC_FUNDS_PER_PUPIL("public_funds_per_pupil", Kind.AMOUNT, Group.FINANCE, "生均公用经费（元）",
            "Public funds per pupil (yuan)", "1000000"),
    TEACHER_TRAINING("teacher_training_yuan", Kind.AMOUNT, Group.FINANCE, "教师培训经费（元）",
            "Teacher training funds (yuan)", "100000000000");

    /** How a figure is written and checked. */
    public enum Kind {
        /** A non-negative amount with at most two decimals (areas, money). */
        AMOUNT,
        /** A non-negative whole number. */
        COUNT,
        /** 是 or 否. */
        FLAG
    }

    /** Sections of the school page and the form. */
    public enum Group { BUILDINGS, ICT, ROOMS, FINANCE }

    private final String column;
    private final Kind kind;
    private final Group group;
    private final String headerZh;
    private final String headerEn;
    private final BigDecimal max;

    SchoolFact(String column, Kind kind, Group group, String headerZh, String headerEn, String max) {
        this.column = column;
        this.kind = kind;
        this.group = group;
        this.headerZh = headerZh;
        this.headerEn = headerEn;
        this.max = max == null ? null : new BigDecimal(max);
    }

    /** The database column, a fixed name from this enum (never from input). */
    public String column() {
        return column;
    }

    public Kind kind() {
        return kind;
    }

    public Group group() {
        return group;
    }

    String headerZh() {
        return headerZh;
    }

    String headerEn() {
        return headerEn;
    }

    /** The largest accepted value, inclusive; null for flags. */
    BigDecimal max() {
        return max;
    }

    public boolean isFlag() {
        return kind == Kind.FLAG;
    }

    /** The figures the facilities list shows; its export and the school page have all of them. */
    public static List<SchoolFact> listed() {
        return List.of(TEACHING_AREA, SPORTS_GROUND, STUDENT_COMPUTERS, MULTIMEDIA_CLASSROOMS, BANDWIDTH,
                COUNSELING_ROOM, RESOURCE_ROOM, PUBLIC_FUNDS_PER_PUPIL);
    }

    /** The figures of each group, groups and figures in their declared order. */
    public static Map<Group, List<SchoolFact>> byGroup() {
        Map<Group, List<SchoolFact>> groups = new LinkedHashMap<>();
        for (Group g : Group.values()) {
            groups.put(g, Arrays.stream(values()).filter(f -> f.group == g).toList());
        }
        return groups;
    }

    static String columnList() {
        return String.join(", ", Arrays.stream(values()).map(SchoolFact::column).toList());
    }
}
