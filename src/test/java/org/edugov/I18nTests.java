package org.edugov;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key exists in both languages, and every literal key the code and templates use exists:
 * a missing key would show "??key??" to a user.
 */
class I18nTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> zh = load("messages_zh_CN.properties").stringPropertyNames();
        Set<String> en = load("messages_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(zh)).isEqualTo(new TreeSet<>(en));
        assertThat(zh).hasSizeGreaterThan(100);
    }

    @Test
    void literalKeysInTemplatesExist() throws IOException {
        Set<String> keys = load("messages_zh_CN.properties").stringPropertyNames();
        Set<String> used = scan(RESOURCES.resolve("templates"), ".html", Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]"));
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    @Test
    void literalKeysInCodeExist() throws IOException {
        Set<String> keys = load("messages_zh_CN.properties").stringPropertyNames();
        Set<String> used = scan(SOURCES, ".java", Pattern.compile(
                "(?:UserError\\.\\w+|SpreadsheetException|Optional\\.of|ImportError\\(\\w+(?:\\.\\w+\\(\\))?, \"\\w*\","
                        + "|addFlashAttribute\\(\"noticeKey\",|getMessage\\()\\s*\\(?\"([a-z][\\w.]*\\w)\""));
        assertThat(used).contains("org.unit.notFound", "password.tooShort", "import.file.oldExcel");
        assertThat(keys).containsAll(used);
    }

    private static Set<String> scan(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(name)), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
