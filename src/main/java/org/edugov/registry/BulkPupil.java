package org.edugov.registry;

import java.time.LocalDate;
import java.util.List;
import org.edugov.shared.Sex;

/**
 * A pupil record (学籍) for {@link RegistryBulkLoad}, with its status history in date order. The fields follow
 * the pupil import template; codes are dictionary codes, not labels.
 *
 * @param className a class of the school in the school year being loaded, or null
 */
public record BulkPupil(String schoolCode, String className, Grade grade, String name, IdType idType,
        String idNumber, String noIdReason, String studentNo, Sex sex, LocalDate birthDate, String ethnicity,
        String hukouAddress, String hukouType, boolean migrant, boolean leftBehind, String disability,
        String disabilityGrade, String disabilityPlacement, PupilStatus status, LocalDate enteredOn,
        List<BulkPupilEvent> events) {

    public BulkPupil {
        events = List.copyOf(events);
    }
}
