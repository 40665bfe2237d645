package org.edugov;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Starts PostgreSQL inside the JVM when no external server is configured, so that
 * {@code ./mvnw spring-boot:run} needs nothing but a JDK. The data directory survives restarts;
 * tests point it at a fresh temporary directory instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfig {

    @ConfigurationProperties("edugov.embedded-db")
    record EmbeddedDbProperties(String dataDir, boolean clean, Integer port) {
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDbProperties props) {
        try {
            Path dir = props.dataDir() == null || props.dataDir().isBlank()
                    ? Files.createTempDirectory("edugov-pg")
                    : Path.of(props.dataDir()).toAbsolutePath();
            Files.createDirectories(dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(props.clean())
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (props.port() != null && props.port() > 0) {
                builder.setPort(props.port());
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setPoolName("edugov-embedded");
        ds.setMaximumPoolSize(20);
        return ds;
    }
}
