package org.edugov.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts indicator expressions are written over: each reads a view or function the registry publishes
 * (never its tables), is keyed by the school (by the town for population) and carries the county code.
 * Conventions C1–C3 of indicator-open-choices.md live here: reference date {@code :asOf}, age in 周岁 on it,
 * enrolled means status 在校 on it, and a pupil's 学段 follows grade and school type.
 */
enum Fact {

    /** Pupils enrolled (在校) on the reference date; counted. */
    PUPILS("pupils", "f.pupil_id", "f.school_id", "f.county_code", """
              FROM registry.pupil_facts_on(:asOf, CAST(:units AS bigint[])) f
              JOIN org.unit_scope u ON u.id = f.school_id
              LEFT JOIN registry.v_school s ON s.school_id = f.school_id
             WHERE f.status = 'ENROLLED'
            """, "1", Map.of(), List.of(
            stage("f.grade"),
            new Dimension("grade", "f.grade", Dimension.Type.TEXT),
            new Dimension("age", "extract(year FROM age(:asOf, f.birth_date))::int", Dimension.Type.INT),
            new Dimension("sex", "f.sex", Dimension.Type.TEXT),
            new Dimension("migrant", "f.migrant", Dimension.Type.BOOL),
            new Dimension("left_behind", "f.left_behind", Dimension.Type.BOOL),
            new Dimension("disabled", "(f.disability IS NOT NULL)", Dimension.Type.BOOL),
            new Dimension("placement", "f.disability_placement", Dimension.Type.TEXT),
            new Dimension("hukou_type", "f.hukou_type", Dimension.Type.TEXT)),
            "pupil"),

    /** Classes of the school year with their pupils counted on the reference date; counted. */
    CLASSES("classes", "c.class_id", "c.school_id", "c.county_code", """
              FROM registry.class_facts_on(:asOf, :year, CAST(:units AS bigint[])) c
              JOIN org.unit_scope u ON u.id = c.school_id
              LEFT JOIN registry.v_school s ON s.school_id = c.school_id
             WHERE TRUE
            """, "1", Map.of(), List.of(
            stage("c.grade"),
            new Dimension("grade", "c.grade", Dimension.Type.TEXT),
            new Dimension("size", "c.pupils", Dimension.Type.INT),
            new Dimension("multigrade", "c.multigrade", Dimension.Type.BOOL),
            new Dimension("special", "c.special", Dimension.Type.BOOL)),
            "class"),

    /** Teachers posted to a school on the reference date; counted. */
    TEACHERS("teachers", "t.teacher_id", "t.school_id", "t.county_code", """
              FROM registry.teacher_facts_on(:asOf, CAST(:units AS bigint[])) t
              JOIN org.unit_scope u ON u.id = t.school_id
              LEFT JOIN registry.v_school s ON s.school_id = t.school_id
             WHERE TRUE
            """, "1", Map.of(), List.of(
            new Dimension("stage", "t.stage", Dimension.Type.TEXT),
            new Dimension("full_time", "t.full_time", Dimension.Type.BOOL),
            new Dimension("staffing", "t.staffing", Dimension.Type.TEXT),
            new Dimension("education", """
                    CASE left(t.education, 1) WHEN '1' THEN 'POSTGRADUATE' WHEN '2' THEN 'BACHELOR'
                         WHEN '3' THEN 'ASSOCIATE' ELSE 'BELOW' END""", Dimension.Type.TEXT),
            new Dimension("subject", "t.subject", Dimension.Type.TEXT),
            new Dimension("dual_qualified", "t.dual_qualified", Dimension.Type.BOOL),
            new Dimension("psychology", "coalesce(t.psychology, 'NONE')", Dimension.Type.TEXT),
            new Dimension("backbone", "(t.backbone_level IS NOT NULL)", Dimension.Type.BOOL),
            new Dimension("years_at_school", "t.years_at_school", Dimension.Type.INT),
            new Dimension("moved", "coalesce(t.moved_this_year, false)", Dimension.Type.BOOL),
            new Dimension("years_at_previous", "coalesce(t.years_at_previous, -1)", Dimension.Type.INT)),
            "teacher"),

