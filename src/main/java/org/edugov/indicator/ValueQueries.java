package org.edugov.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.edugov.shared.DataScope;
import org.edugov.shared.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads stored values; every list is limited to the caller's data scope. */
@Repository
class ValueQueries {

    private static final String SELECT = """
            SELECT v.definition_id, v.school_year, u.id AS unit_id, u.name AS unit_name, u.kind AS unit_kind,
                   u.code AS unit_code, v.numerator, v.denominator, v.value, v.no_value_reason, v.as_of, v.origin,
                   v.computed_at
            """;

    private final JdbcClient jdbc;

    ValueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ValueRow> value(long definitionId, int year, long unitId) {
        return jdbc.sql(SELECT + """
                  FROM indicator.value v JOIN org.unit_scope u ON u.id = v.org_unit_id
                 WHERE v.definition_id = :definition AND v.school_year = :year AND v.org_unit_id = :unit""")
                .param("definition", definitionId).param("year", year).param("unit", unitId)
                .query(ValueQueries::map).optional();
    }

    /** The values of every definition for one unit and year (the catalog page). */
    List<ValueRow> values(List<Long> definitionIds, int year, long unitId) {
        return jdbc.sql(SELECT + """
                  FROM indicator.value v JOIN org.unit_scope u ON u.id = v.org_unit_id
                 WHERE v.definition_id = ANY(:definitions) AND v.school_year = :year AND v.org_unit_id = :unit""")
                .param("definitions", definitionIds.toArray(Long[]::new)).param("year", year).param("unit", unitId)
                .query(ValueQueries::map).list();
    }

    /** A unit's values of any of the definitions over the years (the trend), oldest first. */
    List<ValueRow> trend(List<Long> definitionIds, long unitId) {
        return jdbc.sql(SELECT + """
                  FROM indicator.value v JOIN org.unit_scope u ON u.id = v.org_unit_id
                 WHERE v.definition_id = ANY(:definitions) AND v.org_unit_id = :unit
                 ORDER BY v.school_year, v.definition_id DESC""")
                .param("definitions", definitionIds.toArray(Long[]::new)).param("unit", unitId)
                .query(ValueQueries::map).list();
    }

    /**
     * The units directly below {@code unitId} in the hierarchy valid on {@code asOf} (a re-zoned town appears
     * under its county of that date), within scope, with their values; units without a value come too.
     */
    List<ValueRow> children(long definitionId, int year, long unitId, LocalDate asOf, DataScope scope) {
        SqlCondition inScope = scope.condition("u.path");
        return jdbc.sql("""
                SELECT :definition AS definition_id, :year AS school_year, u.id AS unit_id, u.name AS unit_name,
                       u.kind AS unit_kind, u.code AS unit_code, v.numerator, v.denominator, v.value,
                       coalesce(v.no_value_reason, CASE WHEN v.org_unit_id IS NULL THEN 'NO_DATA' END) AS no_value_reason,
                       v.as_of, coalesce(v.origin, 'COMPUTED') AS origin, v.computed_at
                  FROM org.children_at(:unit, :asOf) a
                  JOIN org.unit_scope u ON u.id = a.unit_id
                  LEFT JOIN indicator.value v ON v.org_unit_id = u.id AND v.definition_id = :definition
                                             AND v.school_year = :year
                 WHERE u.kind <> 'DEPARTMENT' AND""" + inScope.sql() + """
                 ORDER BY u.kind, u.code""")
                .param("definition", definitionId).param("year", year).param("unit", unitId).param("asOf", asOf)
                .params(inScope.params()).query(ValueQueries::map).list();
    }

    /** School years that have values, newest first. */
    List<Integer> years() {
        return jdbc.sql("SELECT DISTINCT school_year FROM indicator.value ORDER BY 1 DESC").query(Integer.class).list();
    }

    private static ValueRow map(ResultSet rs, int row) throws SQLException {
        java.time.OffsetDateTime computed = rs.getObject("computed_at", java.time.OffsetDateTime.class);
        return new ValueRow(rs.getLong("definition_id"), rs.getInt("school_year"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getString("unit_kind"), rs.getString("unit_code"),
                rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"), rs.getBigDecimal("value"),
                rs.getString("no_value_reason"), rs.getObject("as_of", LocalDate.class), rs.getString("origin"),
                computed == null ? null : computed.toInstant());
    }
}
