package org.edugov.org;

import org.edugov.shared.UserError;

/**
 * Structural rules of the hierarchy, free of Spring and the database so they are unit-tested alone.
 */
final class OrgUnitRules {

    private OrgUnitRules() {
    }

    /** Trims the code, pads 9-digit town codes to the 12-digit form, and checks it fits the kind. */
    static String normalizeCode(OrgUnitKind kind, String raw) {
        if (raw == null || raw.isBlank()) {
            throw UserError.invalid("org.unit.code.required");
        }
        String code = raw.trim().toUpperCase();
        if (kind == OrgUnitKind.TOWN) {
            code = padTownCode(code);
        }
        if (!kind.acceptsCode(code)) {
            throw UserError.invalid("org.unit.code.malformed." + kind.name(), raw.trim());
        }
        return code;
    }

    /** Town codes are often written with 9 digits; the stored form has the full 12. */
    static String padTownCode(String code) {
        return code.matches("^\\d{9}$") ? code + "000" : code;
    }

    static String normalizeName(String raw) {
        if (raw == null || raw.isBlank()) {
            throw UserError.invalid("org.unit.name.required");
        }
        String name = raw.strip();
        if (name.length() > 100) {
            throw UserError.invalid("org.unit.name.tooLong", 100);
        }
        return name;
    }

    static void checkPlacement(OrgUnitKind kind, OrgUnit parent) {
        if (parent == null) {
            if (!kind.canBeRoot()) {
                throw UserError.invalid("org.unit.parent.required");
            }
            return;
        }
        if (!parent.active()) {
            throw UserError.invalid("org.unit.parent.inactive", parent.name());
        }
        if (!kind.allowedParents().contains(parent.kind())) {
            throw UserError.invalid("org.unit.parent.kind", parent.name());
        }
    }

    /** A unit cannot move below itself or one of its descendants. */
    static void checkNoCycle(OrgUnit unit, OrgUnit newParent) {
        if (unit.path().contains(newParent.path())) {
            throw UserError.invalid("org.unit.move.cycle", newParent.name());
        }
    }

    /**
     * The county a unit lies in: itself for a county, its parent's county below that, none for cities and
     * provinces. A unit hanging directly under a city (a 市直 school, a city department) takes the city's
     * code, so that every school has a distribution key.
     */
    static String countyCodeOf(OrgUnitKind kind, String code, OrgUnit parent) {
        if (kind == OrgUnitKind.COUNTY) {
            return code;
        }
        if (parent == null || kind == OrgUnitKind.CITY || kind == OrgUnitKind.PROVINCE) {
            return null;
        }
        return parent.countyCode() != null ? parent.countyCode() : parent.code();
    }
}
