package org.edugov.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UserAdminBrowserTest extends BrowserSupport {

    private static final String COUNTY_1 = "419901";

    @Test
    void aCountyAdminSeesOnlyUsersOfItsCounty() {
        login(page, "county_admin_1");
        page.navigate(url("/org/users"));

        assertThat(page.locator("main h1")).hasText("用户管理");
        List<String> usernames = page.locator("#users tbody td:nth-child(1)").allTextContents();
        assertThat(usernames).contains("county_admin_1", "county_viewer_1", "school_admin_1", "school_admin_2",
                "school_admin_3");
        assertThat(usernames).doesNotContain("admin", "city_admin", "city_viewer", "inspector", "finance",
                "county_admin_2", "county_admin_6");
        assertThat(page.locator("#users tbody td:nth-child(3)").allTextContents()).isNotEmpty()
                .allSatisfy(org -> assertThat(unitNamesUnder(COUNTY_1)).contains(org));
        screenshot(page, "users-county1");
    }

    @Test
    void aCountyAdminCreatesASchoolAdminWhoCanThenSignIn() {
        String username = "xiaoxue_b1";
        String password = "Xuexiao2026ok";
        School school = firstSchoolOf(COUNTY_1);
        login(page, "county_admin_1");
        page.navigate(url("/org/users"));

        page.locator("#new-user").click();
        page.waitForURL(url("/org/users/new"));
        assertThat(page.locator("#user-form")).isVisible();
        List<String> roles = page.locator("#roleId option").allTextContents();
        assertThat(roles).contains("学校管理员", "县局管理员").doesNotContain("市局管理员", "系统管理员");
        List<String> orgs = page.locator("#orgUnitId option").allTextContents();
        assertThat(orgs).anyMatch(o -> o.contains("(" + school.code() + ")"))
                .noneMatch(o -> o.contains("新华区") || o.contains("示范市"));

        page.locator("#username").fill(username);
        page.locator("#displayName").fill("浏览器测试校管");
        page.locator("#orgUnitId").selectOption(String.valueOf(school.id()));
        page.locator("#roleId").selectOption(new SelectOption().setLabel("学校管理员"));
        page.locator("#password").fill("abc12345");
        page.locator("#save").click();

        assertThat(page.locator("#form-error")).hasText("密码至少需要 10 位。");
        assertThat(page.locator("#username")).hasValue(username);
        assertThat(page.locator("#orgUnitId")).hasValue(String.valueOf(school.id()));
        screenshot(page, "user-form-error");
        assertThat(accountsNamed(username)).isZero();

        page.locator("#roleId").selectOption(new SelectOption().setLabel("学校管理员"));
        page.locator("#password").fill(password);
        page.locator("#save").click();

        page.waitForURL(Pattern.compile(Pattern.quote(url("/org/users/")) + "\\d+$"));
        assertThat(page.locator("#notice")).hasText("用户已创建。");
        assertThat(page.locator("#user-details")).containsText(username);
        assertThat(page.locator("#user-details")).containsText(school.name());
        assertThat(page.locator("#user-details")).containsText("学校管理员");
        assertThat(accountsNamed(username)).isOne();

        Page newUser = newPage("zh-CN");
        login(newUser, username, password);
        assertThat(newUser.locator("#home-org")).hasText(school.name());
        assertThat(newUser.locator("#home-role")).hasText("学校管理员");
    }

    private List<String> unitNamesUnder(String code) {
        return jdbc.sql("""
                SELECT u.name FROM org.org_unit u JOIN org.org_unit top ON u.path LIKE top.path || '%'
                 WHERE top.code = :code""").param("code", code).query(String.class).list();
    }

    private School firstSchoolOf(String countyCode) {
        return jdbc.sql("""
                SELECT id, code, name FROM org.org_unit WHERE county_code = :county AND kind = 'SCHOOL' AND active
                 ORDER BY code LIMIT 1""").param("county", countyCode).query(School.class).single();
    }

    private int accountsNamed(String username) {
        return jdbc.sql("SELECT count(*) FROM org.user_account WHERE username = :u").param("u", username)
                .query(Integer.class).single();
    }

    record School(long id, String code, String name) {
    }
}
