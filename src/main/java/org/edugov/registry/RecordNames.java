package org.edugov.registry;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.edugov.shared.Masked;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Display names of registry records for other modules' lists (an indicator's drill-down): pupils' and
 * teachers' names masked, never their identity numbers. Callers pass ids they have already limited to the
 * user's scope.
 */
@Component
public class RecordNames {

    private final JdbcClient jdbc;

    RecordNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, String> pupils(Collection<Long> ids) {
        return names("SELECT id, name FROM registry.pupil WHERE id = ANY(:ids)", ids, true);
    }

    public Map<Long, String> teachers(Collection<Long> ids) {
        return names("SELECT id, name FROM registry.teacher WHERE id = ANY(:ids)", ids, true);
    }

    public Map<Long, String> classes(Collection<Long> ids) {
        return names("SELECT id, name FROM registry.class WHERE id = ANY(:ids)", ids, false);
    }

    private Map<Long, String> names(String sql, Collection<Long> ids, boolean mask) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql(sql).param("ids", ids.toArray(Long[]::new)).query((RowCallbackHandler) rs ->
                out.put(rs.getLong(1), mask ? Masked.name(rs.getString(2)) : rs.getString(2)));
        return out;
    }
}
