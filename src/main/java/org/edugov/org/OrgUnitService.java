package org.edugov.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.dict.DictType;
import org.edugov.dict.Dictionaries;
import org.edugov.shared.DataScope;
import org.edugov.shared.OrgPath;
import org.edugov.shared.UserError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the org tree. Each method checks the caller's scope on every unit it touches (a unit
 * outside the scope is "not found"), applies the structural rules, and audits in the same transaction.
 */
@Service
class OrgUnitService {

    private static final String ENTITY = "OrgUnit";

    private final OrgUnitRepository units;
    private final AuditLog audit;
    private final Dictionaries dictionaries;
    private final Clock clock;

    OrgUnitService(OrgUnitRepository units, AuditLog audit, Dictionaries dictionaries, Clock clock) {
        this.units = units;
        this.audit = audit;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    OrgUnit visible(CurrentUser user, long id) {
        return units.find(id).filter(u -> user.scope().permits(u.path()))
                .orElseThrow(() -> UserError.notFound("org.unit.notFound", id));
    }

    /** The tops of what the user may see: the real roots for ALL, else its own unit or its assignments. */
    List<OrgUnit> scopeRoots(CurrentUser user) {
        DataScope scope = user.scope();
        return switch (scope.type()) {
            case ALL -> units.roots(scope);
            case SUBTREE, ORG_ONLY, SELF -> user.orgUnit() == null ? List.of() : List.of(user.orgUnit());
            case ASSIGNED -> scope.assigned().stream().map(p -> units.find(p.unitId())).flatMap(Optional::stream)
                    .toList();
            case NONE -> List.of();
        };
    }

    /** Children of a visible unit that are themselves in scope, with how many children each has. */
    List<TreeNode> children(CurrentUser user, long id, boolean includeInactive) {
        visible(user, id);
        List<OrgUnit> children = units.children(id, includeInactive).stream()
                .filter(u -> user.scope().permits(u.path())).toList();
        return nodes(children);
    }

    List<TreeNode> nodes(List<OrgUnit> list) {
        Map<Long, Integer> counts = units.childCounts(list.stream().map(OrgUnit::id).toList());
        return list.stream().map(u -> new TreeNode(u, counts.getOrDefault(u.id(), 0))).toList();
    }

    List<OrgUnit> search(CurrentUser user, String text, List<String> kinds, int limit) {
        return units.search(user.scope(), text, kinds, limit);
    }

    List<OrgUnit> lineage(OrgUnit unit) {
        return units.ancestors(unit.path());
    }

    /** A unit visible to the user, looked up by its official code, for forms that take a code. */
    OrgUnit visibleByCode(CurrentUser user, String code) {
        return units.findByCode(code == null ? "" : code.trim()).filter(u -> user.scope().permits(u.path()))
                .orElseThrow(() -> UserError.notFound("org.unit.codeNotFound", code == null ? "" : code.trim()));
    }

    @Transactional
    OrgUnit create(CurrentUser user, OrgUnitCommand cmd, LocalDate validFrom) {
        OrgUnit parent = cmd.parentId() == null ? null : visible(user, cmd.parentId());
        if (parent == null && !user.scope().isAll()) {
            throw UserError.forbidden("org.unit.root.forbidden");
        }
        OrgUnitRules.checkPlacement(cmd.kind(), parent);
        String code = OrgUnitRules.normalizeCode(cmd.kind(), cmd.code());
        String name = OrgUnitRules.normalizeName(cmd.name());
        String schoolType = checkSchoolType(cmd.kind(), cmd.schoolType());
        requireUnusedCode(code, null);
        long id = units.nextId();
        OrgPath path = parent == null ? OrgPath.root(id) : parent.path().child(id);
        OrgUnit unit = new OrgUnit(id, cmd.kind(), code, name, schoolType, parent == null ? null : parent.id(), path,
                OrgUnitRules.countyCodeOf(cmd.kind(), code, parent), true, null, null);
        units.insert(unit, user.username());
        units.openMembership(id, unit.parentId(), validFrom);
        audit.changed(user.actor(), AuditAction.CREATE, ENTITY, id, path, FieldChange.created(snapshot(unit)));
        return unit;
    }

    @Transactional
    OrgUnit update(CurrentUser user, long id, OrgUnitCommand cmd) {
        OrgUnit before = visible(user, id);
        String code = OrgUnitRules.normalizeCode(before.kind(), cmd.code());
        String name = OrgUnitRules.normalizeName(cmd.name());
        String schoolType = checkSchoolType(before.kind(), cmd.schoolType());
        requireUnusedCode(code, id);
        units.updateDetails(id, code, name, schoolType, user.username());
        OrgUnit after = units.find(id).orElseThrow();
        audit.changed(user.actor(), AuditAction.UPDATE, ENTITY, id, after.path(),
                FieldChange.diff(snapshot(before), snapshot(after)));
        return after;
    }

    /**
     * Moves a unit and its subtree under a new parent from a date. The old membership ends that day, so
     * figures dated before it stay with the old parent.
     */
    @Transactional
    OrgUnit move(CurrentUser user, long id, long newParentId, LocalDate effective) {
        OrgUnit unit = visible(user, id);
        OrgUnit newParent = visible(user, newParentId);
        if (unit.parentId() == null) {
            throw UserError.invalid("org.unit.move.root");
        }
        if (newParentId == unit.parentId()) {
            throw UserError.invalid("org.unit.move.sameParent");
        }
        OrgUnitRules.checkNoCycle(unit, newParent);
        OrgUnitRules.checkPlacement(unit.kind(), newParent);
        checkEffectiveDate(unit, effective);
        OrgPath newPath = newParent.path().child(unit.id());
        units.closeMembership(unit.id(), effective);
        units.openMembership(unit.id(), newParentId, effective);
        int moved = units.moveSubtree(unit, newParentId, newPath,
                unit.kind() == OrgUnitKind.COUNTY ? null : OrgUnitRules.countyCodeOf(unit.kind(), unit.code(), newParent),
                user.username());
        audit.changed(user.actor(), AuditAction.MOVE, ENTITY, id, newPath, List.of(
                new FieldChange("parent", String.valueOf(unit.parentId()), String.valueOf(newParentId)),
                new FieldChange("path", unit.path().value(), newPath.value()),
                new FieldChange("effectiveDate", null, effective.toString()),
                new FieldChange("unitsMoved", null, String.valueOf(moved))));
        return units.find(id).orElseThrow();
    }

    @Transactional
    OrgUnit deactivate(CurrentUser user, long id, LocalDate on, String reason) {
        OrgUnit unit = visible(user, id);
        if (!unit.active()) {
            throw UserError.conflict("org.unit.alreadyInactive", unit.name());
        }
        if (reason == null || reason.isBlank()) {
            throw UserError.invalid("org.unit.deactivate.reasonRequired");
        }
        if (unit.parentId() == null) {
            throw UserError.invalid("org.unit.deactivate.root");
        }
        if (units.countActiveChildren(id) > 0) {
            throw UserError.conflict("org.unit.deactivate.hasChildren", unit.name());
        }
        LocalDate date = on == null ? LocalDate.now(clock) : on;
        units.setActive(id, false, date, reason.strip(), user.username());
        units.closeMembership(id, date.plusDays(1));
        audit.changed(user.actor(), AuditAction.DEACTIVATE, ENTITY, id, unit.path(), List.of(
                new FieldChange("active", "true", "false"), new FieldChange("reason", null, reason.strip()),
                new FieldChange("deactivatedOn", null, date.toString())));
        return units.find(id).orElseThrow();
    }

    private void checkEffectiveDate(OrgUnit unit, LocalDate effective) {
        if (effective == null) {
            throw UserError.invalid("org.unit.move.dateRequired");
        }
        if (effective.isAfter(LocalDate.now(clock))) {
            throw UserError.invalid("org.unit.move.future");
        }
        LocalDate start = units.currentMembershipStart(unit.id()).orElse(LocalDate.MIN);
        if (!effective.isAfter(start)) {
            throw UserError.invalid("org.unit.move.beforeCurrent", start);
        }
    }

    private String checkSchoolType(OrgUnitKind kind, String schoolType) {
        if (!kind.isSchool()) {
            return null;
        }
        if (schoolType == null || schoolType.isBlank()) {
            throw UserError.invalid("org.unit.schoolType.required");
        }
        return dictionaries.codeForLabel(DictType.SCHOOL_TYPE, schoolType)
                .orElseThrow(() -> UserError.invalid("org.unit.schoolType.unknown", schoolType));
    }

    private void requireUnusedCode(String code, Long self) {
        units.findByCode(code).filter(other -> self == null || other.id() != self).ifPresent(other -> {
            throw UserError.conflict("org.unit.code.duplicate", code, other.name());
        });
    }

    static Map<String, Object> snapshot(OrgUnit u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", u.kind());
        m.put("code", u.code());
        m.put("name", u.name());
        m.put("schoolType", u.schoolType());
        m.put("parent", u.parentId());
        m.put("path", u.path());
        return m;
    }
}
