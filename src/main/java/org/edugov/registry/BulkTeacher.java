package org.edugov.registry;

import java.time.LocalDate;
import java.util.List;
import org.edugov.shared.Sex;
import org.edugov.shared.Stage;

/**
 * A teacher for {@link RegistryBulkLoad} with the postings of their career.
 *
 * @param schoolCode null for a teacher not posted anywhere (a data-quality finding); then {@code countyCode}
 *     says whose list they are on, otherwise it is taken from the school
 * @param staffing dict STAFFING (IN 在编, OUT 非在编)
 * @param psychology FULL (专职) or PART (兼职) for a 心理健康教育 teacher, else null
 */
public record BulkTeacher(String schoolCode, String countyCode, String name, String idNumber, Sex sex,
        LocalDate birthDate, String staffing, boolean fullTime, String education, String title, String subject,
        Stage stage, String backboneLevel, boolean dualQualified, String psychology, LocalDate atSchoolSince,
        List<BulkPosting> postings) {

    public BulkTeacher {
        postings = List.copyOf(postings);
    }
}
