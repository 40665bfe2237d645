package org.edugov.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.edugov.org.OrgImportRow;

/**
 * The generated pupils as rows of the pupil import template, for import tests and benchmarks that go through
 * files or the import's row format rather than the bulk load.
 */
public final class DemoPupils {

    private DemoPupils() {
    }

    /** Hands every pupil of {@link DemoRegistry} (as of 1 September of the school year) to the consumer. */
    public static long generate(List<OrgImportRow> units, long seed, int schoolYear, Consumer<String[]> rows) {
        long[] count = {0};
        DemoRegistry.of(units, seed, LocalDate.of(schoolYear, 9, 1)).pupils().forEach(p -> {
            rows.accept(DemoPupilFile.row(p));
            count[0]++;
        });
        return count[0];
    }
}
