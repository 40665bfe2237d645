package org.edugov.registry;

import java.time.LocalDate;

/** A validated import row, normalised to the codes the database stores. */
record PupilDraft(int rowNumber, long schoolId, String countyCode, String name, String idType, String idNumber,
        String noIdReason, String studentNo, String sex, LocalDate birthDate, String ethnicity, String grade,
        String className, LocalDate enteredOn, String hukouAddress, String hukouType, boolean migrant,
        boolean leftBehind, String disability, String disabilityGrade, String placement) {
}
