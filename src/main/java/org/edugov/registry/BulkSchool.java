package org.edugov.registry;

import java.time.LocalDate;
import java.util.List;
import org.edugov.shared.Stage;

/**
 * A school profile for {@link RegistryBulkLoad}, the school named by its 学校标识码.
 *
 * @param ownership dict SCHOOL_OWNERSHIP (1 公办, 2 民办)
 * @param urbanRural dict URBAN_RURAL leaf code, or null
 */
public record BulkSchool(String schoolCode, String ownership, boolean inclusivePrivate, LocalDate inclusiveSince,
        String urbanRural, List<Stage> stages, boolean boarding) {

    public BulkSchool {
        stages = List.copyOf(stages);
    }
}
