package org.edugov.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** One teacher with the posting history, if the teacher's school is in the scope (or the scope is ALL). */
    Optional<TeacherDetail> find(DataScope scope, long id) {
        SqlCondition inScope = scope.condition("u.path");
        Map<String, Object> params = new HashMap<>(inScope.params());
        params.put("id", id);
        return jdbc.sql("""
                SELECT t.*, u.name AS school_name, u.path AS school_path
                  FROM registry.teacher t
                  LEFT JOIN org.unit_scope u ON u.id = t.school_id
                 WHERE t.id = :id AND NOT t.voided
                """ + " AND " + inScope.sql())
                .params(params)
                .query((rs, i) -> new TeacherDetail(rs.getLong("id"), rs.getObject("school_id", Long.class),
                        rs.getString("school_path") == null ? null : OrgPath.of(rs.getString("school_path")),
                        rs.getString("school_name"), rs.getString("name"), rs.getString("id_number"),
                        rs.getString("sex"), rs.getObject("birth_date", LocalDate.class), rs.getString("staffing"),
                        rs.getBoolean("full_time"), rs.getString("education"), rs.getString("title"),
                        rs.getString("subject"), rs.getString("stage"), rs.getString("backbone_level"),
                        rs.getBoolean("dual_qualified"), rs.getString("psychology"),
                        rs.getObject("at_school_since", LocalDate.class), List.of()))
                .optional()
                .map(t -> t.withPostings(postings(id)));
    }

    /** The postings of a teacher, the latest first. School names are shown even outside the scope. */
    List<TeacherPosting> postings(long teacherId) {
        return jdbc.sql("""
                SELECT p.school_id, u.name AS school_name, p.valid_from, p.valid_to
                  FROM registry.teacher_posting p JOIN org.unit_scope u ON u.id = p.school_id
                 WHERE p.teacher_id = :id ORDER BY p.valid_from DESC""")
                .param("id", teacherId)
                .query((rs, i) -> new TeacherPosting(rs.getLong("school_id"), rs.getString("school_name"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)))
                .list();
    }
}
