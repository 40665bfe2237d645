package org.edugov.registry;

import java.time.LocalDate;
import java.util.List;
import org.edugov.shared.Masked;
import org.edugov.shared.OrgPath;

/** Everything the pupil page shows; {@link #masked()} is what it shows unless unmasking was requested. */
record PupilDetail(long id, long schoolId, OrgPath schoolPath, String schoolName, String name, String idType,
        String idNumber, String noIdReason, String studentNo, String sex, LocalDate birthDate, String ethnicity,
        String grade, String className, LocalDate enteredOn, String hukouAddress, String hukouType, boolean migrant,
        boolean leftBehind, String disability, String disabilityGrade, String disabilityPlacement, String status,
        List<PupilEventRow> events) {

    PupilDetail {
        events = List.copyOf(events);
    }

    PupilDetail withEvents(List<PupilEventRow> timeline) {
        return new PupilDetail(id, schoolId, schoolPath, schoolName, name, idType, idNumber, noIdReason, studentNo,
                sex, birthDate, ethnicity, grade, className, enteredOn, hukouAddress, hukouType, migrant, leftBehind,
                disability, disabilityGrade, disabilityPlacement, status, timeline);
    }

    PupilDetail masked() {
        return new PupilDetail(id, schoolId, schoolPath, schoolName, name, idType, Masked.idNumber(idNumber),
                noIdReason, Masked.idNumber(studentNo), sex, birthDate, ethnicity, grade, className, enteredOn,
                Masked.address(hukouAddress), hukouType, migrant, leftBehind, disability, disabilityGrade,
                disabilityPlacement, status, events);
    }
}
