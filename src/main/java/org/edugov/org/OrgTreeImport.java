package org.edugov.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.AuditLog.Change;
import org.edugov.audit.FieldChange;
import org.edugov.dict.DictType;
import org.edugov.dict.Dictionaries;
import org.edugov.shared.OrgPath;
import org.edugov.shared.UserError;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates many org units at once, all or nothing: every row is validated first (codes, names, kinds,
 * school types, duplicates, parents in the file or in the caller's scope, placement rules, cycles);
 * if any row fails nothing is written; otherwise all units are written with COPY in one transaction.
 */
@Component
public class OrgTreeImport {

    private final OrgUnitRepository units;
    private final OrgUnitCopy copy;
    private final Dictionaries dictionaries;
    private final AuditLog audit;

    OrgTreeImport(OrgUnitRepository units, OrgUnitCopy copy, Dictionaries dictionaries, AuditLog audit) {
        this.units = units;
        this.copy = copy;
        this.dictionaries = dictionaries;
        this.audit = audit;
    }

    @Transactional
    public ImportResult importRows(CurrentUser user, List<OrgImportRow> rows, LocalDate validFrom) {
        if (rows.isEmpty()) {
            return new ImportResult(0, List.of(new ImportError(0, "", "import.empty", List.of())));
        }
        List<ImportError> errors = new ArrayList<>();
        Map<String, Parsed> byCode = new LinkedHashMap<>();
        for (OrgImportRow row : rows) {
            parse(row, errors).ifPresent(p -> {
                Parsed twin = byCode.putIfAbsent(p.code, p);
                if (twin != null) {
                    errors.add(new ImportError(row.rowNumber(), "code", "import.code.duplicateInFile",
                            List.of(p.code, twin.row.rowNumber())));
                }
            });
        }
        checkExisting(byCode, errors);
        List<OrgUnit> created = errors.isEmpty() ? place(user, byCode, errors) : List.of();
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.rowNumber(), b.rowNumber()));
            return new ImportResult(0, errors);
        }
        copy.write(created, validFrom, user.username());
        audit.changedAll(user.actor(), AuditAction.IMPORT, "OrgUnit", created.stream()
                .map(u -> new Change(u.id(), u.path(), FieldChange.created(OrgUnitService.snapshot(u)))).toList());
        return new ImportResult(created.size(), List.of());
    }

    private Optional<Parsed> parse(OrgImportRow row, List<ImportError> errors) {
        int before = errors.size();
        OrgUnitKind kind = OrgKindLabels.parse(row.kind()).orElse(null);
        if (kind == null) {
            errors.add(new ImportError(row.rowNumber(), "kind", "import.kind.unknown", List.of(nz(row.kind()))));
        }
        String code = null;
        String name = null;
        String schoolType = null;
        if (kind != null) {
            code = cell(row, "code", errors, () -> OrgUnitRules.normalizeCode(kind, row.code()));
            if (kind.isSchool()) {
                schoolType = dictionaries.codeForLabel(DictType.SCHOOL_TYPE, nz(row.schoolType())).orElse(null);
                if (schoolType == null) {
                    errors.add(new ImportError(row.rowNumber(), "schoolType", "org.unit.schoolType.unknown",
                            List.of(nz(row.schoolType()))));
                }
            }
        }
        name = cell(row, "name", errors, () -> OrgUnitRules.normalizeName(row.name()));
        String parentCode = row.parentCode() == null || row.parentCode().isBlank() ? null
                : OrgUnitRules.padTownCode(row.parentCode().trim());
        return errors.size() > before ? Optional.empty()
                : Optional.of(new Parsed(row, kind, code, name, schoolType, parentCode));
    }

    private static String cell(OrgImportRow row, String column, List<ImportError> errors,
            Supplier<String> check) {
        try {
            return check.get();
        } catch (UserError e) {
            errors.add(new ImportError(row.rowNumber(), column, e.messageKey(), List.of(e.args())));
            return null;
        }
    }

    private void checkExisting(Map<String, Parsed> byCode, List<ImportError> errors) {
        Map<String, String> existing = units.namesByCode(byCode.keySet());
        for (Parsed p : byCode.values()) {
            String name = existing.get(p.code);
            if (name != null) {
                errors.add(new ImportError(p.row.rowNumber(), "code", "org.unit.code.duplicate", List.of(p.code, name)));
            }
        }
    }

    /** Resolves parents (file first, then database) in dependency order and builds the new units. */
    private List<OrgUnit> place(CurrentUser user, Map<String, Parsed> byCode, List<ImportError> errors) {
        Map<String, OrgUnit> placed = new HashMap<>();
        List<OrgUnit> created = new ArrayList<>();
        List<Long> ids = units.nextIds(byCode.size());
        for (Parsed p : byCode.values()) {
            resolve(user, p, byCode, placed, created, ids, errors, 0);
        }
        return created;
    }

    private OrgUnit resolve(CurrentUser user, Parsed p, Map<String, Parsed> byCode, Map<String, OrgUnit> placed,
            List<OrgUnit> created, List<Long> ids, List<ImportError> errors, int depth) {
        if (placed.containsKey(p.code) || p.failed) {
            return placed.get(p.code);
        }
        if (depth > 10) {
            return fail(p, "parentCode", "import.parent.cycle", errors, p.parentCode);
        }
        OrgUnit parent = null;
        if (p.parentCode != null) {
            Parsed inFile = byCode.get(p.parentCode);
            parent = inFile != null ? resolve(user, inFile, byCode, placed, created, ids, errors, depth + 1)
                    : placed.computeIfAbsent(p.parentCode, code -> units.findByCode(code)
                            .filter(u -> user.scope().permits(u.path())).orElse(null));
            if (parent == null) {
                return fail(p, "parentCode", "import.parent.unknown", errors, p.parentCode);
            }
        } else if (!user.scope().isAll()) {
            return fail(p, "parentCode", "org.unit.root.forbidden", errors);
        }
        try {
            OrgUnitRules.checkPlacement(p.kind, parent);
        } catch (UserError e) {
            return fail(p, "parentCode", e.messageKey(), errors, e.args());
        }
        long id = ids.get(created.size());
        OrgPath path = parent == null ? OrgPath.root(id) : parent.path().child(id);
        OrgUnit unit = new OrgUnit(id, p.kind, p.code, p.name, p.schoolType, parent == null ? null : parent.id(),
                path, OrgUnitRules.countyCodeOf(p.kind, p.code, parent), true, null, null);
        placed.put(p.code, unit);
        created.add(unit);
        return unit;
    }

    private static OrgUnit fail(Parsed p, String column, String key, List<ImportError> errors, Object... args) {
        p.failed = true;
        errors.add(new ImportError(p.row.rowNumber(), column, key, List.of(args)));
        return null;
    }

    private static String nz(String s) {
        return s == null ? "" : s.trim();
    }

    private static final class Parsed {
        final OrgImportRow row;
        final OrgUnitKind kind;
        final String code;
        final String name;
        final String schoolType;
        final String parentCode;
        boolean failed;

        Parsed(OrgImportRow row, OrgUnitKind kind, String code, String name, String schoolType, String parentCode) {
            this.row = row;
            this.kind = kind;
            this.code = code;
            this.name = name;
            this.schoolType = schoolType;
            this.parentCode = parentCode;
        }
    }
}
