package org.edugov.registry;

import org.edugov.shared.DataScope;
import org.edugov.shared.SqlCondition;

/**
 * The scope condition for registry rows: a row belongs to the school it references, and the school's
 * place in the tree comes from the org module's published view {@code org.unit_scope}.
 */
final class RegistrySql {

    private RegistrySql() {
    }

    /**
     * {@code EXISTS} over the school's org unit, e.g. {@code inScope(scope, "p.school_id")}. The column is a
     * name chosen in code; values travel as bind parameters.
     */
    static SqlCondition inScope(DataScope scope, String schoolIdColumn) {
        SqlCondition path = scope.condition("u.path");
        return new SqlCondition("EXISTS (SELECT 1 FROM org.unit_scope u WHERE u.id = " + column(schoolIdColumn)
                + " AND " + path.sql() + ")", path.params());
    }

    private static String column(String name) {
        if (!name.matches("^[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?$")) {
            throw new IllegalArgumentException("Not a column name: " + name);
        }
        return name;
    }
}
