package org.edugov.org;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.shared.Permissions;
import org.edugov.shared.ScopeType;
import org.edugov.shared.UserError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Custom roles. Built-in roles are fixed; a custom role may hold only permissions and a scope its
 * creator holds, so a role editor cannot escalate through the roles it defines.
 */
@Service
class RoleService {

    private static final String ENTITY = "Role";

    private final RoleRepository roles;
    private final AuditLog audit;

    RoleService(RoleRepository roles, AuditLog audit) {
        this.roles = roles;
        this.audit = audit;
    }

    @Transactional
    Role create(CurrentUser admin, RoleCommand cmd) {
        String code = cmd.code() == null ? "" : cmd.code().trim().toUpperCase();
        if (!code.matches("^[A-Z][A-Z0-9_]{2,31}$")) {
            throw UserError.invalid("role.code.malformed");
        }
        if (roles.findByCode(code).isPresent()) {
            throw UserError.conflict("role.code.duplicate", code);
        }
        Set<String> permissions = check(admin, cmd);
        long id = roles.insert(code, name(cmd.nameZh()), name(cmd.nameEn()), cmd.scopeType(), permissions);
        Role created = roles.find(id).orElseThrow();
        audit.changed(admin.actor(), AuditAction.CREATE, ENTITY, id, null, FieldChange.created(snapshot(created)));
        return created;
    }

    @Transactional
    Role update(CurrentUser admin, long id, RoleCommand cmd) {
        Role before = roles.find(id).orElseThrow(() -> UserError.notFound("role.notFound", id));
        if (before.builtin()) {
            throw UserError.invalid("role.builtin.readOnly");
        }
        Set<String> permissions = check(admin, cmd);
        roles.update(id, name(cmd.nameZh()), name(cmd.nameEn()), cmd.scopeType(), permissions);
        Role after = roles.find(id).orElseThrow();
        audit.changed(admin.actor(), AuditAction.UPDATE, ENTITY, id, null,
                FieldChange.diff(snapshot(before), snapshot(after)));
        return after;
    }

    private static Set<String> check(CurrentUser admin, RoleCommand cmd) {
        if (cmd.scopeType() == null || cmd.scopeType() == ScopeType.NONE) {
            throw UserError.invalid("role.scope.required");
        }
        if (!admin.scope().type().covers(cmd.scopeType())) {
            throw UserError.forbidden("role.scope.tooWide");
        }
        Set<String> permissions = new TreeSet<>(cmd.permissions());
        if (permissions.isEmpty()) {
            throw UserError.invalid("role.permissions.required");
        }
        for (String p : permissions) {
            if (!Permissions.ALL.contains(p)) {
                throw UserError.invalid("role.permission.unknown", p);
            }
            if (!admin.has(p)) {
                throw UserError.forbidden("role.permission.notHeld", p);
            }
        }
        return permissions;
    }

    private static String name(String raw) {
        if (raw == null || raw.isBlank()) {
            throw UserError.invalid("role.name.required");
        }
        return raw.strip();
    }

    private static Map<String, Object> snapshot(Role r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("nameZh", r.nameZh());
        m.put("nameEn", r.nameEn());
        m.put("scope", r.scopeType());
        m.put("permissions", List.copyOf(new TreeSet<>(r.permissions())));
        return m;
    }
}
