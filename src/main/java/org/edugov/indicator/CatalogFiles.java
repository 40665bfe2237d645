package org.edugov.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.edugov.shared.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads the shipped catalog, {@code classpath:indicators/*.yaml} (one indicator version per file), into the
 * database at start-up. A version already stored must be identical to its file: changing a shipped
 * definition means adding a file with the next version, so stored values keep the definition they were
 * computed with. Only the display order (sort) may change in place.
 */
@Component
@Order(0)
class CatalogFiles implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogFiles.class);
    private static final String PATTERN = "classpath*:indicators/*.yaml";

    private final Catalog catalog;

    CatalogFiles(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        int added = 0;
        List<Definition> files = read();
        for (Definition d : files) {
            var stored = catalog.find(d.code(), d.regionCode(), d.version());
            if (stored.isEmpty()) {
                catalog.insert(d);
                added++;
            } else if (!sameContent(stored.get(), d)) {
                throw new IllegalStateException("Indicator " + d.code() + " version " + d.version() + " region '"
                        + d.regionCode() + "' differs from the stored version; add a new version instead of editing it");
            } else if (stored.get().sortOrder() != d.sortOrder()) {
                catalog.reorder(d.code(), d.sortOrder());
            }
        }
        log.info("Indicator catalog: {} files, {} new versions stored", files.size(), added);
    }

    static List<Definition> read() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources(PATTERN);
        List<Definition> out = new ArrayList<>();
        for (Resource r : resources) {
            try (InputStream in = r.getInputStream()) {
                Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                out.add(definition(doc, r.getFilename()));
            } catch (RuntimeException e) {
                throw new IllegalStateException("Indicator file " + r.getFilename() + ": " + describe(e), e);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Definition definition(Map<String, Object> doc, String file) {
        Map<String, Object> name = (Map<String, Object>) required(doc, "name");
        Map<String, Object> text = (Map<String, Object>) required(doc, "definition");
        Map<String, String> settings = new LinkedHashMap<>();
        Object s = doc.get("settings");
        if (s instanceof Map<?, ?> map) {
            map.forEach((k, v) -> settings.put(String.valueOf(k), String.valueOf(v)));
        }
        Definition.Kind kind = Definition.Kind.valueOf(String.valueOf(doc.getOrDefault("kind", "RATIO")));
        Definition d = new Definition(0, string(doc, "code"), ((Number) required(doc, "version")).intValue(),
                String.valueOf(doc.getOrDefault("region", "")), LocalDate.parse(string(doc, "valid_from")),
                string(name, "zh"), string(name, "en"), string(text, "zh"), string(text, "en"), string(doc, "source"),
                string(doc, "source_status"), kind, string(doc, "numerator"),
                kind == Definition.Kind.COUNT ? null : string(doc, "denominator"),
                new BigDecimal(String.valueOf(doc.getOrDefault("factor", "1"))), string(doc, "unit"),
                string(doc, "direction"), Definition.Level.valueOf(string(doc, "lowest_level")), settings,
                ((Number) doc.getOrDefault("sort", 0)).intValue(), "FILE", "system", null);
        d.numeratorExpression();
        d.denominatorExpression();
        if (file != null && !file.startsWith(d.code().toLowerCase() + ".")
                && !file.startsWith(d.code().toLowerCase() + "-")) {
            throw new IllegalStateException("file name must start with the code in lower case");
        }
        return d;
    }

    private static boolean sameContent(Definition a, Definition b) {
        return a.validFrom().equals(b.validFrom()) && a.nameZh().equals(b.nameZh()) && a.nameEn().equals(b.nameEn())
                && a.definitionZh().equals(b.definitionZh()) && a.definitionEn().equals(b.definitionEn())
                && a.source().equals(b.source()) && a.sourceStatus().equals(b.sourceStatus()) && a.kind() == b.kind()
                && a.numerator().equals(b.numerator()) && Objects.equals(a.denominator(), b.denominator())
                && a.factor().compareTo(b.factor()) == 0 && a.unit().equals(b.unit())
                && a.direction().equals(b.direction()) && a.lowestLevel() == b.lowestLevel()
                && a.settings().equals(b.settings());
    }

    private static Object required(Map<String, Object> doc, String key) {
        Object v = doc.get(key);
        if (v == null) {
            throw new IllegalStateException("missing '" + key + "'");
        }
        return v;
    }

    private static String string(Map<String, Object> doc, String key) {
        return String.valueOf(required(doc, key)).strip();
    }

    private static String describe(RuntimeException e) {
        return e instanceof UserError u ? u.messageKey() + " " + java.util.Arrays.toString(u.args()) : e.getMessage();
    }
}
