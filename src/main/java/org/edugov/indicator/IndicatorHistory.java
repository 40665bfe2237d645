package org.edugov.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.org.CurrentUser;
import org.edugov.org.ImportError;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgUnit;
import org.edugov.shared.SchoolYear;
import org.edugov.spreadsheet.SheetColumn;
import org.edugov.spreadsheet.SheetRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Values of earlier school years, imported: every row checked (indicator code, a unit in the user's scope, a
 * past school year, numbers, no duplicates), nothing stored on any error, otherwise stored as IMPORTED values of the definition valid in that year, replacing earlier imports.
 * Computed values are never overwritten.
 */
@Service
public class IndicatorHistory {

    static final List<SheetColumn> COLUMNS = List.of(
            new SheetColumn("indicatorCode", "指标代码", "Indicator code", "PRESCHOOL_GER", true, List.of()),
            new SheetColumn("unitCode", "机构代码", "Unit code", "419900", true, List.of()),
            new SheetColumn("schoolYear", "学年（起始年）", "School year (start)", "2024", true, List.of()),
            new SheetColumn("numerator", "分子", "Numerator", "", true, List.of()),
            new SheetColumn("denominator", "分母", "Denominator", "", false, List.of()));
    static final int MAX_ROWS = 100_000;

    private final Catalog catalog;
    private final OrgDirectory directory;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    IndicatorHistory(Catalog catalog, OrgDirectory directory, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.catalog = catalog;
        this.directory = directory;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    static List<HistoryRow> parse(List<SheetRow> rows, List<ImportError> errors) {
        List<HistoryRow> out = new ArrayList<>();
        for (SheetRow r : rows) {
            int before = errors.size();
            Integer year = null;
            try {
                year = Integer.parseInt(r.cell(2).strip());
            } catch (NumberFormatException e) {
                errors.add(new ImportError(r.rowNumber(), "schoolYear", "indicator.history.year", List.of(r.cell(2))));
            }
            BigDecimal numerator = number(r, 3, "numerator", errors);
            BigDecimal denominator = r.cell(4).isBlank() ? BigDecimal.ZERO : number(r, 4, "denominator", errors);
            if (errors.size() == before) {
                out.add(new HistoryRow(r.rowNumber(), r.cell(0).strip(), r.cell(1).strip(), year, numerator, denominator));
            }
        }
        return out;
    }

    private static BigDecimal number(SheetRow r, int column, String key, List<ImportError> errors) {
        try {
            BigDecimal n = new BigDecimal(r.cell(column).strip().replace(",", ""));
            if (n.signum() >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new ImportError(r.rowNumber(), key, "indicator.history.number", List.of(r.cell(column))));
        return BigDecimal.ZERO;
    }

    /** Checks every row; stores them only when none has an error; returns the errors. */
    @Transactional
    public List<ImportError> importRows(CurrentUser user, List<HistoryRow> rows) {
        int current = SchoolYear.containing(LocalDate.now(clock)).startYear();
        List<ImportError> errors = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (HistoryRow r : rows) {
            Optional<OrgUnit> unit = directory.findByCode(user.scope(), r.unitCode());
            if (unit.isEmpty()) {
                errors.add(new ImportError(r.rowNumber(), "unitCode", "indicator.history.unit", List.of(r.unitCode())));
                continue;
            }
            if (r.schoolYear() >= current || r.schoolYear() < 2000) {
                errors.add(new ImportError(r.rowNumber(), "schoolYear", "indicator.history.pastYear",
                        List.of(r.schoolYear(), current)));
                continue;
            }
            Optional<Definition> d = Catalog.forArea(catalog.current(SchoolYear.of(r.schoolYear()).referenceDate()),
                    r.indicatorCode(), Indicators.areaCode(unit.get()));
            if (d.isEmpty()) {
                errors.add(new ImportError(r.rowNumber(), "indicatorCode", "indicator.history.code",
                        List.of(r.indicatorCode())));
                continue;
            }
            if (!seen.add(d.get().id() + "/" + r.schoolYear() + "/" + unit.get().id())) {
                errors.add(new ImportError(r.rowNumber(), "unitCode", "indicator.history.duplicate", List.of()));
                continue;
            }
            values.add(new Object[] {d.get(), unit.get(), r});
        }
        if (errors.isEmpty() && values.isEmpty()) {
            errors.add(new ImportError(0, "", "import.empty", List.of()));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        int stored = 0;
        for (Object[] v : values) {
            stored += store((Definition) v[0], (OrgUnit) v[1], (HistoryRow) v[2]);
        }
        audit.changed(user.actor(), AuditAction.IMPORT, "IndicatorHistory", stored + " values",
                user.orgUnit() == null ? null : user.orgUnit().path(), FieldChange.created(Map.of("values", stored)));
        return List.of();
    }

    private int store(Definition d, OrgUnit unit, HistoryRow r) {
        BigDecimal value;
        String reason = null;
        if (d.kind() == Definition.Kind.COUNT) {
            value = r.numerator();
        } else if (d.kind() == Definition.Kind.CV) {
            value = r.numerator();
        } else if (r.denominator().signum() == 0) {
            value = null;
            reason = "ZERO_DENOMINATOR";
        } else {
            value = r.numerator().multiply(d.factor()).divide(r.denominator(), MathContext.DECIMAL64);
        }
        return jdbc.sql("""
                INSERT INTO indicator.value (definition_id, school_year, org_unit_id, county_code, as_of, numerator,
                                             denominator, value, no_value_reason, origin)
                VALUES (:definition, :year, :unit, :county, :asOf, :numerator, :denominator, :value, :reason, 'IMPORTED')
                ON CONFLICT (definition_id, school_year, org_unit_id) DO UPDATE
                   SET numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator, value = EXCLUDED.value,
                       no_value_reason = EXCLUDED.no_value_reason, computed_at = now()
                 WHERE indicator.value.origin = 'IMPORTED'""")
                .param("definition", d.id()).param("year", r.schoolYear()).param("unit", unit.id())
                .param("county", unit.countyCode()).param("asOf", SchoolYear.of(r.schoolYear()).referenceDate())
                .param("numerator", r.numerator()).param("denominator", r.denominator()).param("value", value)
                .param("reason", reason).update();
    }

    /** The stored values of a year for the units of the given kinds, as rows (the demo builds its history from them). */
    public List<HistoryRow> values(int year, List<String> unitKinds) {
        return jdbc.sql("""
                SELECT d.code, u.code AS unit_code, v.numerator, v.denominator
                  FROM indicator.value v JOIN indicator.definition d ON d.id = v.definition_id
                  JOIN org.unit_scope u ON u.id = v.org_unit_id
                 WHERE v.school_year = :year AND u.kind = ANY(:kinds) AND v.numerator IS NOT NULL
                 ORDER BY d.sort_order, u.code""")
                .param("year", year).param("kinds", unitKinds.toArray(String[]::new))
                .query((rs, i) -> new HistoryRow(i + 2, rs.getString(1), rs.getString(2), year, rs.getBigDecimal(3),
                        rs.getBigDecimal(4))).list();
    }
}
