package org.edugov.demo;

import java.util.ArrayList;
import java.util.List;
import org.edugov.org.OrgImportRow;
import org.edugov.org.OrgUnitKind;

/** Collects import rows in creation order, numbering them as a spreadsheet would (1-based). */
final class DemoRows {

    private final List<OrgImportRow> rows = new ArrayList<>();

    String add(OrgUnitKind kind, String code, String name, String parentCode, String schoolType) {
        rows.add(new OrgImportRow(rows.size() + 1, kind.name(), code, name, parentCode, schoolType));
        return code;
    }

    List<OrgImportRow> toList() {
        return List.copyOf(rows);
    }
}
