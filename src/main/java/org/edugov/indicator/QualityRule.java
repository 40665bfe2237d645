package org.edugov.indicator;

/**
 * Data-quality rules (DHIS2's validation rules): each a query over the registry's published facts finding
 * implausible records, as {@code unit_id} (the school, or the county for a teacher without one),
 * {@code record_id}, {@code record_kind} and {@code detail}. Parameters {@code :asOf}, {@code :year} and
 * {@code :units} (the schools to check, NULL for all).
 */
enum QualityRule {

    /** A class of more than 80 pupils: a typing or import error rather than a big class. */
    CLASS_OVER_80("""
            SELECT c.school_id AS unit_id, c.class_id AS record_id, 'class' AS record_kind,
                   c.name || ' · ' || c.pupils AS detail
              FROM registry.class_facts_on(:asOf, :year, CAST(:units AS bigint[])) c
             WHERE c.pupils > 80"""),

    /** A kindergarten class over 36 children (flagged by the statistics validation notes). */
    KINDERGARTEN_CLASS_OVER_36("""
            SELECT c.school_id, c.class_id, 'class', c.name || ' · ' || c.pupils
              FROM registry.class_facts_on(:asOf, :year, CAST(:units AS bigint[])) c
             WHERE left(c.grade, 1) = 'K' AND c.pupils > 36"""),

    /** A pupil three or more years older or younger than its grade's usual age (周岁 on the reference date). */
    AGE_FAR_FROM_GRADE("""
            SELECT f.school_id, f.pupil_id, 'pupil',
                   f.grade || ' · ' || extract(year FROM age(:asOf, f.birth_date))::int
              FROM registry.pupil_facts_on(:asOf, CAST(:units AS bigint[])) f
             WHERE f.status = 'ENROLLED'
               AND abs(extract(year FROM age(:asOf, f.birth_date))::int - CASE f.grade
                   WHEN 'K1' THEN 3 WHEN 'K2' THEN 4 WHEN 'K3' THEN 5 WHEN 'P1' THEN 6 WHEN 'P2' THEN 7 WHEN 'P3' THEN 8
                   WHEN 'P4' THEN 9 WHEN 'P5' THEN 10 WHEN 'P6' THEN 11 WHEN 'J1' THEN 12 WHEN 'J2' THEN 13
                   WHEN 'J3' THEN 14 WHEN 'S1' THEN 15 WHEN 'S2' THEN 16 WHEN 'S3' THEN 17 WHEN 'V1' THEN 15
                   WHEN 'V2' THEN 16 WHEN 'V3' THEN 17 END) >= 3"""),

    /** A teacher on the register posted to no school; listed under its county. */
    TEACHER_WITHOUT_SCHOOL("""
            SELECT u.id, t.teacher_id, 'teacher', coalesce(t.subject, '')
              FROM registry.v_teacher t JOIN org.unit_scope u ON u.kind = 'COUNTY' AND u.code = t.county_code
             WHERE t.school_id IS NULL AND CAST(:units AS bigint[]) IS NULL"""),

    /** A school with enrolled pupils and no teacher. */
    SCHOOL_WITHOUT_TEACHERS("""
            SELECT s.school_id, s.school_id, 'school', s.pupils::text
              FROM (SELECT f.school_id, count(*) AS pupils
                      FROM registry.pupil_facts_on(:asOf, CAST(:units AS bigint[])) f
                     WHERE f.status = 'ENROLLED' GROUP BY 1) s
             WHERE NOT EXISTS (SELECT 1 FROM registry.v_teacher t WHERE t.school_id = s.school_id)"""),

    /** A school with enrolled pupils and no facilities reported for the school year. */
    SCHOOL_WITHOUT_FACILITIES("""
            SELECT s.school_id, s.school_id, 'school', s.pupils::text
              FROM (SELECT f.school_id, count(*) AS pupils
                      FROM registry.pupil_facts_on(:asOf, CAST(:units AS bigint[])) f
                     WHERE f.status = 'ENROLLED' GROUP BY 1) s
             WHERE NOT EXISTS (SELECT 1 FROM registry.v_school_year_facts y
                                WHERE y.org_unit_id = s.school_id AND y.school_year = :year)""");

    private final String sql;

    QualityRule(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }
}
