package org.edugov.registry;

import java.math.BigDecimal;

/** A school's facilities and finance in one school year (start year of the 学年), for {@link RegistryBulkLoad}. */
public record BulkSchoolYear(String schoolCode, int schoolYear, BigDecimal teachingAreaM2, BigDecimal buildingAreaM2,
        BigDecimal sportsGroundM2, int studentComputers, int teacherComputers, int multimediaClassrooms,
        int bandwidthMbps, boolean counselingRoom, boolean resourceRoom, boolean alarmCompliant, boolean videoCompliant,
        boolean closedCampus, BigDecimal equipmentValueYuan, BigDecimal publicFundsPerPupil,
        BigDecimal teacherTrainingYuan) {
}
