package org.edugov.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LanguageBrowserTest extends BrowserSupport {

    @Test
    void englishChosenOnTheLoginPageLastsThroughSignInUntilChineseIsChosen() {
        page.navigate(url("/login"));
        assertThat(page.locator("#login-submit")).hasText("登录");

        page.locator("#lang-en").click();
        page.waitForURL(url("/login?lang=en"));
        assertThat(page.locator("#login-submit")).hasText("Sign in");
        assertThat(page.locator("label[for=username]")).hasText("Username");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.context().cookies()).extracting(c -> c.name).contains("EDUGOV_LANG");
        screenshot(page, "login-en");

        login(page, "city_admin");
        assertThat(page.locator("#home-role")).hasText("City bureau admin");
        assertThat(page.locator("#home-org")).hasText("示范市");
        assertThat(page.locator("#menu")).containsText("Home");
        screenshot(page, "home-en");

        page.locator("#lang-zh").click();
        page.waitForURL(url("/?lang=zh-CN"));
        assertThat(page.locator("#home-role")).hasText("市局管理员");
        page.navigate(url("/"));
        assertThat(page.locator("#home-role")).hasText("市局管理员");
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
    }

    @Test
    void anEnglishBrowserWithoutTheCookieGetsEnglish() {
        Page english = newPage("en-US");
        english.navigate(url("/login"));

        assertThat(english.locator("#login-submit")).hasText("Sign in");
        assertThat(english.locator("#lang-en")).hasClass(Pattern.compile("\\bactive\\b"));
        assertThat(english.context().cookies()).extracting(c -> c.name).doesNotContain("EDUGOV_LANG");
    }
}
