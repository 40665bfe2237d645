package org.edugov.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The shipped plan templates ({@code classpath:plans/*.yaml}), read once. */
@Component
class PlanTemplates {

    private final Map<String, PlanTemplate> byCode = new LinkedHashMap<>();

    PlanTemplates() {
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:plans/*.yaml")) {
                try (InputStream in = r.getInputStream()) {
                    Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                    PlanTemplate t = PlanTemplate.of(doc);
                    byCode.put(t.code(), t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("plan templates unreadable", e);
        }
    }

    Map<String, PlanTemplate> all() {
        return byCode;
    }

    Optional<PlanTemplate> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
