package org.edugov.org;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.edugov.shared.ScopeType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RoleRepository {

    private final JdbcClient jdbc;

    RoleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Role> findAll() {
        Map<Long, Set<String>> perms = new LinkedHashMap<>();
        jdbc.sql("SELECT role_id, permission FROM org.role_permission ORDER BY permission")
                .query((rs, i) -> perms.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2)))
                .list();
        return new ArrayList<>(jdbc.sql("SELECT id, code, name_zh, name_en, scope_type, builtin FROM org.role ORDER BY id")
                .query((rs, i) -> new Role(rs.getLong("id"), rs.getString("code"), rs.getString("name_zh"),
                        rs.getString("name_en"), ScopeType.valueOf(rs.getString("scope_type")),
                        rs.getBoolean("builtin"), perms.getOrDefault(rs.getLong("id"), Set.of())))
                .list());
    }

    Optional<Role> find(long id) {
        return findAll().stream().filter(r -> r.id() == id).findFirst();
    }

    Optional<Role> findByCode(String code) {
        return findAll().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    void update(long id, String nameZh, String nameEn, ScopeType scope, Set<String> permissions) {
        jdbc.sql("UPDATE org.role SET name_zh = :zh, name_en = :en, scope_type = :scope WHERE id = :id")
                .param("id", id).param("zh", nameZh).param("en", nameEn).param("scope", scope.name()).update();
        jdbc.sql("DELETE FROM org.role_permission WHERE role_id = :id").param("id", id).update();
        insertPermissions(id, permissions);
    }

    long insert(String code, String nameZh, String nameEn, ScopeType scope, Set<String> permissions) {
        long id = jdbc.sql("""
                INSERT INTO org.role (code, name_zh, name_en, scope_type) VALUES (:code, :zh, :en, :scope)
                RETURNING id""")
                .param("code", code).param("zh", nameZh).param("en", nameEn).param("scope", scope.name())
                .query(Long.class).single();
        insertPermissions(id, permissions);
        return id;
    }

    private void insertPermissions(long roleId, Set<String> permissions) {
        for (String p : permissions) {
            jdbc.sql("INSERT INTO org.role_permission (role_id, permission) VALUES (:id, :p)")
                    .param("id", roleId).param("p", p).update();
        }
    }
}
