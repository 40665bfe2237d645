package org.edugov.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.edugov.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The running application in Debian's Chromium: one browser per test class, a fresh context (cookies,
 * zh-CN Accept-Language, 1366×850) per test, sign-in as a demo account, and screenshots under
 * target/screenshots. A failing test leaves a FAILED-… screenshot of the page it was on.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserSupport {

    static final String DEMO_PASSWORD = "edugov2026demo";
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Playwright playwright;
    private Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    /** The page of the test's first context, opened before each test. */
    Page page;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            screenshot(page, "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
    };

    @BeforeAll
    void launchBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        page = newPage("zh-CN");
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        page = null;
    }

    /** A page in a new context of its own (no cookies) whose browser asks for {@code locale}. */
    Page newPage(String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(locale)
                .setViewportSize(1366, 850)
                .setAcceptDownloads(true));
        context.setDefaultTimeout(30_000);
        contexts.add(context);
        return context.newPage();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void login(Page page, String username) {
        login(page, username, DEMO_PASSWORD);
    }

    /** Signs in through the login form and waits for the home page. */
    void login(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#login-submit").click();
        page.waitForURL(url("/"));
        assertThat(page.locator("#home-org")).isVisible();
    }

    static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** The URL pattern of the page of one org unit, e.g. /org/units/42. */
    Pattern unitPage() {
        return Pattern.compile(Pattern.quote(url("/org/units/")) + "\\d+$");
    }

    long unitId(String code) {
        return jdbc.sql("SELECT id FROM org.org_unit WHERE code = :code").param("code", code)
                .query(Long.class).single();
    }

    int unitsNamed(String name) {
        return jdbc.sql("SELECT count(*) FROM org.org_unit WHERE name = :name").param("name", name)
                .query(Integer.class).single();
    }
}
