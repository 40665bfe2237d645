package org.edugov.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.org.CurrentUser;
import org.edugov.shared.SqlCondition;
import org.edugov.spreadsheet.SheetColumn;
import org.edugov.spreadsheet.SheetRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-year age cohorts from the public-security (户籍) and statistics (常住) bureaus' spreadsheets: every
 * row checked, nothing written on any error, otherwise the figures replace those stored for the same
 * town, year, basis, age and sex. A province has about 100,000 such rows, so they are held in memory.
 */
@Service
class PopulationImport {

    static final int MAX_ROWS = 200_000;
    static final List<SheetColumn> COLUMNS = List.of(
            new SheetColumn("townCode", "乡镇代码", "Town code", "12 位统计用区划代码（或前 9 位）", true, List.of()),
            new SheetColumn("year", "年份", "Year", "如 2025", true, List.of()),
            new SheetColumn("basis", "口径", "Basis", "户籍、常住 或 残联（残疾儿童实名制名册）", true,
                    List.of("户籍", "常住", "残联")),
            new SheetColumn("age", "年龄", "Age", "0–18 周岁", true, List.of()),
            new SheetColumn("sex", "性别", "Sex", "男 或 女", true, List.of("男", "女")),
            new SheetColumn("persons", "人数", "Persons", "非负整数", true, List.of()));
    static final InlineImport INLINE = new InlineImport("population", COLUMNS, MAX_ROWS, "import.column.population.",
            "nav.population");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    PopulationImport(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    private record Cohort(int row, long townId, String county, int year, String basis, int age, String sex,
            int persons) {
    }

    /** Validates all rows; writes them only when there is no error; returns the errors. */
    @Transactional
    List<RowError> importRows(CurrentUser user, List<SheetRow> rows, int thisYear) {
        Map<String, Town> towns = towns(user);
        List<RowError> errors = new ArrayList<>();
        List<Cohort> cohorts = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (SheetRow r : rows) {
            int before = errors.size();
            String town = r.cell(0).matches("^\\d{9}$") ? r.cell(0) + "000" : r.cell(0);
            Town found = towns.get(town);
            if (found == null) {
                errors.add(error(r, "townCode", "population.import.town.unknown", r.cell(0)));
            }
            Integer year = number(r, 1, "year", 1990, thisYear + 1, errors);
            String basis = switch (r.cell(2)) {
                case "户籍", "HUKOU" -> "HUKOU";
                case "常住", "RESIDENT" -> "RESIDENT";
                case "残联", "DISABLED" -> "DISABLED";
                default -> null;
            };
            if (basis == null) {
                errors.add(error(r, "basis", "population.import.basis.unknown", r.cell(2)));
            }
            Integer age = number(r, 3, "age", 0, 18, errors);
            String sex = switch (r.cell(4)) {
                case "男", "1" -> "1";
                case "女", "2" -> "2";
                default -> null;
            };
            if (sex == null) {
                errors.add(error(r, "sex", "population.import.sex.unknown", r.cell(4)));
            }
            Integer persons = number(r, 5, "persons", 0, 10_000_000, errors);
            if (errors.size() == before) {
                Integer twin = firstRow.putIfAbsent(town + "|" + year + "|" + basis + "|" + age + "|" + sex, r.rowNumber());
                if (twin != null) {
                    errors.add(error(r, "townCode", "population.import.duplicate", twin));
                } else {
                    cohorts.add(new Cohort(r.rowNumber(), found.id(), found.county(), year, basis, age, sex, persons));
                }
            }
        }
        if (errors.isEmpty() && cohorts.isEmpty()) {
            errors.add(new RowError(0, "townCode", "import.empty", List.of()));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        write(cohorts);
        audit.changed(user.actor(), AuditAction.IMPORT, "Population", cohorts.size() + " cohorts",
                user.orgUnit() == null ? null : user.orgUnit().path(),
                FieldChange.created(Map.of("rows", cohorts.size())));
        return List.of();
    }

    private void write(List<Cohort> cohorts) {
        for (Cohort c : cohorts) {
            jdbc.sql("""
                    INSERT INTO registry.population (town_id, county_code, year, basis, age, sex, persons)
                    VALUES (:town, :county, :year, :basis, :age, :sex, :persons)
                    ON CONFLICT (town_id, year, basis, age, sex) DO UPDATE SET persons = :persons""")
                    .param("town", c.townId()).param("county", c.county()).param("year", c.year())
                    .param("basis", c.basis()).param("age", c.age()).param("sex", c.sex())
                    .param("persons", c.persons()).update();
        }
    }

    private record Town(long id, String county) {
    }

    /** Towns in the importer's scope by code. */
    private Map<String, Town> towns(CurrentUser user) {
        SqlCondition inScope = user.scope().condition("u.path");
        Map<String, Town> towns = new HashMap<>();
        jdbc.sql("SELECT id, code, county_code FROM org.unit_scope u WHERE u.kind = 'TOWN' AND u.active AND "
                        + inScope.sql())
                .params(inScope.params())
                .query((rs, i) -> towns.put(rs.getString("code"),
                        new Town(rs.getLong("id"), rs.getString("county_code"))))
                .list();
        return towns;
    }

    private static Integer number(SheetRow r, int column, String key, int min, int max, List<RowError> errors) {
        try {
            int value = Integer.parseInt(r.cell(column).replace(".0", "").strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(error(r, key, "population.import.number", r.cell(column), min, max));
        return null;
    }

    private static RowError error(SheetRow r, String column, String key, Object... args) {
        return new RowError(r.rowNumber(), column, key, List.of(args));
    }
}
