package org.edugov.shared;

import java.util.Map;

/**
 * A WHERE-clause fragment with its named bind parameters. The fragment only ever contains column
 * names chosen in code and parameter placeholders, never values. It is always wrapped in parentheses with
 * a space on each side, so that it combines safely with AND/OR and with neighbouring SQL (text blocks
 * strip trailing spaces).
 */
public record SqlCondition(String sql, Map<String, Object> params) {

    public SqlCondition {
        sql = " (" + sql.strip() + ") ";
        params = Map.copyOf(params);
    }

    public static SqlCondition always() {
        return new SqlCondition("TRUE", Map.of());
    }

    public static SqlCondition never() {
        return new SqlCondition("FALSE", Map.of());
    }
}
