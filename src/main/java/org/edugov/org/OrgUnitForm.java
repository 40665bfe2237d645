package org.edugov.org;

/** The create/edit form as posted; strings so that bad input comes back to the form unchanged. */
record OrgUnitForm(OrgUnitKind kind, String code, String name, String schoolType, Long parentId) {

    static OrgUnitForm of(OrgUnit u) {
        return new OrgUnitForm(u.kind(), u.code(), u.name(), u.schoolType(), u.parentId());
    }

    OrgUnitCommand command() {
        return new OrgUnitCommand(kind, code, name, schoolType, parentId);
    }
}
