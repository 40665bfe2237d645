package org.edugov.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiles expression terms into SQL over a {@link Fact}. Keys and measures map to SQL chosen in code; every
 * value from an expression is a bind parameter. All terms over one fact become {@code FILTER} columns of a
 * single scan grouped by unit, so the whole catalog reads each fact once.
 */
final class FactSql {

    private FactSql() {
    }

    /**
     * One row per unit: {@code unit_id, county_code, t0, t1, …}, column {@code ti} summing term i's measure over
     * the records meeting its conditions. With {@code restricted}, only units in {@code :units}.
     */
    static String aggregate(Fact fact, List<Expression.Term> terms, boolean restricted, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("SELECT ").append(fact.unitColumn()).append(" AS unit_id, ")
                .append(fact.countyColumn()).append(" AS county_code");
        for (int i = 0; i < terms.size(); i++) {
            Expression.Term t = terms.get(i);
            sql.append(",\n sum(").append(fact.measure(t.measure()).orElseThrow()).append(") FILTER (WHERE ")
                    .append(conditions(t.conditions(), "t" + i, params)).append(") AS t").append(i);
        }
        sql.append('\n').append(fact.from());
        if (restricted) {
            sql.append(" AND ").append(fact.unitColumn()).append(" = ANY(:units)");
        }
        return sql.append("\n GROUP BY 1, 2").toString();
    }

    /**
     * The records of one unit meeting any of the terms, with each term's measure: {@code record_id, m0, m1, …}
     * and every dimension of the fact, for the drill-down.
     */
    static String records(Fact fact, List<Expression.Term> terms, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("SELECT ").append(fact.recordColumn()).append(" AS record_id");
        List<String> any = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Expression.Term t = terms.get(i);
            String c = conditions(t.conditions(), "t" + i, params);
            any.add(c);
            sql.append(", CASE WHEN ").append(c).append(" THEN ").append(fact.measure(t.measure()).orElseThrow())
                    .append(" END AS m").append(i);
        }
        for (Dimension d : fact.dimensions().values()) {
            sql.append(", ").append(d.type() == Dimension.Type.ARRAY ? "array_to_string(" + d.sql() + ", ',')" : d.sql())
                    .append("::text AS d_").append(d.key());
        }
        sql.append('\n').append(fact.from()).append(" AND ").append(fact.unitColumn()).append(" = :unit AND (")
                .append(String.join(" OR ", any)).append(')');
        return sql.append(" ORDER BY 1 LIMIT :limit OFFSET :offset").toString();
    }

    static String conditions(List<Expression.Condition> conditions, String prefix, Map<String, Object> params) {
        if (conditions.isEmpty()) {
            return "TRUE";
        }
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < conditions.size(); c++) {
            parts.add(condition(conditions.get(c), prefix + "c" + c, params));
        }
        return "(" + String.join(" AND ", parts) + ")";
    }

    private static String condition(Expression.Condition c, String prefix, Map<String, Object> params) {
        Dimension d = c.dimension();
        if (c.op() == Expression.Op.RANGE) {
            params.put(prefix + "lo", Integer.parseInt(c.values().get(0)));
            params.put(prefix + "hi", Integer.parseInt(c.values().get(1)));
            return d.sql() + " BETWEEN :" + prefix + "lo AND :" + prefix + "hi";
        }
        List<String> placeholders = new ArrayList<>();
        for (int v = 0; v < c.values().size(); v++) {
            String name = prefix + "v" + v;
            params.put(name, typed(d.type(), c.values().get(v)));
            placeholders.add(":" + name);
        }
        String any = d.type() == Dimension.Type.ARRAY
                ? "(" + String.join(" OR ", placeholders.stream().map(p -> p + " = ANY(" + d.sql() + ")").toList()) + ")"
                : "(" + d.sql() + ") IN (" + String.join(", ", placeholders) + ")";
        return c.op() == Expression.Op.IN ? "coalesce(" + any + ", false)" : "NOT coalesce(" + any + ", false)";
    }

    private static Object typed(Dimension.Type type, String value) {
        return switch (type) {
            case INT -> Integer.parseInt(value);
            case BOOL -> Boolean.parseBoolean(value);
            case TEXT, ARRAY -> value;
        };
    }
}
