package org.edugov.indicator;

/**
 * A key an expression may filter a fact on, with the SQL expression computing it over the fact's source
 * (columns chosen in code; values are always bound).
 */
record Dimension(String key, String sql, Type type) {

    enum Type {
        TEXT, INT, BOOL,
        /** A text array: {@code key=A} holds when the array contains A; {@code key=A|B} when it contains either. */
        ARRAY
    }
}
