package org.edugov.org;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Sign-in policy: lockout after repeated failures, and the password rules. */
@ConfigurationProperties("edugov.security")
record SecurityProperties(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("10") int minPasswordLength) {
}
