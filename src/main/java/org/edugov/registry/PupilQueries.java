package org.edugov.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.edugov.shared.DataScope;
import org.edugov.shared.OrgPath;
import org.edugov.shared.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read side of pupil records: searches, the pupil page, exports; always limited to the caller's scope. */
@Repository
class PupilQueries {

    private static final String LIST_COLUMNS = """
            SELECT p.id, p.name, p.student_no, p.id_type, p.id_number, p.sex, p.birth_date, p.grade,
                   c.name AS class_name, u.name AS school_name, p.status, p.migrant, p.left_behind, p.disability
              FROM registry.pupil p
              JOIN org.unit_scope u ON u.id = p.school_id
              LEFT JOIN registry.class c ON c.id = p.class_id
            """;

    private final JdbcClient jdbc;

    PupilQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page, plus one row more than the page size to tell whether a next page exists. */
    List<PupilListRow> search(DataScope scope, OrgPath within, PupilFilter f) {
        Query q = query(scope, within, f);
        q.params.put("limit", PupilFilter.PAGE_SIZE + 1);
        q.params.put("offset", f.pageOrZero() * PupilFilter.PAGE_SIZE);
        // the page is cut first and only its rows look up their class's name
        return jdbc.sql("""
                SELECT x.*, c.name AS class_name
                  FROM (SELECT p.id, p.name, p.student_no, p.id_type, p.id_number, p.sex, p.birth_date, p.grade,
                               p.class_id, u.name AS school_name, u.path AS school_path, p.status, p.migrant,
                               p.left_behind, p.disability
                          FROM registry.pupil p
                          JOIN org.unit_scope u ON u.id = p.school_id
                        """ + q.where + """
                         ORDER BY u.path, p.grade, p.name, p.id LIMIT :limit OFFSET :offset) x
                  LEFT JOIN registry.class c ON c.id = x.class_id
                 ORDER BY x.school_path, x.grade, x.name, x.id""")
                .params(q.params).query(PupilQueries::row).list();
    }

    /** Streams every matching row, for exports; the caller decides on masking. */
    void forEach(DataScope scope, OrgPath within, PupilFilter f, Consumer<PupilListRow> rows) {
        Query q = query(scope, within, f);
        jdbc.sql(LIST_COLUMNS + q.where + " ORDER BY u.path, p.grade, p.name, p.id").params(q.params)
                .query(PupilQueries::row).stream().forEach(rows);
    }

    Optional<PupilDetail> find(DataScope scope, long id) {
        SqlCondition inScope = scope.condition("u.path");
        Map<String, Object> params = new HashMap<>(inScope.params());
        params.put("id", id);
        return jdbc.sql("""
                SELECT p.*, u.name AS school_name, u.path AS school_path, c.name AS class_name
                  FROM registry.pupil p
                  JOIN org.unit_scope u ON u.id = p.school_id
                  LEFT JOIN registry.class c ON c.id = p.class_id
                 WHERE p.id = :id AND NOT p.voided
                """ + " AND " + inScope.sql())
                .params(params).query((rs, i) -> detail(rs, List.of())).optional()
                .map(d -> d.withEvents(events(id)));
    }

    private List<PupilEventRow> events(long pupilId) {
        return jdbc.sql("""
                SELECT e.kind, e.occurred_on, u.name AS school_name, e.reason, e.actor
                  FROM registry.pupil_event e JOIN org.unit_scope u ON u.id = e.school_id
                 WHERE e.pupil_id = :id ORDER BY e.occurred_on, e.id""")
                .param("id", pupilId)
                .query((rs, i) -> new PupilEventRow(rs.getString("kind"), rs.getObject("occurred_on", LocalDate.class),
                        rs.getString("school_name"), rs.getString("reason"), rs.getString("actor")))
                .list();
    }

    /**
     * The WHERE clause holds only the filters actually given (each a fixed fragment with a bind parameter),
     * so PostgreSQL plans each combination on its own instead of around "parameter IS NULL OR …".
     */
    private static Query query(DataScope scope, OrgPath within, PupilFilter f) {
        SqlCondition inScope = scope.condition("u.path");
        Map<String, Object> params = new HashMap<>(inScope.params());
        StringBuilder where = new StringBuilder(" WHERE NOT p.voided AND ").append(inScope.sql());
        add(where, params, "u.path LIKE :within", "within", within == null ? null : within.subtreePattern());
        add(where, params, "p.name LIKE :name", "name", like(f.name()));
        add(where, params, "p.student_no = :studentNo", "studentNo", PupilFilter.blankToNull(f.studentNo()));
        add(where, params, "p.id_number = :idNumber", "idNumber",
                PupilFilter.blankToNull(f.idNumber() == null ? null : f.idNumber().toUpperCase()));
        add(where, params, "p.grade = :grade", "grade", PupilFilter.blankToNull(f.grade()));
        add(where, params, "p.status = :status", "status", PupilFilter.blankToNull(f.status()));
        add(where, params, "p.sex = :sex", "sex", PupilFilter.blankToNull(f.sex()));
        add(where, params, "p.migrant = :migrant", "migrant", f.migrant());
        add(where, params, "p.left_behind = :leftBehind", "leftBehind", f.leftBehind());
        add(where, params, "(p.disability IS NOT NULL) = :disabled", "disabled", f.disabled());
        return new Query(where.append(' ').toString(), params);
    }

    private static void add(StringBuilder where, Map<String, Object> params, String condition, String name,
            Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            params.put(name, value);
        }
    }

    /** Name search is a prefix match, which the text_pattern_ops index serves. */
    private static String like(String name) {
        String n = PupilFilter.blankToNull(name);
        return n == null ? null : n.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static PupilListRow row(ResultSet rs, int i) throws SQLException {
        return new PupilListRow(rs.getLong("id"), rs.getString("name"), rs.getString("student_no"),
                rs.getString("id_type"), rs.getString("id_number"), rs.getString("sex"),
                rs.getObject("birth_date", LocalDate.class), rs.getString("grade"), rs.getString("class_name"),
                rs.getString("school_name"), rs.getString("status"), rs.getBoolean("migrant"),
                rs.getBoolean("left_behind"), rs.getString("disability"));
    }

    private static PupilDetail detail(ResultSet rs, List<PupilEventRow> events) throws SQLException {
        return new PupilDetail(rs.getLong("id"), rs.getLong("school_id"), OrgPath.of(rs.getString("school_path")),
                rs.getString("school_name"), rs.getString("name"), rs.getString("id_type"), rs.getString("id_number"),
                rs.getString("no_id_reason"), rs.getString("student_no"), rs.getString("sex"),
                rs.getObject("birth_date", LocalDate.class), rs.getString("ethnicity"), rs.getString("grade"),
                rs.getString("class_name"), rs.getObject("entered_on", LocalDate.class), rs.getString("hukou_address"),
                rs.getString("hukou_type"), rs.getBoolean("migrant"), rs.getBoolean("left_behind"),
                rs.getString("disability"), rs.getString("disability_grade"), rs.getString("disability_placement"),
                rs.getString("status"), events);
    }

    private record Query(String where, Map<String, Object> params) {
    }
}
