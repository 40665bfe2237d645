package org.edugov.shared;

import java.util.Map;

/**
 * A WHERE-clause fragment with its named bind parameters. The fragment only ever contains column
 * names chosen in code and parameter placeholders, never values. It is kept in parentheses with a space
 * on each side, so that concatenating it next to other SQL (text blocks strip spaces) stays correct.
 */
public record SqlCondition(String sql, Map<String, Object> params) {

    public SqlCondition {
        String trimmed = sql.strip();
        sql = trimmed.startsWith("(") && trimmed.endsWith(")") ? " " + trimmed + " " : " (" + trimmed + ") ";
        params = Map.copyOf(params);
    }

    public static SqlCondition always() {
        return new SqlCondition("TRUE", Map.of());
    }

    public static SqlCondition never() {
        return new SqlCondition("FALSE", Map.of());
    }
}
