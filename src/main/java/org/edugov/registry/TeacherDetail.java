package org.edugov.registry;

import java.time.LocalDate;
import java.util.List;
import org.edugov.shared.Masked;
import org.edugov.shared.OrgPath;

/** Everything the teacher page shows; {@link #masked()} is what it shows unless unmasking was requested. */
record TeacherDetail(long id, Long schoolId, OrgPath schoolPath, String schoolName, String name, String idNumber,
        String sex, LocalDate birthDate, String staffing, boolean fullTime, String education, String title,
        String subject, String stage, String backboneLevel, boolean dualQualified, String psychology,
        LocalDate atSchoolSince, List<TeacherPosting> postings) {

    TeacherDetail {
        postings = List.copyOf(postings);
    }

    TeacherDetail masked() {
        return new TeacherDetail(id, schoolId, schoolPath, schoolName, name, Masked.idNumber(idNumber), sex,
                birthDate, staffing, fullTime, education, title, subject, stage, backboneLevel, dualQualified,
                psychology, atSchoolSince, postings);
    }

    TeacherDetail withPostings(List<TeacherPosting> history) {
        return new TeacherDetail(id, schoolId, schoolPath, schoolName, name, idNumber, sex, birthDate, staffing,
                fullTime, education, title, subject, stage, backboneLevel, dualQualified, psychology, atSchoolSince,
                history);
    }

    /** The open posting, if the teacher is posted anywhere. */
    TeacherPosting currentPosting() {
        return postings.stream().filter(TeacherPosting::current).findFirst().orElse(null);
    }
}
