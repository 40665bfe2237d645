package org.edugov.indicator;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.edugov.shared.CopyFormat;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes indicator values. Each fact is scanned once for all definitions (one FILTER column per distinct
 * term), giving a numerator and denominator per school (per town for population), stored as parts; values for
 * every org unit are the sums of the parts below it along the hierarchy valid on the reference date (C4:
 * ratios are never averaged). A run replaces the year's values in one transaction: readers see the old
 * values until it commits.
 */
@Component
class IndicatorEngine {

    /** A value row's level and the indicator's lowest level, as ranks (school 0 … province 4). */
    private static final String LEVELS = """
            CASE u.kind WHEN 'TOWN' THEN 1 WHEN 'COUNTY' THEN 2 WHEN 'CITY' THEN 3
                        WHEN 'PROVINCE' THEN 4 ELSE 0 END AS level,
            CASE d.lowest_level WHEN 'TOWN' THEN 1 WHEN 'COUNTY' THEN 2 ELSE 0 END AS lowest""";

    private static final String ROLL_UP = """
            INSERT INTO indicator.value (definition_id, school_year, org_unit_id, county_code, as_of, numerator,
                                         denominator, parts, value, no_value_reason, origin)
            SELECT x.definition_id, :year, x.unit_id, x.county_code, :asOf, x.num, x.den, x.parts,
            """ + value("x.num", "x.den") + ", " + reason("x.den") + """
            , 'COMPUTED'
              FROM (SELECT p.definition_id, a.ancestor_id AS unit_id, u.county_code, d.kind, d.factor,
            """ + LEVELS + """
            , sum(p.numerator) AS num, sum(p.denominator) AS den, count(*) AS parts
                      FROM indicator.part p
                      JOIN indicator.definition d ON d.id = p.definition_id
                      JOIN org.unit_ancestry_at(:asOf) a ON a.unit_id = p.unit_id
                      JOIN org.unit_scope u ON u.id = a.ancestor_id
                     WHERE p.school_year = :year AND p.definition_id = ANY(:definitions)
                       AND d.kind <> 'CV' AND u.kind <> 'DEPARTMENT'
                     GROUP BY 1, 2, 3, 4, 5, 6, 7) x
            """;

    /**
     * Moves the sums of the ancestors of the refreshed schools by new parts minus old parts (refresh_old), per
     * definition; an ancestor without a value row gets one. Value and reason follow in {@link #RATIOS}.
     */
    private static final String DELTA = """
            INSERT INTO indicator.value (definition_id, school_year, org_unit_id, county_code, as_of, numerator,
                                         denominator, parts, value, no_value_reason, origin)
            SELECT d.definition_id, :year, a.ancestor_id, u.county_code, :asOf, sum(d.dn), sum(d.dd), sum(d.dp),
                   NULL, NULL, 'COMPUTED'
              FROM (SELECT coalesce(n.definition_id, o.definition_id) AS definition_id,
                           coalesce(n.unit_id, o.unit_id) AS unit_id,
                           coalesce(n.numerator, 0) - coalesce(o.numerator, 0) AS dn,
                           coalesce(n.denominator, 0) - coalesce(o.denominator, 0) AS dd,
                           (n.unit_id IS NOT NULL)::int - (o.unit_id IS NOT NULL)::int AS dp
                      FROM (SELECT definition_id, unit_id, numerator, denominator FROM indicator.part
                             WHERE definition_id = ANY(:definitions) AND school_year = :year
                               AND unit_id = ANY(:units)) n
                      FULL JOIN refresh_old o ON o.definition_id = n.definition_id AND o.unit_id = n.unit_id) d
              JOIN indicator.definition def ON def.id = d.definition_id AND def.kind <> 'CV'
              JOIN org.unit_ancestors_at(:units, :asOf) a ON a.unit_id = d.unit_id
              JOIN org.unit_scope u ON u.id = a.ancestor_id AND u.kind <> 'DEPARTMENT'
             GROUP BY d.definition_id, a.ancestor_id, u.county_code
            ON CONFLICT (definition_id, school_year, org_unit_id) DO UPDATE
               SET numerator = indicator.value.numerator + EXCLUDED.numerator,
                   denominator = indicator.value.denominator + EXCLUDED.denominator,
                   parts = indicator.value.parts + EXCLUDED.parts, as_of = EXCLUDED.as_of, computed_at = now()
            """;

