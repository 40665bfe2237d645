package org.edugov.indicator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgUnit;
import org.edugov.shared.UserError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a version of an indicator for the editor's region (its province, city or county area code; national
 * only for an installation-wide administrator). Stored versions never change: values computed with them keep
 * pointing at them. Expressions are parsed before anything is stored.
 */
@Service
class CatalogEditor {

    private final Catalog catalog;
    private final AuditLog audit;

    CatalogEditor(Catalog catalog, AuditLog audit) {
        this.catalog = catalog;
        this.audit = audit;
    }

    /** The region a user edits: "" for the whole installation, else its unit's area-code prefix. */
    static String regionOf(CurrentUser user) {
        OrgUnit unit = user.orgUnit();
        if (user.scope().isAll() && unit == null) {
            return "";
        }
        if (unit == null) {
            throw UserError.forbidden("indicator.version.noRegion");
        }
        return switch (unit.kind().name()) {
            case "PROVINCE" -> unit.code().substring(0, 2);
            case "CITY" -> unit.code().substring(0, 4);
            case "COUNTY" -> unit.code();
            default -> throw UserError.forbidden("indicator.version.noRegion");
        };
    }

    @Transactional
    Definition addVersion(CurrentUser user, Definition base, VersionForm form) {
        String region = regionOf(user);
        Map<String, String> settings = Definition.parseSettings(form.settings() == null ? "" : form.settings());
        BigDecimal factor;
        try {
            factor = new BigDecimal(form.factor().strip());
        } catch (RuntimeException e) {
            throw UserError.invalid("indicator.version.factor", form.factor());
        }
        if (factor.signum() <= 0) {
            throw UserError.invalid("indicator.version.factor", form.factor());
        }
        if (form.validFrom() == null) {
            throw UserError.invalid("indicator.version.validFrom");
        }
        if (form.source() == null || form.source().isBlank()) {
            throw UserError.invalid("indicator.version.source");
        }
        if (!List.of("V", "S", "U").contains(form.sourceStatus())) {
            throw UserError.invalid("indicator.version.sourceStatus", form.sourceStatus());
        }
        String denominator = base.kind() == Definition.Kind.COUNT ? null : form.denominator();
        Definition draft = new Definition(0, base.code(), catalog.nextVersion(base.code(), region), region,
                form.validFrom(), base.nameZh(), base.nameEn(), text(form.definitionZh(), base.definitionZh()),
                text(form.definitionEn(), base.definitionEn()), form.source().strip(), form.sourceStatus(), base.kind(),
                form.numerator() == null ? "" : form.numerator().strip(), denominator == null ? null : denominator.strip(),
                factor, base.unit(), base.direction(), base.lowestLevel(), settings, base.sortOrder(), "EDIT",
                user.username(), null);
        draft.numeratorExpression();
        draft.denominatorExpression();
        long id = catalog.insert(draft);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("version", draft.version());
        after.put("region", region);
        after.put("numerator", draft.numerator());
        after.put("denominator", String.valueOf(draft.denominator()));
        after.put("factor", factor.toPlainString());
        after.put("settings", Definition.formatSettings(settings).strip());
        after.put("validFrom", form.validFrom().toString());
        audit.changed(user.actor(), AuditAction.CREATE, "IndicatorDefinition", base.code() + " v" + draft.version(),
                user.orgUnit() == null ? null : user.orgUnit().path(), FieldChange.created(after));
        return catalog.byId(id).orElseThrow();
    }

    private static String text(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given.strip();
    }
}
