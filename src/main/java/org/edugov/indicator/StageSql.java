package org.edugov.indicator;

/**
 * Convention C3: a pupil's 学段 from its grade and its school's type. Kindergarten grades are 学前 in any
 * school; pupils of special schools (types 5xx) are 特殊教育; otherwise the grade decides, so a 九年一贯制
 * school splits into 小学 and 初中.
 */
final class StageSql {

    private StageSql() {
    }

    static String of(String gradeColumn, String schoolTypeColumn) {
        return "CASE WHEN left(" + gradeColumn + ", 1) = 'K' THEN 'PRESCHOOL'"
                + " WHEN left(" + schoolTypeColumn + ", 1) = '5' THEN 'SPECIAL'"
                + " WHEN left(" + gradeColumn + ", 1) = 'P' THEN 'PRIMARY'"
                + " WHEN left(" + gradeColumn + ", 1) = 'J' THEN 'JUNIOR'"
                + " WHEN left(" + gradeColumn + ", 1) = 'S' THEN 'SENIOR'"
                + " WHEN left(" + gradeColumn + ", 1) = 'V' THEN 'VOCATIONAL' END";
    }
}
