package org.edugov;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/**
 * Boots only the dict module on the embedded database, so its tests need neither the rest of the
 * application nor an external PostgreSQL. Lives in this package because EmbeddedDatabaseConfig is
 * package-private.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(EmbeddedDatabaseConfig.class)
@EnableConfigurationProperties(EmbeddedDatabaseConfig.EmbeddedDbProperties.class)
@ComponentScan("org.edugov.dict")
public class DictTestApplication {
}
