package org.edugov.org;

/**
 * One row of an org-tree import, exactly as read from the file (trimmed strings, nothing parsed yet),
 * so that every problem can be reported against its row and column.
 */
public record OrgImportRow(int rowNumber, String kind, String code, String name, String parentCode,
        String schoolType) {
}
