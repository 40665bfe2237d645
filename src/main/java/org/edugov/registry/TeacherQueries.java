package org.edugov.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edugov.shared.DataScope;
import org.edugov.shared.OrgPath;
import org.edugov.shared.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Teachers within the caller's scope. A teacher without a school belongs to no subtree, so only the
 * installation-wide scope sees it; county admins find such records through data-quality rules later.
 */
@Repository
class TeacherQueries {

    private final JdbcClient jdbc;

    TeacherQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TeacherRow> search(DataScope scope, OrgPath within, String name, String staffing, int limit, int offset) {
        SqlCondition inScope = scope.condition("u.path");
        Map<String, Object> params = new HashMap<>(inScope.params());
        params.put("within", within == null ? null : within.subtreePattern());
        params.put("name", name == null || name.isBlank() ? null : name.strip().replace("%", "\\%") + "%");
        params.put("staffing", staffing == null || staffing.isBlank() ? null : staffing);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("""
                SELECT t.id, t.name, t.id_number, t.sex, u.name AS school_name, t.staffing, t.full_time, t.education,
                       t.title, t.subject, t.stage, t.dual_qualified, t.psychology, t.at_school_since
                  FROM registry.teacher t
                  JOIN org.unit_scope u ON u.id = t.school_id
                 WHERE NOT t.voided
                """ + " AND " + inScope.sql() + """
                   AND (CAST(:within AS text) IS NULL OR u.path LIKE :within)
                   AND (CAST(:name AS text) IS NULL OR t.name LIKE :name)
                   AND (CAST(:staffing AS text) IS NULL OR t.staffing = :staffing)
                 ORDER BY u.path, t.name, t.id LIMIT :limit OFFSET :offset""")
                .params(params)
                .query((rs, i) -> new TeacherRow(rs.getLong("id"), rs.getString("name"), rs.getString("id_number"),
                        rs.getString("sex"), rs.getString("school_name"), rs.getString("staffing"),
                        rs.getBoolean("full_time"), rs.getString("education"), rs.getString("title"),
                        rs.getString("subject"), rs.getString("stage"), rs.getBoolean("dual_qualified"),
                        rs.getString("psychology"), rs.getObject("at_school_since", LocalDate.class)))
                .list();
    }
}
