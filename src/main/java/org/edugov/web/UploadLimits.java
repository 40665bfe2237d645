package org.edugov.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest file an import accepts. application.yml feeds the same value to Spring's multipart limits,
 * so the refusal page and the file input (which checks before uploading) name the limit that applies.
 */
@ConfigurationProperties("edugov.import")
public record UploadLimits(@DefaultValue("200MB") DataSize maxBytes) {

    public long maxMegabytes() {
        return maxBytes.toMegabytes();
    }
}