    /** Value and reason of ratio and count rows from their sums, as {@link #ROLL_UP} computes them. */
    private static final String RATIOS = """
            UPDATE indicator.value v
               SET value = """ + value("v.numerator", "v.denominator") + """
            , no_value_reason = """ + reason("v.denominator") + """

              FROM (SELECT w.definition_id, w.org_unit_id, d.kind, d.factor,
            """ + LEVELS + """

                      FROM indicator.value w
                      JOIN indicator.definition d ON d.id = w.definition_id
                      JOIN org.unit_scope u ON u.id = w.org_unit_id
                     WHERE w.definition_id = ANY(:definitions) AND w.school_year = :year AND d.kind <> 'CV' %s) x
             WHERE v.definition_id = x.definition_id AND v.org_unit_id = x.org_unit_id AND v.school_year = :year
            """;

    /**
     * 差异系数 per county: σ ÷ mean of the school-level ratio, weighted by the school's denominator (pupils) or
     * unweighted ({@code weighting} setting), a 教学点 merged into its parent school unless {@code teaching_points}
     * says SEPARATE.
     */
    private static final String VARIATION = """
            WITH anc AS MATERIALIZED (SELECT * FROM %s),
            school_of AS (
                SELECT DISTINCT ON (a.unit_id) a.unit_id, a.ancestor_id AS school_id
                  FROM anc a JOIN org.unit_scope su ON su.id = a.ancestor_id AND su.kind = 'SCHOOL'
                 ORDER BY a.unit_id, a.depth),
            per_school AS (
                SELECT CASE WHEN :merge THEN coalesce(so.school_id, p.unit_id) ELSE p.unit_id END AS school_id,
                       sum(p.numerator) AS num, sum(p.denominator) AS den
                  FROM indicator.part p LEFT JOIN school_of so ON so.unit_id = p.unit_id
                 WHERE p.definition_id = :definition AND p.school_year = :year
                 GROUP BY 1),
            r AS (
                SELECT school_id, num / den AS x, CASE WHEN :weighted THEN den ELSE 1 END AS w
                  FROM per_school WHERE den > 0)
            INSERT INTO indicator.value (definition_id, school_year, org_unit_id, county_code, as_of, numerator,
                                         denominator, parts, value, no_value_reason, origin)
            SELECT :definition, :year, a.ancestor_id, u.county_code, :asOf, NULL, count(*), count(*),
                   CASE WHEN count(*) < 2 OR sum(r.w * r.x) = 0 THEN NULL
                        ELSE sqrt(greatest(sum(r.w * r.x * r.x) / sum(r.w) - power(sum(r.w * r.x) / sum(r.w), 2), 0))
                             / (sum(r.w * r.x) / sum(r.w)) END,
                   CASE WHEN count(*) < 2 OR sum(r.w * r.x) = 0 THEN 'TOO_FEW_SCHOOLS' END,
                   'COMPUTED'
              FROM r
              JOIN anc a ON a.unit_id = r.school_id
              JOIN org.unit_scope u ON u.id = a.ancestor_id AND u.kind = 'COUNTY'
             GROUP BY a.ancestor_id, u.county_code
            """;


    private final JdbcClient jdbc;
    private final DataSource dataSource;

    /** C5 and the lowest level: no value below the indicator's level or over a zero denominator; a count is its sum. */
    private static String value(String numerator, String denominator) {
        return "CASE WHEN x.level < x.lowest THEN NULL WHEN x.kind = 'COUNT' THEN " + numerator + " WHEN "
                + denominator + " = 0 THEN NULL ELSE " + numerator + " * x.factor / " + denominator + " END";
    }

    private static String reason(String denominator) {
        return "CASE WHEN x.level < x.lowest THEN 'BELOW_LEVEL' WHEN x.kind <> 'COUNT' AND " + denominator
                + " = 0 THEN 'ZERO_DENOMINATOR' END";
    }

