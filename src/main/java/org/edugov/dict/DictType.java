package org.edugov.dict;

/**
 * The code lists known to the application. {@link #name()} is the {@code dict.dict_type.code} of the
 * list, so adding a list means adding a constant here and rows in a migration.
 */
public enum DictType {
    GENDER,
    ETHNICITY,
    SCHOOL_OWNERSHIP,
    SCHOOL_TYPE,
    STAGE,
    HUKOU_TYPE,
    DISABILITY,
    DISABILITY_GRADE,
    EDUCATION,
    TEACHER_TITLE,
    URBAN_RURAL,
    GRADE,
    ID_TYPE,
    DISABILITY_PLACEMENT,
    PUPIL_STATUS,
    STAFFING
}
