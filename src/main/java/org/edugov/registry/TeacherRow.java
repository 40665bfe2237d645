package org.edugov.registry;

import java.time.LocalDate;
import org.edugov.shared.Masked;

/** A teacher as listed; the identity number is masked unless the viewer asked and may see it. */
record TeacherRow(long id, String name, String idNumber, String sex, String schoolName, String staffing,
        boolean fullTime, String education, String title, String subject, String stage, boolean dualQualified,
        String psychology, LocalDate atSchoolSince) {

    TeacherRow masked() {
        return new TeacherRow(id, name, Masked.idNumber(idNumber), sex, schoolName, staffing, fullTime, education,
                title, subject, stage, dualQualified, psychology, atSchoolSince);
    }
}
