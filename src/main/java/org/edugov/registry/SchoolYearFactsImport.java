package org.edugov.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.org.CurrentUser;
import org.edugov.shared.OrgPath;
import org.edugov.shared.SchoolYear;
import org.edugov.shared.SqlCondition;
import org.edugov.shared.UserError;
import org.edugov.spreadsheet.SheetColumn;
import org.edugov.spreadsheet.SheetRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facilities and finance per school and school year from a spreadsheet: every row checked (school in scope and
 * with a profile, school year, each figure), nothing written on any error, otherwise each school year's figures
 * replace the stored ones in one transaction with one audit row per school year that changed.
 */
@Service
class SchoolYearFactsImport {

    static final int MAX_ROWS = 200_000;
    static final List<SheetColumn> COLUMNS = Stream.concat(Stream.of(
            new SheetColumn("school_code", "学校标识码", "School code", "必填，10 位", true, List.of()),
            new SheetColumn("school_year", "学年", "School year", "必填，如 2025-2026", true, List.of())),
            Stream.of(SchoolFact.values()).map(SchoolYearFactsImport::column)).toList();

    private final JdbcClient jdbc;
    private final SchoolYearFactsRepository facts;
    private final AuditLog audit;

    SchoolYearFactsImport(JdbcClient jdbc, SchoolYearFactsRepository facts, AuditLog audit) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.audit = audit;
    }

    private static SheetColumn column(SchoolFact f) {
        return switch (f.kind()) {
            case AMOUNT -> new SheetColumn(f.column(), f.headerZh(), f.headerEn(),
                    "不小于 0 的数，最多两位小数；空白表示未填报", false, List.of());
            case COUNT -> new SheetColumn(f.column(), f.headerZh(), f.headerEn(), "不小于 0 的整数；空白表示未填报",
                    false, List.of());
            case FLAG -> new SheetColumn(f.column(), f.headerZh(), f.headerEn(), "是 或 否；空白表示未填报", false,
                    List.of("是", "否"));
        };
    }

    @Transactional
    List<RowError> importRows(CurrentUser user, List<SheetRow> rows, LocalDate today) {
        Map<String, School> schools = schools(user);
        List<RowError> errors = new ArrayList<>();
        List<SchoolYearFactsRepository.Staged> staged = new ArrayList<>();
        Map<String, School> schoolOf = new HashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (SheetRow r : rows) {
            int before = errors.size();
            School school = school(r, schools, errors);
            SchoolYear year = year(r, today, errors);
            Map<SchoolFact, Object> values = SchoolYearFactsRules.values(r.rowNumber(),
                    f -> r.cell(2 + f.ordinal()), errors);
            if (errors.size() > before) {
                continue;
            }
            String key = SchoolYearFactsRepository.key(school.id(), year.startYear());
            Integer twin = firstRow.putIfAbsent(key, r.rowNumber());
            if (twin != null) {
                errors.add(new RowError(r.rowNumber(), "school_year", "facts.import.duplicate", List.of(twin)));
                continue;
            }
            schoolOf.put(key, school);
            staged.add(new SchoolYearFactsRepository.Staged(school.id(), school.county(),
                    new SchoolYearFacts(year.startYear(), values)));
        }
        if (errors.isEmpty() && staged.isEmpty()) {
            errors.add(new RowError(0, "school_code", "import.empty", List.of()));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Map<String, SchoolYearFacts> stored = facts.ofSchools(staged.stream().map(s -> s.schoolId()).distinct()
                .toList());
        List<AuditLog.Change> changes = new ArrayList<>();
        for (SchoolYearFactsRepository.Staged s : staged) {
            String key = SchoolYearFactsRepository.key(s.schoolId(), s.facts().schoolYear());
            SchoolYearFacts old = stored.get(key);
            List<FieldChange> diff = FieldChange.diff(old == null ? Map.of() : old.snapshot(), s.facts().snapshot());
            if (old == null || !diff.isEmpty()) {
                changes.add(new AuditLog.Change(key, schoolOf.get(key).path(), diff));
            }
        }
        facts.saveAll(staged);
        audit.changedAll(user.actor(), AuditAction.IMPORT, "SchoolYearFacts", changes);
        return List.of();
    }

    private static School school(SheetRow r, Map<String, School> schools, List<RowError> errors) {
        if (r.cell(0).isEmpty()) {
            errors.add(new RowError(r.rowNumber(), "school_code", "pupil.import.required", List.of()));
            return null;
        }
        School school = schools.get(r.cell(0));
        if (school == null) {
            errors.add(new RowError(r.rowNumber(), "school_code", "pupil.import.school.unknown", List.of(r.cell(0))));
        } else if (!school.hasProfile()) {
            errors.add(new RowError(r.rowNumber(), "school_code", "facts.school.noProfile", List.of(r.cell(0))));
        }
        return school;
    }

    private static SchoolYear year(SheetRow r, LocalDate today, List<RowError> errors) {
        if (r.cell(1).isEmpty()) {
            errors.add(new RowError(r.rowNumber(), "school_year", "pupil.import.required", List.of()));
            return null;
        }
        try {
            return SchoolYearFactsRules.year(r.cell(1), today);
        } catch (UserError e) {
            errors.add(new RowError(r.rowNumber(), "school_year", e.messageKey(), List.of(e.args())));
            return null;
        }
    }

    private record School(long id, String county, OrgPath path, boolean hasProfile) {
    }

    /** Schools and teaching points in the importer's scope by code. */
    private Map<String, School> schools(CurrentUser user) {
        SqlCondition inScope = user.scope().condition("u.path");
        Map<String, School> schools = new HashMap<>();
        jdbc.sql("SELECT u.id, u.code, u.county_code, u.path, s.org_unit_id IS NOT NULL AS has_profile "
                        + "FROM org.unit_scope u LEFT JOIN registry.school s ON s.org_unit_id = u.id "
                        + "WHERE u.kind IN ('SCHOOL', 'TEACHING_POINT') AND u.active AND " + inScope.sql())
                .params(inScope.params())
                .query((rs, i) -> schools.put(rs.getString("code"), new School(rs.getLong("id"),
                        rs.getString("county_code"), OrgPath.of(rs.getString("path")), rs.getBoolean("has_profile"))))
                .list();
        return schools;
    }
}
