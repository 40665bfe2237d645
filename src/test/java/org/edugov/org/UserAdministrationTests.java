package org.edugov.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.edugov.ControlCity;
import org.edugov.IntegrationTest;
import org.edugov.TestUsers;
import org.edugov.shared.UserError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class UserAdministrationTests {

    @Autowired
    UserAccountService service;

    @Autowired
    AccountRepository accounts;

    @Autowired
    TestUsers users;

    @Autowired
    ControlCity control;

    @Autowired
    JdbcClient jdbc;

    CurrentUser countyAdmin;

    @BeforeEach
    void setUp() {
        control.ensure();
        countyAdmin = users.current("county_admin_1");
    }

    @Test
    void aCountyAdminCanNeverGrantMoreThanItHolds() {
        assertThat(service.grantableRoles(countyAdmin)).extracting(Role::code)
                .contains("COUNTY_ADMIN", "SCHOOL_ADMIN", "INSPECTOR", "DEPARTMENT", "VIEWER")
                .doesNotContain("CITY_ADMIN", "SYS_ADMIN");
        assertRefused(() -> service.create(countyAdmin, command("grab_city", "CITY_ADMIN", unit("419901")), false),
                "user.role.tooWide");
        assertThat(accounts.findByUsername("grab_city")).isEmpty();
    }

    @Test
    void aCountyAdminCreatesUsersOnlyInsideItsSubtree() {
        UserAccount created = service.create(countyAdmin, command("school_clerk", "SCHOOL_ADMIN", unit("419901001000")),
                false);
        assertThat(created.orgPath().value()).startsWith(countyAdmin.orgUnit().path().value());
        assertRefused(() -> service.create(countyAdmin, command("other_clerk", "SCHOOL_ADMIN", unit("419902")), false),
                "org.unit.notFound");
        assertRefused(() -> service.create(countyAdmin, new UserCommand("assigned_out", "督学", unit("419901"),
                roleId("INSPECTOR"), null, true, List.of(unit(ControlCity.SCHOOL)), "inspect2026pass"), false),
                "org.unit.notFound");
        assertThat(accounts.findByUsername("other_clerk")).isEmpty();
    }

    @Test
    void usersOutsideTheSubtreeAreInvisible() {
        List<UserAccount> visible = accounts.search(countyAdmin.scope(), null, 500, 0);
        assertThat(visible).extracting(UserAccount::username).contains("county_admin_1")
                .doesNotContain("city_admin", "county_admin_2", ControlCity.USER);
        assertRefused(() -> service.visible(countyAdmin, control.userId()), "user.notFound");
        assertRefused(() -> service.resetPassword(countyAdmin, control.userId(), "takeover2026x"), "user.notFound");
    }

    @Test
    void passwordsFollowThePolicyAndAreStoredHashed() {
        assertRefused(() -> service.create(countyAdmin, withPassword("short_pw", "abc123"), false),
                "password.tooShort");
        assertRefused(() -> service.create(countyAdmin, withPassword("letters_only", "abcdefghijkl"), false),
                "password.lettersAndDigits");
        assertRefused(() -> service.create(countyAdmin, withPassword("named_pw", "named_pw2026x"), false),
                "password.containsUsername");
        service.create(countyAdmin, withPassword("good_pw", "sunrise2026river"), false);
        String hash = jdbc.sql("SELECT password_hash FROM org.user_account WHERE username = 'good_pw'")
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("sunrise2026river");
    }

    @Test
    void anAdministratorCannotDemoteOrDisableItself() {
        UserAccount self = accounts.findByUsername("county_admin_1").orElseThrow();
        assertRefused(() -> service.update(countyAdmin, self.id(), new UserCommand(self.username(), self.displayName(),
                self.orgUnitId(), self.roleId(), null, false, List.of(), null)), "user.self.roleOrDisable");
    }

    @Test
    void malformedAndDuplicateUsernamesAreRefused() {
        assertRefused(() -> service.create(countyAdmin, command("Bad Name!", "VIEWER", unit("419901")), false),
                "user.username.malformed");
        assertRefused(() -> service.create(countyAdmin, command("city_admin", "VIEWER", unit("419901")), false),
                "user.username.duplicate");
    }

    @Test
    void revealingAPhoneNumberIsAuditedAndScoped() {
        UserAccount clerk = service.create(countyAdmin, new UserCommand("phone_probe", "号码测试", unit("419901"),
                roleId("VIEWER"), "13912345678", true, List.of(), "phone2026probe"), false);
        assertThat(service.revealPhone(countyAdmin, clerk.id())).isEqualTo("13912345678");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE action = 'READ_PII' AND entity_id = :id "
                + "AND detail = 'phone' AND actor_name = 'county_admin_1'").param("id", String.valueOf(clerk.id()))
                .query(Long.class).single()).isEqualTo(1);
        assertRefused(() -> service.revealPhone(countyAdmin, control.userId()), "user.notFound");
    }

    private UserCommand command(String username, String role, long org) {
        return new UserCommand(username, "测试用户", org, roleId(role), "13812345678", true, List.of(), "valid2026pass");
    }

    private UserCommand withPassword(String username, String password) {
        return new UserCommand(username, "测试", unit("419901"), roleId("VIEWER"), null, true, List.of(), password);
    }

    private long roleId(String code) {
        return service.roleByCode(code).orElseThrow().id();
    }

    private long unit(String code) {
        return jdbc.sql("SELECT id FROM org.org_unit WHERE code = :c").param("c", code).query(Long.class).single();
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo(key);
    }
}