    IndicatorEngine(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    record Result(int definitions, int units, long parts, long values) {
    }

    /** Every definition for every unit; {@code step} is told each fact as it starts. */
    @Transactional(propagation = Propagation.MANDATORY)
    Result computeAll(List<Definition> definitions, int year, LocalDate asOf, Consumer<String> step) {
        Plan plan = new Plan(definitions);
        Scan scan = scan(plan, year, asOf, null, step);
        Long[] ids = definitions.stream().map(Definition::id).toArray(Long[]::new);
        step.accept("parts");
        jdbc.sql("DELETE FROM indicator.part WHERE definition_id = ANY(:definitions) AND school_year = :year")
                .param("definitions", ids).param("year", year).update();
        long parts = writeParts(plan, scan, year);
        step.accept("values");
        jdbc.sql("DELETE FROM indicator.value WHERE definition_id = ANY(:definitions) AND school_year = :year")
                .param("definitions", ids).param("year", year).update();
        long values = rollUp(plan, year, asOf);
        return new Result(definitions.size(), scan.counties().size(), parts, values);
    }

    /**
     * Recomputes the parts of the given schools and moves their ancestors' sums by the difference between the
     * new and the old parts: what a change to a few pupils costs, whatever the size of the province. Population
     * parts (per town) are left as they are; coefficients of variation are recomputed for the counties touched.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Result refresh(List<Definition> definitions, int year, LocalDate asOf, Collection<Long> schools) {
        Plan plan = new Plan(definitions);
        Long[] units = schools.toArray(Long[]::new);
        Scan scan = scan(plan, year, asOf, units, s -> { });
        Long[] ids = definitions.stream().map(Definition::id).toArray(Long[]::new);
        jdbc.sql("""
                CREATE TEMP TABLE refresh_old ON COMMIT DROP AS
                SELECT definition_id, unit_id, numerator, denominator FROM indicator.part
                 WHERE definition_id = ANY(:definitions) AND school_year = :year AND unit_id = ANY(:units)""")
                .param("definitions", ids).param("year", year).param("units", units).update();
        jdbc.sql("DELETE FROM indicator.part WHERE definition_id = ANY(:definitions) AND school_year = :year "
                        + "AND unit_id = ANY(:units)")
                .param("definitions", ids).param("year", year).param("units", units).update();
        long parts = writeParts(plan, scan, year);
        long values = jdbc.sql(DELTA).param("definitions", ids).param("year", year).param("units", units)
                .param("asOf", asOf).update();
        Long[] ancestors = jdbc.sql("SELECT DISTINCT ancestor_id FROM org.unit_ancestors_at(:units, :asOf)")
                .param("units", units).param("asOf", asOf).query(Long.class).list().toArray(Long[]::new);
        jdbc.sql(RATIOS.formatted("AND w.org_unit_id = ANY(:ancestors)")).param("definitions", ids)
                .param("year", year).param("ancestors", ancestors).update();
        jdbc.sql("""
                DELETE FROM indicator.value v USING indicator.definition d
                 WHERE d.id = v.definition_id AND v.definition_id = ANY(:definitions) AND v.school_year = :year
                   AND v.org_unit_id = ANY(:ancestors) AND v.origin = 'COMPUTED' AND (d.kind = 'CV' OR v.parts = 0)""")
                .param("definitions", ids).param("year", year).param("ancestors", ancestors).update();
        values += variations(plan, year, asOf, ancestors);
        return new Result(definitions.size(), units.length, parts, values);
    }

    /** Per fact, per unit, the value of each column; and each unit's county. */
    private record Scan(Map<Fact, Map<Long, BigDecimal[]>> facts, Map<Long, String> counties) {
    }

    private Scan scan(Plan plan, int year, LocalDate asOf, Long[] units, Consumer<String> step) {
        Map<Fact, Map<Long, BigDecimal[]>> out = new EnumMap<>(Fact.class);
        Map<Long, String> counties = new HashMap<>();
        for (var entry : plan.columns().entrySet()) {
            Fact fact = entry.getKey();
            if (units != null && fact == Fact.POPULATION) {
                continue;
            }
            step.accept(fact.expressionName());
            List<Expression.Term> terms = entry.getValue();
            Map<String, Object> params = new HashMap<>();
            String sql = FactSql.aggregate(fact, terms, units != null, params);
            params.put("asOf", asOf);
            params.put("year", year);
            params.put("units", units);
            Map<Long, BigDecimal[]> rows = new HashMap<>();
            jdbc.sql(sql).params(params).query((RowCallbackHandler) rs -> {
                BigDecimal[] values = new BigDecimal[terms.size()];
                for (int i = 0; i < terms.size(); i++) {
                    BigDecimal v = rs.getBigDecimal(3 + i);
                    values[i] = v == null ? BigDecimal.ZERO : v;
                }
                rows.put(rs.getLong(1), values);
                counties.put(rs.getLong(1), rs.getString(2));
            });
            out.put(fact, rows);
        }
        return new Scan(out, counties);
    }

    private long writeParts(Plan plan, Scan scan, int year) {
        StringBuilder rows = new StringBuilder(1 << 20);
        long count = 0;
        for (Definition d : plan.definitions()) {
            List<Plan.Ref> num = plan.numerator(d.id());
            List<Plan.Ref> den = plan.denominator(d.id());
            Set<Long> units = new HashSet<>();
            for (Plan.Ref r : num) {
                units.addAll(scan.facts().getOrDefault(r.fact(), Map.of()).keySet());
            }
            for (Plan.Ref r : den) {
                units.addAll(scan.facts().getOrDefault(r.fact(), Map.of()).keySet());
            }
            for (Long unit : units) {
                BigDecimal n = sum(num, scan, unit);
                BigDecimal m = sum(den, scan, unit);
                if (n.signum() == 0 && m.signum() == 0 && d.kind() != Definition.Kind.COUNT) {
                    continue;
                }
                rows.append(d.id()).append('\t').append(year).append('\t').append(unit).append('\t')
                        .append(CopyFormat.field(scan.counties().get(unit))).append('\t').append(n.toPlainString())
                        .append('\t').append(m.toPlainString()).append('\n');
                count++;
            }
        }
        copy("COPY indicator.part (definition_id, school_year, unit_id, county_code, numerator, denominator) "
                + "FROM STDIN", rows.toString());
        return count;
    }

    private static BigDecimal sum(List<Plan.Ref> refs, Scan scan, Long unit) {
        BigDecimal total = BigDecimal.ZERO;
        for (Plan.Ref r : refs) {
            BigDecimal[] row = scan.facts().getOrDefault(r.fact(), Map.of()).get(unit);
            if (row != null) {
                total = total.add(row[r.column()].multiply(r.coefficient()));
            }
        }
        return total;
    }

    private long rollUp(Plan plan, int year, LocalDate asOf) {
        Long[] ids = plan.definitions().stream().map(Definition::id).toArray(Long[]::new);
        return jdbc.sql(ROLL_UP).param("definitions", ids).param("year", year).param("asOf", asOf).update()
                + variations(plan, year, asOf, null);
    }

    /**
     * Coefficients of variation of every county, or of the counties among {@code ancestors}: then only the parts
     * of those counties are walked up.
     */
    private long variations(Plan plan, int year, LocalDate asOf, Long[] ancestors) {
        long values = 0;
        for (Definition d : plan.definitions()) {
            if (d.kind() == Definition.Kind.CV) {
                String anc = ancestors == null ? "org.unit_ancestry_at(:asOf)" : """
                        org.unit_ancestors_at(ARRAY(SELECT p.unit_id FROM indicator.part p
                                                     JOIN org.unit_scope c ON c.kind = 'COUNTY' AND c.code = p.county_code
                                                    WHERE p.definition_id = :definition AND p.school_year = :year
                                                      AND c.id = ANY(:ancestors)), :asOf)""";
                var cv = jdbc.sql(VARIATION.formatted(anc))
                        .param("definition", d.id()).param("year", year).param("asOf", asOf)
                        .param("weighted", !"NONE".equals(d.settings().get("weighting")))
                        .param("merge", !"SEPARATE".equals(d.settings().get("teaching_points")));
                if (ancestors != null) {
                    cv = cv.param("ancestors", ancestors);
                }
                values += cv.update();
            }
        }
        return values;
    }

    private void copy(String sql, String rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY failed: " + sql, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
