package org.edugov.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.edugov.IntegrationTest;
import org.edugov.TestUsers;
import org.edugov.shared.ScopeType;
import org.edugov.shared.UserError;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class RoleServiceTests {

    @Autowired
    RoleService service;

    @Autowired
    UserAccountService users;

    @Autowired
    TestUsers testUsers;

    @Test
    void aCityAdminDefinesARoleWithinItsOwnPermissions() {
        CurrentUser admin = testUsers.current("city_admin");
        Role role = service.create(admin, new RoleCommand("district_auditor", "区审计员", "District auditor",
                ScopeType.SUBTREE, List.of("audit:log:read", "org:unit:read")));
        assertThat(role.code()).isEqualTo("DISTRICT_AUDITOR");
        assertThat(role.permissions()).containsExactlyInAnyOrder("audit:log:read", "org:unit:read");
        assertThat(users.grantableRoles(testUsers.current("county_admin_1"))).extracting(Role::code)
                .contains("DISTRICT_AUDITOR");
        Role changed = service.update(admin, role.id(), new RoleCommand("IGNORED", "区审计员", "District auditor",
                ScopeType.ORG_ONLY, List.of("audit:log:read")));
        assertThat(changed.scopeType()).isEqualTo(ScopeType.ORG_ONLY);
        assertThat(changed.permissions()).containsExactly("audit:log:read");
    }

    @Test
    void noEscalationThroughRoleDefinitions() {
        CurrentUser admin = testUsers.current("city_admin");
        assertRefused(() -> service.create(admin, new RoleCommand("SUPER", "超级", "Super", ScopeType.ALL,
                List.of("org:unit:read"))), "role.scope.tooWide");
        assertRefused(() -> service.create(admin, new RoleCommand("GHOST", "幽灵", "Ghost", ScopeType.SUBTREE,
                List.of("registry:secret:read"))), "role.permission.unknown");
        assertRefused(() -> service.create(admin, new RoleCommand("EMPTY_ROLE", "空", "Empty", ScopeType.SUBTREE,
                List.of())), "role.permissions.required");
        assertRefused(() -> service.create(admin, new RoleCommand("city_admin", "重复", "Dup", ScopeType.SUBTREE,
                List.of("org:unit:read"))), "role.code.duplicate");
        long builtin = users.roleByCode("VIEWER").orElseThrow().id();
        assertRefused(() -> service.update(admin, builtin, new RoleCommand("VIEWER", "只读", "Read-only",
                ScopeType.SUBTREE, List.of("org:unit:write"))), "role.builtin.readOnly");
        CurrentUser countyAdmin = testUsers.current("county_admin_1");
        assertRefused(() -> service.create(countyAdmin, new RoleCommand("ROLE_WRITER", "角色管理", "Role writer",
                ScopeType.SUBTREE, List.of("org:role:write"))), "role.permission.notHeld");
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo(key);
    }
}
