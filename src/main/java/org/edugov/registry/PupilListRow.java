package org.edugov.registry;

import java.time.LocalDate;
import org.edugov.shared.Masked;

/** A pupil as listed: identifiers are masked unless the list was explicitly asked for unmasked data. */
record PupilListRow(long id, String name, String studentNo, String idType, String idNumber, String sex,
        LocalDate birthDate, String grade, String className, String schoolName, String status, boolean migrant,
        boolean leftBehind, String disability) {

    PupilListRow masked() {
        return new PupilListRow(id, name, Masked.idNumber(studentNo), idType, Masked.idNumber(idNumber), sex,
                birthDate, grade, className, schoolName, status, migrant, leftBehind, disability);
    }
}
