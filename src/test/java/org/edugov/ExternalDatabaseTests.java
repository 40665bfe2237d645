package org.edugov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs the application against a PostgreSQL server of its own (CI starts Debian's) through the same
 * {@code SPRING_DATASOURCE_*} settings an installation uses: migrations, demo data and the audit
 * trigger must work there as on the embedded database. The demo registry is loaded small and before start-up
 * completes, so the bulk load's COPY is exercised on that server too.
 */
@EnabledIfEnvironmentVariable(named = "EDUGOV_TEST_DATABASE_URL", matches = ".+")
class ExternalDatabaseTests {

    @Test
    void migratesAndLoadsTheDemoCityOnAnExternalServer() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EduGovApplication.class)
                .profiles("demo")
                .run("--server.port=0", "--edugov.demo.registry=small", "--edugov.demo.registry-in-background=false",
                        "--spring.datasource.url=" + System.getenv("EDUGOV_TEST_DATABASE_URL"),
                        "--spring.datasource.username=" + System.getenv().getOrDefault("EDUGOV_TEST_DATABASE_USER",
                                "postgres"),
                        "--spring.datasource.password=" + System.getenv().getOrDefault(
                                "EDUGOV_TEST_DATABASE_PASSWORD", ""))) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(app.getBeanNamesForType(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class)).isEmpty();
            assertThat(jdbc.sql("SELECT count(*) FROM org.org_unit WHERE kind = 'COUNTY'").query(Long.class).single())
                    .isGreaterThanOrEqualTo(6);
            assertThat(jdbc.sql("SELECT count(*) FROM registry.pupil").query(Long.class).single())
                    .isGreaterThan(50_000);
            assertThat(jdbc.sql("SELECT count(*) FROM dict.dict_item WHERE type_code = 'ETHNICITY'").query(Long.class)
                    .single()).isEqualTo(58);
            assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit.audit_event").update())
                    .isInstanceOf(DataAccessException.class);
            assertThat(jdbc.sql("SELECT current_setting('server_version_num')::int").query(Integer.class).single())
                    .isLessThan(180000);
        }
    }
}
