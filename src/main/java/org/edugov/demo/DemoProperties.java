package org.edugov.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo loader. The password has no default here: demo credentials live only in the
 * demo profile's configuration. It is checked by {@link DemoDataLoader}, not here, because properties
 * are bound in every profile and only the demo profile needs one. {@code pupils} turns the registry's
 * demo pupils (about 230,000 at city scale, ten seconds to load) off, as the test suite does.
 */
@ConfigurationProperties("edugov.demo")
record DemoProperties(@DefaultValue("CITY") DemoScale scale, @DefaultValue("20260901") long seed,
        String password, @DefaultValue("true") boolean pupils) {

    boolean hasPassword() {
        return password != null && !password.isBlank();
    }
}
