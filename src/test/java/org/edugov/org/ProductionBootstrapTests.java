package org.edugov.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.edugov.EduGovApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

class ProductionBootstrapTests {

    @Test
    void refusesDemoAccountsOrAMissingAdminPassword() {
        assertThatThrownBy(() -> ProductionBootstrap.check(3, "secret2026pass")).hasMessageContaining("demo accounts");
        assertThatThrownBy(() -> ProductionBootstrap.check(0, " ")).hasMessageContaining("EDUGOV_ADMIN_PASSWORD");
        ProductionBootstrap.check(0, "secret2026pass");
    }

    @Test
    void productionStartsWithoutDemoDataAndCreatesTheAdministratorFromTheEnvironment() {
        assertThatThrownBy(() -> start("")).hasMessage(
                "Refusing to start in the prod profile: set EDUGOV_ADMIN_PASSWORD for the administrator account.");
        try (ConfigurableApplicationContext app = start("prod2026secret")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT count(*) FROM org.user_account WHERE demo").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM org.org_unit").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("""
                    SELECT r.code FROM org.user_account a JOIN org.role r ON r.id = a.role_id
                     WHERE a.username = 'admin'""").query(String.class).single()).isEqualTo("SYS_ADMIN");
        }
    }

    private static ConfigurableApplicationContext start(String adminPassword) {
        return new SpringApplicationBuilder(EduGovApplication.class).profiles("prod")
                .run("--server.port=0", "--edugov.embedded-db.data-dir=", "--edugov.embedded-db.clean=true",
                        "--edugov.bootstrap.admin-password=" + adminPassword);
    }
}
