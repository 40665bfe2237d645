package org.edugov.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large an evidence file may be and how many one report may carry. The whole request stays under the
 * multipart limit (edugov.import.max-bytes), so a file over this limit reaches the plan module and is refused with
 * its own message rather than the generic upload page.
 */
@ConfigurationProperties("edugov.plan.evidence")
record EvidenceLimits(@DefaultValue("10MB") DataSize maxBytes, @DefaultValue("5") int maxFiles) {

    long maxMegabytes() {
        return maxBytes.toMegabytes();
    }
}
