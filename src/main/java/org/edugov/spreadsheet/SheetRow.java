package org.edugov.spreadsheet;

import java.util.List;

/** A data row as read: its row number as Excel shows it (header is row 1) and its cells as trimmed text. */
public record SheetRow(int rowNumber, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
