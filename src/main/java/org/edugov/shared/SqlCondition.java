package org.edugov.shared;

import java.util.Map;

/**
 * A WHERE-clause fragment with its named bind parameters. The fragment only ever contains column
 * names chosen in code and parameter placeholders, never values.
 */
public record SqlCondition(String sql, Map<String, Object> params) {

    public SqlCondition {
        params = Map.copyOf(params);
    }

    public static SqlCondition always() {
        return new SqlCondition("TRUE", Map.of());
    }

    public static SqlCondition never() {
        return new SqlCondition("FALSE", Map.of());
    }
}
