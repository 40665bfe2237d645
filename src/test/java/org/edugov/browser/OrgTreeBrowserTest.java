package org.edugov.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

class OrgTreeBrowserTest extends BrowserSupport {

    private static final String CITY = "419900";
    private static final String COUNTY_1 = "419901";

    @Test
    void cityAdminExpandsTheTreeOpensATownAndCreatesASchool() {
        Town town = firstTownOf(COUNTY_1);
        String code = "1419901990";
        String name = "浏览器测试新建小学";
        assertThat(unitsNamed(name)).isZero();
        login(page, "city_admin");

        page.navigate(url("/org/units"));
        page.waitForURL(url("/org/units/" + unitId(CITY)));
        assertThat(page.locator("#unit-name")).hasText("示范市");
        assertThat(treeLink(COUNTY_1)).hasCount(0);

        toggle(CITY).click();
        assertThat(treeLink(COUNTY_1)).hasText("城关区");
        assertThat(treeLink(town.code())).hasCount(0);
        toggle(COUNTY_1).click();
        assertThat(treeLink(town.code())).hasText(town.name());
        assertThat(toggle(COUNTY_1)).hasText("▾");
        screenshot(page, "org-tree-city");

        treeLink(town.code()).click();
        page.waitForURL(url("/org/units/" + unitId(town.code())));
        assertThat(page.locator("#unit-name")).hasText(town.name());
        assertThat(page.locator("#breadcrumbs")).containsText("城关区");

        page.locator("#add-child").click();
        page.locator(".dropdown-menu a.dropdown-item", new Page.LocatorOptions().setHasText("学校")).first().click();
        assertThat(page.locator("#unit-form")).isVisible();
        assertThat(page.locator("main")).containsText("上级机构：" + town.name());
        page.locator("#code").fill(code);
        page.locator("#name").fill(name);
        page.locator("#schoolType").selectOption("211");
        page.locator("#save").click();

        page.waitForURL(unitPage());
        assertThat(page.locator("#notice")).hasText("机构已创建。");
        assertThat(page.locator("#unit-name")).hasText(name);
        assertThat(page.locator("#unit-details")).containsText(code);
        assertThat(page.locator("#breadcrumbs")).containsText(town.name());
        assertThat(page.url()).endsWith("/org/units/" + unitId(code));
    }

    @Test
    void aMalformedCodeShowsTheErrorAndCreatesNothing() {
        Town town = firstTownOf(COUNTY_1);
        String name = "浏览器测试坏代码小学";
        login(page, "city_admin");

        page.navigate(url("/org/units/new?parentId=" + unitId(town.code()) + "&kind=SCHOOL"));
        page.locator("#code").fill("14199019");
        page.locator("#name").fill(name);
        page.locator("#schoolType").selectOption("211");
        page.locator("#save").click();

        assertThat(page.locator("#form-error")).hasText("代码“14199019”不是有效的学校标识码（10 位数字）。");
        assertThat(page.locator("#unit-form")).isVisible();
        assertThat(page.locator("#name")).hasValue(name);
        assertThat(page.locator("#notice")).hasCount(0);
        screenshot(page, "org-unit-form-error");
        assertThat(unitsNamed(name)).isZero();
    }

    @Test
    void aCountyAdminNeitherFindsNorOpensAnotherCountysUnits() {
        String otherSchool = firstSchoolCodeOf(COUNTY_1);
        login(page, "county_admin_2");

        page.navigate(url("/org/units"));
        page.waitForURL(url("/org/units/" + unitId("419902")));
        assertThat(page.locator("#unit-name")).hasText("新华区");

        page.locator("#org-search").fill("新华区实验");
        assertThat(page.locator("#search-results a").first()).containsText("新华区实验");
        page.locator("#org-search").fill("城关区");
        assertThat(page.locator("#search-results")).containsText("没有找到匹配的机构。");
        assertThat(page.locator("#search-results a")).hasCount(0);
        page.locator("#org-search").fill(otherSchool);
        assertThat(page.locator("#search-results")).containsText("没有找到匹配的机构。");
        assertThat(page.locator("#search-results a")).hasCount(0);

        Response response = page.navigate(url("/org/units/" + unitId(otherSchool)));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("#error-message")).hasText("机构不存在，或不在您的数据权限范围内。");
        assertThat(page.locator("main h1")).hasText("出错了（404）");
        screenshot(page, "org-county2-denied");
    }

    @Test
    void theErrorPageKeepsTheUserMenuSoOneCanStillSignOut() {
        login(page, "city_admin");

        Response response = page.navigate(url("/org/units/" + Long.MAX_VALUE));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("#error-message")).hasText("机构不存在，或不在您的数据权限范围内。");
        assertThat(page.locator("#user-menu")).hasText("示范市教育局管理员");
        assertThat(page.locator("#org-switcher")).isVisible();
    }

    private Locator treeLink(String code) {
        return page.locator("#org-tree a[data-unit-code='" + code + "']");
    }

    private Locator toggle(String code) {
        return page.locator("#org-tree div:has(> a[data-unit-code='" + code + "']) > button.app-tree-toggle");
    }

    private Town firstTownOf(String countyCode) {
        return jdbc.sql("""
                SELECT t.code, t.name FROM org.org_unit t JOIN org.org_unit c ON t.parent_id = c.id
                 WHERE c.code = :county AND t.kind = 'TOWN' AND t.active ORDER BY t.code LIMIT 1""")
                .param("county", countyCode).query(Town.class).single();
    }

    private String firstSchoolCodeOf(String countyCode) {
        return jdbc.sql("""
                SELECT code FROM org.org_unit WHERE county_code = :county AND kind = 'SCHOOL' AND active
                 ORDER BY code LIMIT 1""").param("county", countyCode).query(String.class).single();
    }

    record Town(String code, String name) {
    }
}
