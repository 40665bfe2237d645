package org.edugov.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class DemoPropertiesTest {

    @Test
    void defaultsToTheCityScaleAndAFixedSeedButNoPassword() {
        DemoProperties properties = bind(Map.of());

        assertThat(properties.scale()).isEqualTo(DemoScale.CITY);
        assertThat(properties.seed()).isEqualTo(20260901L);
        assertThat(properties.hasPassword()).isFalse();
        assertThat(properties.registry()).isEqualTo(DemoProperties.RegistrySize.FULL);
        assertThat(properties.registryInBackground()).isTrue();
    }

    @Test
    void bindsConfiguredValues() {
        DemoProperties properties = bind(Map.of("edugov.demo.scale", "province", "edugov.demo.seed", "7",
                "edugov.demo.password", "Demo2026pass", "edugov.demo.registry", "small",
                "edugov.demo.registry-in-background", "false"));

        assertThat(properties.scale()).isEqualTo(DemoScale.PROVINCE);
        assertThat(properties.seed()).isEqualTo(7L);
        assertThat(properties.hasPassword()).isTrue();
        assertThat(properties.registry()).isEqualTo(DemoProperties.RegistrySize.SMALL);
        assertThat(properties.registryInBackground()).isFalse();
    }

    @Test
    void blankPasswordCountsAsMissing() {
        assertThat(bind(Map.of("edugov.demo.password", "  ")).hasPassword()).isFalse();
    }

    private static DemoProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("edugov.demo", DemoProperties.class);
    }
}
