package org.edugov.org;

/** Create or edit an org unit: what the form and the Excel import provide. */
public record OrgUnitCommand(OrgUnitKind kind, String code, String name, String schoolType, Long parentId) {
}
