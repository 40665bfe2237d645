package org.edugov.registry;

/** One grade's flows at a school in one school year (start year of the 学年), for {@link RegistryBulkLoad}. */
public record BulkFlow(String schoolCode, int schoolYear, String grade, int intake, int graduates, int transfersIn,
        int transfersOut, int dropouts, int deaths) {
}