    /** Active schools (教学点 included, as school type 218); counted. */
    SCHOOLS("schools", "u.id", "u.id", "u.county_code", """
              FROM org.unit_scope u
              JOIN registry.v_school s ON s.school_id = u.id
              LEFT JOIN (SELECT school_id, bool_or(psychology IS NOT NULL AND full_time) AS has_psychology
                           FROM registry.teacher_facts_on(:asOf, CAST(:units AS bigint[])) GROUP BY school_id) ps ON ps.school_id = u.id
             WHERE u.kind IN ('SCHOOL', 'TEACHING_POINT') AND u.active
            """, "1", Map.of(), List.of(
            new Dimension("offers", "s.stages", Dimension.Type.ARRAY),
            new Dimension("psychology_teacher", "coalesce(ps.has_psychology, false)", Dimension.Type.BOOL)),
            "school"),

    /**
     * Facilities and finance of the school year, apportioned to each 学段 the school teaches by its share of
     * enrolled pupils (the default of the open choice for 九年一贯制 schools). A measure must be named.
     */
    FACILITIES("facilities", "y.org_unit_id", "y.org_unit_id", "y.county_code", """
              FROM registry.v_school_year_facts y
              JOIN (SELECT school_id, stage, n::numeric / sum(n) OVER (PARTITION BY school_id) AS share
                      FROM (SELECT p.school_id, """ + StageSql.of("p.grade", "su.school_type") + """
                                   AS stage, count(*) AS n
                              FROM registry.pupil_facts_on(:asOf, CAST(:units AS bigint[])) p
                              JOIN org.unit_scope su ON su.id = p.school_id
                             WHERE p.status = 'ENROLLED'
                             GROUP BY 1, 2) n) sh ON sh.school_id = y.org_unit_id
              JOIN org.unit_scope u ON u.id = y.org_unit_id
              LEFT JOIN registry.v_school s ON s.school_id = y.org_unit_id
             WHERE y.school_year = :year
            """, null, facilityMeasures(), List.of(
            new Dimension("stage", "sh.stage", Dimension.Type.TEXT),
            new Dimension("counseling_room", "coalesce(y.counseling_room, false)", Dimension.Type.BOOL),
            new Dimension("resource_room", "coalesce(y.resource_room, false)", Dimension.Type.BOOL),
            new Dimension("alarm_compliant", "coalesce(y.alarm_compliant, false)", Dimension.Type.BOOL),
            new Dimension("video_compliant", "coalesce(y.video_compliant, false)", Dimension.Type.BOOL),
            new Dimension("closed_campus", "coalesce(y.closed_campus, false)", Dimension.Type.BOOL)),
            "school"),

    /**
     * Base-report flows per school, school year and grade (招生, 毕业, 转入, 转出, 辍学, 死亡); a measure must be
     * named. {@code cohort} is the school year the record's cohort entered 一年级, relative to the indicator's
     * year: the 九年一贯 cohort graduating last summer has {@code cohort=-9}.
     */
    FLOWS("flows", "f.school_id", "f.school_id", "f.county_code", """
              FROM registry.v_school_year_flow f
              JOIN org.unit_scope u ON u.id = f.school_id
              LEFT JOIN registry.v_school s ON s.school_id = f.school_id
             WHERE TRUE
            """, null, flowMeasures(), List.of(
            new Dimension("grade", "f.grade", Dimension.Type.TEXT),
            new Dimension("year", "f.school_year - :year", Dimension.Type.INT),
            new Dimension("cohort", """
                    f.school_year - :year - CASE f.grade WHEN 'P1' THEN 0 WHEN 'P2' THEN 1 WHEN 'P3' THEN 2
                        WHEN 'P4' THEN 3 WHEN 'P5' THEN 4 WHEN 'P6' THEN 5 WHEN 'J1' THEN 6 WHEN 'J2' THEN 7
                        WHEN 'J3' THEN 8 END""", Dimension.Type.INT)),
            "school"),

