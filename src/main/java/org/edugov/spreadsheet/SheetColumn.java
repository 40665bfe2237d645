package org.edugov.spreadsheet;

import java.util.List;

/**
 * One column of an import template: its header in both languages (either is accepted on upload), a
 * note shown on the header cell, whether it is required, and the drop-down choices if any.
 */
public record SheetColumn(String key, String headerZh, String headerEn, String note, boolean required,
        List<String> choices) {

    public SheetColumn {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    boolean matchesHeader(String header) {
        String h = header == null ? "" : header.strip().replace("*", "");
        return h.equals(headerZh) || h.equalsIgnoreCase(headerEn);
    }
}
