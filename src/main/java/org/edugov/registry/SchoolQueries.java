package org.edugov.registry;

import java.sql.Array;
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

/** Schools as the registry sees them, always within the caller's scope. */
@Repository
class SchoolQueries {

    private final JdbcClient jdbc;

    SchoolQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SchoolRow> search(DataScope scope, OrgPath within, String text, int limit, int offset) {
        SqlCondition inScope = scope.condition("u.path");
        Map<String, Object> params = new HashMap<>(inScope.params());
        params.put("within", within == null ? null : within.subtreePattern());
        params.put("text", text == null || text.isBlank() ? null : "%" + text.strip().replace("%", "\\%") + "%");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("""
                SELECT u.id, u.code, u.name, u.school_type, u.county_code, s.ownership,
                       coalesce(s.inclusive_private, false) AS inclusive_private, s.urban_rural,
                       (SELECT count(*) FROM registry.pupil p
                         WHERE p.school_id = u.id AND p.status = 'ENROLLED' AND NOT p.voided) AS pupils,
                       (SELECT count(*) FROM registry.teacher t WHERE t.school_id = u.id AND NOT t.voided) AS teachers
                  FROM org.unit_scope u
                  LEFT JOIN registry.school s ON s.org_unit_id = u.id
                 WHERE u.kind IN ('SCHOOL', 'TEACHING_POINT') AND u.active
                """ + " AND " + inScope.sql() + """
                   AND (CAST(:within AS text) IS NULL OR u.path LIKE :within)
                   AND (CAST(:text AS text) IS NULL OR u.name LIKE :text OR u.code LIKE :text)
                 ORDER BY u.path LIMIT :limit OFFSET :offset""")
                .params(params)
                .query((rs, i) -> new SchoolRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("school_type"), rs.getString("county_code"), rs.getString("ownership"),
                        rs.getBoolean("inclusive_private"), rs.getString("urban_rural"), rs.getLong("pupils"),
                        rs.getLong("teachers")))
                .list();
    }

    Optional<SchoolProfile> profile(long schoolId) {
        return jdbc.sql("""
                SELECT ownership, inclusive_private, inclusive_since, urban_rural, stages, boarding
                  FROM registry.school WHERE org_unit_id = :id""")
                .param("id", schoolId)
                .query((rs, i) -> new SchoolProfile(rs.getString("ownership"), rs.getBoolean("inclusive_private"),
                        rs.getObject("inclusive_since", LocalDate.class), rs.getString("urban_rural"),
                        stages(rs.getArray("stages")), rs.getBoolean("boarding")))
                .optional();
    }

    void saveProfile(long schoolId, String countyCode, SchoolProfile p, String actor) {
        jdbc.sql("""
                INSERT INTO registry.school (org_unit_id, county_code, ownership, inclusive_private, inclusive_since,
                                             urban_rural, stages, boarding, created_by)
                VALUES (:id, :county, :ownership, :inclusive, :since, :urbanRural, CAST(:stages AS text[]), :boarding,
                        :actor)
                ON CONFLICT (org_unit_id) DO UPDATE SET county_code = :county, ownership = :ownership,
                       inclusive_private = :inclusive, inclusive_since = :since, urban_rural = :urbanRural,
                       stages = CAST(:stages AS text[]), boarding = :boarding, updated_at = now(), updated_by = :actor""")
                .param("id", schoolId).param("county", countyCode).param("ownership", p.ownership())
                .param("inclusive", p.inclusivePrivate()).param("since", p.inclusiveSince())
                .param("urbanRural", p.urbanRural()).param("stages", "{" + String.join(",", p.stages()) + "}")
                .param("boarding", p.boarding()).param("actor", actor).update();
    }

    private static List<String> stages(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