    /** Persons by single-year age of a town (户籍 or 常住 as {@code basis}), the year of the reference date. */
    POPULATION("population", "p.town_id", "p.town_id", "p.county_code", """
              FROM registry.v_population p
             WHERE p.year = :year
            """, "p.persons", Map.of(), List.of(
            new Dimension("age", "p.age", Dimension.Type.INT),
            new Dimension("sex", "p.sex", Dimension.Type.TEXT),
            new Dimension("basis", "p.basis", Dimension.Type.TEXT)),
            "town");

    private final String name;
    private final String recordColumn;
    private final String unitColumn;
    private final String countyColumn;
    private final String from;
    private final String defaultMeasure;
    private final Map<String, String> measures;
    private final Map<String, Dimension> dimensions = new LinkedHashMap<>();
    private final String recordKind;

    Fact(String name, String recordColumn, String unitColumn, String countyColumn, String from, String defaultMeasure, Map<String, String> measures, List<Dimension> own,
            String recordKind) {
        this.name = name;
        this.recordColumn = recordColumn;
        this.unitColumn = unitColumn;
        this.countyColumn = countyColumn;
        this.from = from;
        this.defaultMeasure = defaultMeasure;
        this.measures = measures;
        this.recordKind = recordKind;
        own.forEach(d -> dimensions.put(d.key(), d));
        if (!name.equals("population")) {
            for (Dimension d : schoolDimensions()) {
                dimensions.putIfAbsent(d.key(), d);
            }
        }
    }

    public String expressionName() {
        return name;
    }

    /**
     * The FROM … WHERE … the fact reads, with parameters {@code :asOf} and {@code :year}; one row per record. It
     * always ends in a WHERE clause, so conditions are appended with AND.
     */
    String from() {
        return from;
    }

    /** The id of one record: pupil, class, teacher, school or town. */
    String recordColumn() {
        return recordColumn;
    }

    /** The org unit a record's contribution belongs to: its school, or its town for population. */
    String unitColumn() {
        return unitColumn;
    }

    String countyColumn() {
        return countyColumn;
    }

    /** What a record contributes: the named measure or, when none is named, the fact's default. */
    Optional<String> measure(String measure) {
        if (measure == null) {
            return Optional.ofNullable(defaultMeasure);
        }
        return Optional.ofNullable(measures.get(measure));
    }

    Map<String, String> measures() {
        return measures;
    }

    Optional<Dimension> dimension(String key) {
        return Optional.ofNullable(dimensions.get(key));
    }

    Map<String, Dimension> dimensions() {
        return dimensions;
    }

    /** What one record is: pupil, class, teacher, school or town (drill-down labels). */
    public String recordKind() {
        return recordKind;
    }

    static Optional<Fact> named(String name) {
        for (Fact f : values()) {
            if (f.name.equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static Dimension stage(String gradeColumn) {
        return new Dimension("stage", StageSql.of(gradeColumn, "u.school_type"), Dimension.Type.TEXT);
    }

    /** School attributes every school-keyed fact can be filtered on. */
    private static List<Dimension> schoolDimensions() {
        return List.of(
                new Dimension("school_type", "u.school_type", Dimension.Type.TEXT),
                new Dimension("ownership", "s.ownership", Dimension.Type.TEXT),
                new Dimension("inclusive", "coalesce(s.inclusive_private, false)", Dimension.Type.BOOL),
                new Dimension("area", """
                        CASE left(s.urban_rural, 2) WHEN '11' THEN 'URBAN' WHEN '12' THEN 'TOWN'
                             WHEN '21' THEN 'RURAL' WHEN '22' THEN 'RURAL' END""", Dimension.Type.TEXT));
    }

    private static Map<String, String> flowMeasures() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String column : List.of("intake", "graduates", "transfers_in", "transfers_out", "dropouts", "deaths")) {
            m.put(column, "f." + column);
        }
        return m;
    }

    private static Map<String, String> facilityMeasures() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String column : List.of("teaching_area_m2", "building_area_m2", "sports_ground_m2", "student_computers",
                "teacher_computers", "multimedia_classrooms", "equipment_value_yuan", "teacher_training_yuan")) {
            m.put(column, "coalesce(y." + column + ", 0) * sh.share");
        }
        m.put("schools", "sh.share");
        return m;
    }
}
