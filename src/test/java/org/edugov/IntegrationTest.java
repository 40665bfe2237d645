package org.edugov;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a fresh embedded PostgreSQL with the demo city loaded (its org tree and
 * accounts; the demo registry is left out so that tests control every pupil they count; the minutely indicator
 * refresh and the daily plan supervision are left to the tests that call them). Every integration
 * test uses exactly this configuration so that Spring starts one context for the whole suite.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = EduGovApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"edugov.embedded-db.data-dir=", "edugov.embedded-db.clean=true", "edugov.demo.registry=none",
            "edugov.indicators.refresh-interval=PT1000H",
            "edugov.plans.supervision-cron=-"})
@ActiveProfiles("demo")
public @interface IntegrationTest {
}
