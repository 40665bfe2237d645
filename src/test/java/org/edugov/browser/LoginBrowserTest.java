package org.edugov.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LoginBrowserTest extends BrowserSupport {

    @Test
    void wrongPasswordIsRefusedInChinese() {
        page.navigate(url("/login"));
        assertThat(page).hasTitle(Pattern.compile("^登录 · "));
        page.locator("#username").fill("city_viewer");
        page.locator("#password").fill("not-the-password1");
        page.locator("#login-submit").click();

        page.waitForURL(url("/login?error"));
        assertThat(page.locator("#login-error")).hasText("用户名或密码错误。");
        assertThat(page.locator("#login-submit")).hasText("登录");
        screenshot(page, "login-zh");
    }

    @Test
    void signInLandsOnHomeWithOrgAndRole() {
        login(page, "city_admin");

        assertThat(page.locator("#home-org")).hasText("示范市");
        assertThat(page.locator("#home-role")).hasText("市局管理员");
        assertThat(page.locator("#menu")).containsText("组织机构");
        assertThat(page.locator("#login-form")).hasCount(0);
        screenshot(page, "home-city-admin-zh");
    }

    @Test
    void signOutShowsTheSignedOutNoticeAndEndsTheSession() {
        login(page, "city_admin");

        page.locator("#user-menu").click();
        page.locator("#logout").click();
        page.waitForURL(Pattern.compile(Pattern.quote(url("/login")) + "\\?.*"));
        assertThat(page.locator("#login-logout")).hasText("您已安全退出。");
        assertThat(page.locator("#login-expired")).hasCount(0);

        page.navigate(url("/"));
        page.waitForURL(Pattern.compile(Pattern.quote(url("/login")) + "(\\?expired)?$"));
        assertThat(page.locator("#login-form")).isVisible();
    }
}
