package org.edugov.registry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.edugov.shared.DataScope;
import org.edugov.shared.OrgPath;
import org.edugov.shared.SqlCondition;
import org.postgresql.PGConnection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Facilities and finance per school and school year ({@code registry.school_year_facts}). A save replaces every
 * figure of that school year: a blank in the file or the form means "not reported" and clears an old value.
 */
@Repository
class SchoolYearFactsRepository {

    private static final String COLUMNS = "org_unit_id, school_year, county_code, " + SchoolFact.columnList();
    private static final String UPSERT = "INSERT INTO registry.school_year_facts (" + COLUMNS + ") %s "
            + "ON CONFLICT (org_unit_id, school_year) DO UPDATE SET county_code = EXCLUDED.county_code, "
            + Arrays.stream(SchoolFact.values()).map(f -> f.column() + " = EXCLUDED." + f.column())
                    .collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    private final ApplicationEventPublisher events;

    SchoolYearFactsRepository(JdbcClient jdbc, DataSource dataSource, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.events = events;
    }

    /** Every reported year of a school, the latest first. */
    List<SchoolYearFacts> ofSchool(long schoolId) {
        return jdbc.sql("SELECT school_year, " + SchoolFact.columnList()
                        + " FROM registry.school_year_facts WHERE org_unit_id = :id ORDER BY school_year DESC")
                .param("id", schoolId).query((rs, i) -> read(rs)).list();
    }

    Optional<SchoolYearFacts> find(long schoolId, int schoolYear) {
        return jdbc.sql("SELECT school_year, " + SchoolFact.columnList()
                        + " FROM registry.school_year_facts WHERE org_unit_id = :id AND school_year = :year")
                .param("id", schoolId).param("year", schoolYear).query((rs, i) -> read(rs)).optional();
    }

    /** The stored facts of the given schools, keyed by {@link #key(long, int)}. */
    Map<String, SchoolYearFacts> ofSchools(List<Long> schoolIds) {
        Map<String, SchoolYearFacts> found = new HashMap<>();
        for (int from = 0; from < schoolIds.size(); from += 10_000) {
            jdbc.sql("SELECT org_unit_id, school_year, " + SchoolFact.columnList()
                            + " FROM registry.school_year_facts WHERE org_unit_id IN (:ids)")
                    .param("ids", schoolIds.subList(from, Math.min(schoolIds.size(), from + 10_000)))
                    .query((rs, i) -> found.put(key(rs.getLong("org_unit_id"), rs.getInt("school_year")), read(rs)))
                    .list();
        }
        return found;
    }

    static String key(long schoolId, int schoolYear) {
        return schoolId + "/" + schoolYear;
    }

    void save(long schoolId, String countyCode, SchoolYearFacts facts) {
        events.publishEvent(new SchoolRecordsChanged(List.of(schoolId)));
        String values = "VALUES (:school, :year, :county, " + Arrays.stream(SchoolFact.values())
                .map(f -> ":" + f.column()).collect(Collectors.joining(", ")) + ")";
        Map<String, Object> params = new HashMap<>();
        params.put("school", schoolId);
        params.put("year", facts.schoolYear());
        params.put("county", countyCode);
        for (SchoolFact f : SchoolFact.values()) {
            params.put(f.column(), facts.get(f));
        }
        jdbc.sql(UPSERT.formatted(values)).params(params).update();
    }

    /** One school's facts for an import: its id and county with the figures of one year. */
    record Staged(long schoolId, String countyCode, SchoolYearFacts facts) {
    }

    /** Writes many school years with COPY into a staging table and one upsert from it. */
    int saveAll(List<Staged> rows) {
        events.publishEvent(new SchoolRecordsChanged(rows.stream().map(Staged::schoolId).distinct().toList()));
        jdbc.sql("CREATE TEMP TABLE school_year_facts_stage (LIKE registry.school_year_facts) ON COMMIT DROP")
                .update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyRows copy = new CopyRows(connection.unwrap(PGConnection.class).getCopyAPI(),
                    "COPY school_year_facts_stage (" + COLUMNS + ") FROM STDIN");
            for (Staged r : rows) {
                Object[] values = new Object[3 + SchoolFact.values().length];
                values[0] = r.schoolId();
                values[1] = r.facts().schoolYear();
                values[2] = r.countyCode();
                for (SchoolFact f : SchoolFact.values()) {
                    values[3 + f.ordinal()] = r.facts().get(f);
                }
                copy.add(values);
            }
            copy.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("no COPY on this connection", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return jdbc.sql(UPSERT.formatted("SELECT " + COLUMNS + " FROM school_year_facts_stage")).update();
    }

    /**
     * Schools in the scope (and the chosen subtree) with their facts of one year; {@code missingOnly} keeps the
     * schools that have not reported it.
     */
    List<FacilitiesRow> search(DataScope scope, OrgPath within, int schoolYear, boolean missingOnly, int limit,
            int offset) {
        SqlCondition inScope = scope.condition("u.path");
        Map<String, Object> params = new HashMap<>(inScope.params());
        params.put("year", schoolYear);
        params.put("limit", limit);
        params.put("offset", offset);
        StringBuilder where = new StringBuilder(" WHERE u.kind IN ('SCHOOL', 'TEACHING_POINT') AND u.active AND ")
                .append(inScope.sql());
        if (within != null) {
            where.append(" AND u.path LIKE :within");
            params.put("within", within.subtreePattern());
        }
        if (missingOnly) {
            where.append(" AND f.org_unit_id IS NULL");
        }
        return jdbc.sql("SELECT u.id, u.code, u.name, u.school_type, s.org_unit_id IS NOT NULL AS has_profile, "
                        + "f.org_unit_id IS NOT NULL AS reported, :year AS school_year, "
                        + Arrays.stream(SchoolFact.values()).map(c -> "f." + c.column()).collect(Collectors.joining(", "))
                        + " FROM org.unit_scope u LEFT JOIN registry.school s ON s.org_unit_id = u.id"
                        + " LEFT JOIN registry.school_year_facts f ON f.org_unit_id = u.id AND f.school_year = :year"
                        + where + " ORDER BY u.path LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, i) -> new FacilitiesRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("school_type"), rs.getBoolean("has_profile"),
                        rs.getBoolean("reported") ? read(rs) : null))
                .list();
    }

    private static SchoolYearFacts read(ResultSet rs) throws SQLException {
        Map<SchoolFact, Object> values = new EnumMap<>(SchoolFact.class);
        for (SchoolFact f : SchoolFact.values()) {
            values.put(f, switch (f.kind()) {
                case AMOUNT -> rs.getBigDecimal(f.column());
                case COUNT -> rs.getObject(f.column(), Integer.class);
                case FLAG -> rs.getObject(f.column(), Boolean.class);
            });
        }
        return new SchoolYearFacts(rs.getInt("school_year"), values);
    }
}
