package org.edugov.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.edugov.shared.DataScope;
import org.edugov.shared.OrgPath;
import org.edugov.shared.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrgUnitRepository {

    private static final String COLUMNS = """
            id, kind, code, name, school_type, parent_id, path, county_code, active, deactivated_on,
            deactivation_reason""";

    private final JdbcClient jdbc;

    OrgUnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrgUnit> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org.org_unit WHERE id = :id")
                .param("id", id).query(OrgUnitRepository::map).optional();
    }

    Optional<OrgUnit> findByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org.org_unit WHERE code = :code")
                .param("code", code).query(OrgUnitRepository::map).optional();
    }

    boolean exists() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM org.org_unit)").query(Boolean.class).single();
    }

    List<OrgUnit> roots(DataScope scope) {
        SqlCondition inScope = scope.condition("path");
        return jdbc.sql("SELECT " + COLUMNS + " FROM org.org_unit WHERE parent_id IS NULL AND " + inScope.sql()
                        + " ORDER BY code")
                .params(inScope.params()).query(OrgUnitRepository::map).list();
    }

    List<OrgUnit> children(long parentId, boolean includeInactive) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM org.org_unit
                        WHERE parent_id = :parent AND (active OR :inactive)
                        ORDER BY kind = 'DEPARTMENT', code""")
                .param("parent", parentId).param("inactive", includeInactive)
                .query(OrgUnitRepository::map).list();
    }

    Map<Long, Integer> childCounts(List<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT parent_id, count(*) AS n FROM org.org_unit WHERE parent_id IN (:ids) GROUP BY parent_id")
                .param("ids", parentIds)
                .query((rs, i) -> counts.put(rs.getLong("parent_id"), rs.getInt("n"))).list();
        return counts;
    }

    /** Units in scope whose name or code contains the text, for search boxes and pickers. */
    List<OrgUnit> search(DataScope scope, String text, List<String> kinds, int limit) {
        SqlCondition inScope = scope.condition("path");
        Map<String, Object> params = new HashMap<>(inScope.params());
        params.put("text", text == null || text.isBlank() ? null : "%" + escapeLike(text.trim()) + "%");
        params.put("kinds", kinds.isEmpty() ? List.of("") : kinds);
        params.put("anyKind", kinds.isEmpty());
        params.put("limit", limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM org.org_unit WHERE " + inScope.sql() + """
                         AND (CAST(:text AS text) IS NULL OR name LIKE :text OR code LIKE :text)
                         AND (:anyKind OR kind IN (:kinds))
                       ORDER BY path
                       LIMIT :limit""")
                .params(params).query(OrgUnitRepository::map).list();
    }

    List<OrgUnit> ancestors(OrgPath path) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org.org_unit WHERE id IN (:ids) ORDER BY length(path)")
                .param("ids", path.ids()).query(OrgUnitRepository::map).list();
    }

    List<Long> nextIds(int count) {
        return jdbc.sql("SELECT nextval(pg_get_serial_sequence('org.org_unit', 'id')) FROM generate_series(1, :n)")
                .param("n", count).query(Long.class).list();
    }

    /** Names of the existing units among the given codes, queried in chunks to stay under bind limits. */
    Map<String, String> namesByCode(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += 10_000) {
            jdbc.sql("SELECT code, name FROM org.org_unit WHERE code IN (:codes)")
                    .param("codes", all.subList(from, Math.min(all.size(), from + 10_000)))
                    .query((rs, i) -> names.put(rs.getString(1), rs.getString(2))).list();
        }
        return names;
    }

    long nextId() {
        return jdbc.sql("SELECT nextval(pg_get_serial_sequence('org.org_unit', 'id'))").query(Long.class).single();
    }

    void insert(OrgUnit u, String actor) {
        jdbc.sql("""
                INSERT INTO org.org_unit (id, kind, code, name, school_type, parent_id, path, county_code, created_by)
                VALUES (:id, :kind, :code, :name, :schoolType, :parentId, :path, :countyCode, :actor)
                """)
                .param("id", u.id()).param("kind", u.kind().name()).param("code", u.code())
                .param("name", u.name()).param("schoolType", u.schoolType()).param("parentId", u.parentId())
                .param("path", u.path().value()).param("countyCode", u.countyCode()).param("actor", actor)
                .update();
    }

    void openMembership(long unitId, Long parentId, LocalDate from) {
        jdbc.sql("INSERT INTO org.org_membership (unit_id, parent_id, valid_from) VALUES (:unit, :parent, :from)")
                .param("unit", unitId).param("parent", parentId).param("from", from).update();
    }

    Optional<LocalDate> currentMembershipStart(long unitId) {
        return jdbc.sql("SELECT valid_from FROM org.org_membership WHERE unit_id = :unit AND valid_to IS NULL")
                .param("unit", unitId).query(LocalDate.class).optional();
    }

    void closeMembership(long unitId, LocalDate to) {
        jdbc.sql("UPDATE org.org_membership SET valid_to = :to WHERE unit_id = :unit AND valid_to IS NULL")
                .param("unit", unitId).param("to", to).update();
    }

    void updateDetails(long id, String code, String name, String schoolType, String actor) {
        jdbc.sql("""
                UPDATE org.org_unit SET code = :code, name = :name, school_type = :schoolType,
                       updated_at = now(), updated_by = :actor
                 WHERE id = :id""")
                .param("id", id).param("code", code).param("name", name).param("schoolType", schoolType)
                .param("actor", actor).update();
    }

    /** Re-roots the unit and all its descendants, and re-derives their county code. */
    int moveSubtree(OrgUnit unit, long newParentId, OrgPath newPath, String newCountyCode, String actor) {
        jdbc.sql("UPDATE org.org_unit SET parent_id = :parent, updated_at = now(), updated_by = :actor WHERE id = :id")
                .param("parent", newParentId).param("actor", actor).param("id", unit.id()).update();
        return jdbc.sql("""
                UPDATE org.org_unit
                   SET path = :newPath || substr(path, length(:oldPath) + 1),
                       county_code = CASE WHEN kind = 'COUNTY' THEN code
                                          WHEN CAST(:county AS text) IS NULL THEN county_code
                                          ELSE :county END,
                       updated_at = now(), updated_by = :actor
                 WHERE path LIKE :oldPrefix""")
                .param("newPath", newPath.value()).param("oldPath", unit.path().value())
                .param("oldPrefix", unit.path().subtreePattern()).param("county", newCountyCode)
                .param("actor", actor).update();
    }

    int countActiveChildren(long id) {
        return jdbc.sql("SELECT count(*) FROM org.org_unit WHERE parent_id = :id AND active")
                .param("id", id).query(Integer.class).single();
    }

    void setActive(long id, boolean active, LocalDate on, String reason, String actor) {
        jdbc.sql("""
                UPDATE org.org_unit SET active = :active, deactivated_on = :on, deactivation_reason = :reason,
                       updated_at = now(), updated_by = :actor
                 WHERE id = :id""")
                .param("id", id).param("active", active).param("on", on).param("reason", reason)
                .param("actor", actor).update();
    }

    Optional<String> pathAt(long id, LocalDate date) {
        String path = jdbc.sql("SELECT coalesce(org.path_at(:id, :date), '')").param("id", id).param("date", date)
                .query(String.class).single();
        return path.isEmpty() ? Optional.empty() : Optional.of(path);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static OrgUnit map(ResultSet rs, int row) throws SQLException {
        return new OrgUnit(rs.getLong("id"), OrgUnitKind.valueOf(rs.getString("kind")), rs.getString("code"),
                rs.getString("name"), rs.getString("school_type"), rs.getObject("parent_id", Long.class),
                OrgPath.of(rs.getString("path")), rs.getString("county_code"), rs.getBoolean("active"),
                rs.getObject("deactivated_on", LocalDate.class), rs.getString("deactivation_reason"));
    }
}
