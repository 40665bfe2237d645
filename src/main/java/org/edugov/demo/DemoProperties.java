package org.edugov.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo loader. The password has no default here: demo credentials live only in the
 * demo profile's configuration. It is checked by {@link DemoDataLoader}, not here, because properties
 * are bound in every profile and only the demo profile needs one.
 *
 * @param registry how much of the generated registry to load: FULL (city scale about 520,000 pupils),
 *     SMALL (the first county's schools only) or NONE (the test suite, which counts its own pupils)
 * @param registryInBackground load the registry after start-up in a thread of its own, so the first page
 *     does not wait for it
 */
@ConfigurationProperties("edugov.demo")
record DemoProperties(@DefaultValue("CITY") DemoScale scale, @DefaultValue("20260901") long seed,
        String password, @DefaultValue("FULL") RegistrySize registry,
        @DefaultValue("true") boolean registryInBackground) {

    /** How much registry data the demo loads. */
    enum RegistrySize {
        FULL, SMALL, NONE
    }

    boolean hasPassword() {
        return password != null && !password.isBlank();
    }
}
