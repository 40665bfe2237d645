package org.edugov.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
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
class AccountRepository {

    private static final String SELECT = """
            SELECT a.id, a.username, a.display_name, a.org_unit_id, u.name AS org_name, u.path AS org_path,
                   a.role_id, r.code AS role_code, a.phone, a.enabled, a.demo, a.failed_attempts, a.locked_until,
                   a.last_login_at,
                   ARRAY(SELECT s.org_unit_id FROM org.user_assignment s WHERE s.user_id = a.id
                          ORDER BY s.org_unit_id) AS assigned
              FROM org.user_account a
              JOIN org.role r ON r.id = a.role_id
              LEFT JOIN org.org_unit u ON u.id = a.org_unit_id
            """;

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Login lookup: hash, flags and permissions, for Spring Security only. */
    Optional<EduGovUser> loadForLogin(String username, OffsetDateTime now) {
        return jdbc.sql("""
                SELECT a.id, a.username, a.password_hash, a.enabled,
                       (a.locked_until IS NULL OR a.locked_until <= :now) AS non_locked,
                       ARRAY(SELECT p.permission FROM org.role_permission p WHERE p.role_id = a.role_id) AS perms
                  FROM org.user_account a WHERE a.username = :username""")
                .param("username", username).param("now", now)
                .query((rs, i) -> new EduGovUser(rs.getLong("id"), rs.getString("username"),
                        rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getBoolean("non_locked"),
                        List.of((String[]) rs.getArray("perms").getArray())))
                .optional();
    }

    Optional<UserAccount> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(AccountRepository::map).optional();
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql(SELECT + " WHERE a.username = :username").param("username", username)
                .query(AccountRepository::map).optional();
    }

    /** Users whose org unit lies in the scope; the installation-wide admin (no org) only for ALL. */
    List<UserAccount> search(DataScope scope, String text, int limit, int offset) {
        SqlCondition inScope = scope.condition("u.path", "a.id");
        Map<String, Object> params = new HashMap<>(inScope.params());
        params.put("text", text == null || text.isBlank() ? null
                : "%" + OrgUnitRepository.escapeLike(text.trim().toLowerCase()) + "%");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(SELECT + " WHERE " + inScope.sql() + """
                 AND (CAST(:text AS text) IS NULL OR a.username LIKE :text OR lower(a.display_name) LIKE :text
                      OR lower(u.name) LIKE :text)
               ORDER BY u.path NULLS FIRST, a.username
               LIMIT :limit OFFSET :offset""")
                .params(params).query(AccountRepository::map).list();
    }

    long insert(String username, String displayName, String hash, Long orgUnitId, long roleId, String phone,
            boolean demo, String actor) {
        return jdbc.sql("""
                INSERT INTO org.user_account (username, display_name, password_hash, org_unit_id, role_id, phone,
                                              demo, created_by)
                VALUES (:username, :displayName, :hash, :org, :role, :phone, :demo, :actor)
                RETURNING id""")
                .param("username", username).param("displayName", displayName).param("hash", hash)
                .param("org", orgUnitId).param("role", roleId).param("phone", phone).param("demo", demo)
                .param("actor", actor).query(Long.class).single();
    }

    void update(long id, String displayName, Long orgUnitId, long roleId, String phone, boolean enabled,
            String actor) {
        jdbc.sql("""
                UPDATE org.user_account SET display_name = :displayName, org_unit_id = :org, role_id = :role,
                       phone = :phone, enabled = :enabled, updated_at = now(), updated_by = :actor
                 WHERE id = :id""")
                .param("id", id).param("displayName", displayName).param("org", orgUnitId).param("role", roleId)
                .param("phone", phone).param("enabled", enabled).param("actor", actor).update();
    }

    void replaceAssignments(long userId, List<Long> unitIds) {
        jdbc.sql("DELETE FROM org.user_assignment WHERE user_id = :id").param("id", userId).update();
        for (Long unitId : unitIds) {
            jdbc.sql("INSERT INTO org.user_assignment (user_id, org_unit_id) VALUES (:user, :unit)")
                    .param("user", userId).param("unit", unitId).update();
        }
    }

    List<OrgPath> assignedPaths(long userId) {
        return jdbc.sql("""
                SELECT u.path FROM org.user_assignment s JOIN org.org_unit u ON u.id = s.org_unit_id
                 WHERE s.user_id = :id ORDER BY u.path""")
                .param("id", userId).query((rs, i) -> OrgPath.of(rs.getString(1))).list();
    }

    void setPassword(long id, String hash, String actor) {
        jdbc.sql("""
                UPDATE org.user_account SET password_hash = :hash, password_changed_at = now(), failed_attempts = 0,
                       locked_until = NULL, updated_at = now(), updated_by = :actor WHERE id = :id""")
                .param("id", id).param("hash", hash).param("actor", actor).update();
    }

    void unlock(long id, String actor) {
        jdbc.sql("""
                UPDATE org.user_account SET failed_attempts = 0, locked_until = NULL, updated_at = now(),
                       updated_by = :actor WHERE id = :id""")
                .param("id", id).param("actor", actor).update();
    }

    /** Counts a failed sign-in and returns the new count. */
    int recordFailure(long id) {
        return jdbc.sql("""
                UPDATE org.user_account SET failed_attempts = failed_attempts + 1 WHERE id = :id
                RETURNING failed_attempts""")
                .param("id", id).query(Integer.class).single();
    }

    void lockUntil(long id, OffsetDateTime until) {
        jdbc.sql("UPDATE org.user_account SET locked_until = :until, failed_attempts = 0 WHERE id = :id")
                .param("id", id).param("until", until).update();
    }

    void recordSuccess(long id, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE org.user_account SET failed_attempts = 0, locked_until = NULL, last_login_at = :now
                 WHERE id = :id""")
                .param("id", id).param("now", now).update();
    }

    long countDemoAccounts() {
        return jdbc.sql("SELECT count(*) FROM org.user_account WHERE demo").query(Long.class).single();
    }

    static UserAccount map(ResultSet rs, int row) throws SQLException {
        String path = rs.getString("org_path");
        Long[] assigned = (Long[]) rs.getArray("assigned").getArray();
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getObject("org_unit_id", Long.class), rs.getString("org_name"), path == null ? null : OrgPath.of(path),
                rs.getLong("role_id"), rs.getString("role_code"), rs.getString("phone"), rs.getBoolean("enabled"),
                rs.getBoolean("demo"), rs.getInt("failed_attempts"),
                rs.getObject("locked_until", OffsetDateTime.class), rs.getObject("last_login_at", OffsetDateTime.class),
                List.of(assigned));
    }
}
