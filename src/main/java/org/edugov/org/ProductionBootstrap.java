package org.edugov.org;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In production the installation must not carry the publicly documented demo accounts, and its first
 * administrator's password comes from the environment, never from a file in the repository.
 */
@Component
@Profile("prod")
@Order(0)
class ProductionBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";

    private final AccountRepository accounts;
    private final UserAccountService users;
    private final String adminPassword;

    ProductionBootstrap(AccountRepository accounts, UserAccountService users,
            @Value("${edugov.bootstrap.admin-password:}") String adminPassword) {
        this.accounts = accounts;
        this.users = users;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        check(accounts.countDemoAccounts(), adminPassword);
        if (accounts.findByUsername(ADMIN).isEmpty()) {
            long roleId = users.roleByCode("SYS_ADMIN").orElseThrow().id();
            users.create(CurrentUser.system(), new UserCommand(ADMIN, "系统管理员", null, roleId, null, true,
                    List.of(), adminPassword), false);
        }
    }

    /** Refuses to run with demo accounts present or without an administrator password. */
    static void check(long demoAccounts, String adminPassword) {
        if (demoAccounts > 0) {
            throw new IllegalStateException("Refusing to start in the prod profile: " + demoAccounts
                    + " demo accounts exist in this database. Use a fresh database for production.");
        }
        if (adminPassword == null || adminPassword.isBlank()) {
            throw new IllegalStateException(
                    "Refusing to start in the prod profile: set EDUGOV_ADMIN_PASSWORD for the administrator account.");
        }
    }
}
