package org.edugov.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The part of the org tree one request may see, resolved once per request from the user's role,
 * org unit and assignments. Repositories turn it into a bind-parameter condition on a path column.
 */
public record DataScope(ScopeType type, long userId, OrgPath orgPath, List<OrgPath> assigned) {

    private static final Pattern COLUMN = Pattern.compile("^[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?$");
    private static final DataScope NOTHING = new DataScope(ScopeType.NONE, 0, null, List.of());

    public DataScope {
        Objects.requireNonNull(type, "type");
        assigned = List.copyOf(assigned);
        if ((type == ScopeType.SUBTREE || type == ScopeType.ORG_ONLY || type == ScopeType.SELF)
                && orgPath == null) {
            throw new IllegalArgumentException(type + " scope needs the user's org path");
        }
    }

    public static DataScope none() {
        return NOTHING;
    }

    public static DataScope all(long userId) {
        return new DataScope(ScopeType.ALL, userId, null, List.of());
    }

    public static DataScope subtree(long userId, OrgPath orgPath) {
        return new DataScope(ScopeType.SUBTREE, userId, orgPath, List.of());
    }

    public boolean isAll() {
        return type == ScopeType.ALL;
    }

    /** True when an org unit at {@code target} lies inside this scope. */
    public boolean permits(OrgPath target) {
        if (target == null) {
            return type == ScopeType.ALL;
        }
        return switch (type) {
            case ALL -> true;
            case SUBTREE -> orgPath.contains(target);
            case ORG_ONLY, SELF -> orgPath.equals(target);
            case ASSIGNED -> assigned.stream().anyMatch(a -> a.contains(target));
            case NONE -> false;
        };
    }

    /**
     * Condition restricting rows whose org path is in {@code pathColumn}. SELF scope additionally needs
     * an owner column; for tables without one, SELF sees nothing.
     */
    public SqlCondition condition(String pathColumn, String ownerColumn) {
        requireColumn(pathColumn);
        return switch (type) {
            case ALL -> SqlCondition.always();
            case NONE -> SqlCondition.never();
            case SUBTREE -> new SqlCondition(pathColumn + " LIKE :scope_prefix",
                    Map.of("scope_prefix", orgPath.subtreePattern()));
            case ORG_ONLY -> new SqlCondition(pathColumn + " = :scope_path", Map.of("scope_path", orgPath.value()));
            case ASSIGNED -> assignedCondition(pathColumn);
            case SELF -> ownerColumn == null ? SqlCondition.never()
                    : new SqlCondition(requireColumn(ownerColumn) + " = :scope_user", Map.of("scope_user", userId));
        };
    }

    public SqlCondition condition(String pathColumn) {
        return condition(pathColumn, null);
    }

    private SqlCondition assignedCondition(String pathColumn) {
        if (assigned.isEmpty()) {
            return SqlCondition.never();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i < assigned.size(); i++) {
            String name = "scope_assigned_" + i;
            sql.append(i == 0 ? "" : " OR ").append(pathColumn).append(" LIKE :").append(name);
            params.put(name, assigned.get(i).subtreePattern());
        }
        return new SqlCondition(sql.append(')').toString(), params);
    }

    private static String requireColumn(String column) {
        if (!COLUMN.matcher(column).matches()) {
            throw new IllegalArgumentException("Not a column name: " + column);
        }
        return column;
    }
}
