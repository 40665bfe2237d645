package org.edugov.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.edugov.org.CurrentUser;
import org.edugov.spreadsheet.SheetRow;
import org.springframework.stereotype.Component;

/** The registry's API for importing population rows outside a web request (demo data, feeds). */
@Component
public class PopulationImports {

    private final PopulationImport importer;
    private final Clock clock;

    PopulationImports(PopulationImport importer, Clock clock) {
        this.importer = importer;
        this.clock = clock;
    }

    /** Rows in the population template's column order; returns the errors, empty when all were written. */
    public List<RowError> importRows(CurrentUser user, List<String[]> rows) {
        List<SheetRow> sheetRows = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            sheetRows.add(new SheetRow(i + 2, Arrays.asList(rows.get(i))));
        }
        return importer.importRows(user, sheetRows, LocalDate.now(clock).getYear());
    }
}
