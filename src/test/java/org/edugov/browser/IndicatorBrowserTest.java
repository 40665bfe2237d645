package org.edugov.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.edugov.indicator.SmallCity;
import org.edugov.org.CurrentUser;
import org.edugov.org.UserAccountService;
import org.edugov.org.UserCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A city bureau user goes from the key indicators on the home page to the city's 大班额比例, down through
 * county, town and school to the exact classes counted, and to the (masked) pupils behind a ratio.
 */
class IndicatorBrowserTest extends BrowserSupport {

    @Autowired
    SmallCity city;

    @Autowired
    UserAccountService accounts;

    @Test
    void fromTheDashboardDownToTheClassesAndPupilsBehindANumber() {
        city.ensure();
        long cityId = jdbc.sql("SELECT id FROM org.unit_scope WHERE code = :c").param("c", SmallCity.CITY)
                .query(Long.class).single();
        accounts.create(CurrentUser.system(), new UserCommand("indicator_city", "引擎测试市教育局", cityId,
                accounts.roleByCode("CITY_ADMIN").orElseThrow().id(), null, true, List.of(), "city2026pass"), false);

        login(page, "indicator_city", "city2026pass");
        assertThat(page.locator("#key-indicators")).containsText("大班额比例（义务教育）");
        screenshot(page, "indicator-home");
        page.locator("#key-indicators a", new Page.LocatorOptions().setHasText("大班额比例（义务教育）")).click();
        assertThat(page.locator("#indicator-value")).hasText("50.00%");
        assertThat(page.locator("#children-chart canvas")).hasCount(1);
        screenshot(page, "indicator-city");

        page.locator("#indicator-children a", new Page.LocatorOptions().setHasText("甲县")).click();
        assertThat(page.locator("#indicator-value")).hasText("33.33%");
        page.locator("#indicator-children a", new Page.LocatorOptions().setHasText("甲一镇")).click();
        assertThat(page.locator("#indicator-value")).hasText("50.00%");
        page.locator("#indicator-children a", new Page.LocatorOptions().setHasText("甲一小学")).click();
        assertThat(page.locator("#indicator-numerator")).hasText("1");
        page.locator(".drill-numerator").first().click();
        assertThat(page.locator("#records tbody tr")).hasCount(1);
        assertThat(page.locator("#records")).containsText("一年级(1)班");
        assertThat(page.locator("#records")).containsText("56");
        screenshot(page, "indicator-records-classes");

        page.navigate(url("/indicators"));
        page.locator("#indicator-catalog a", new Page.LocatorOptions().setHasText("生师比（小学）")).click();
        assertThat(page.locator("#indicator-value")).hasText("18.36:1");
        page.locator("#indicator-children a", new Page.LocatorOptions().setHasText("甲县")).click();
        page.locator("#indicator-children a", new Page.LocatorOptions().setHasText("甲二镇")).click();
        page.locator("#indicator-children a", new Page.LocatorOptions().setHasText("甲二小学")).click();
        page.locator(".drill-numerator").first().click();
        assertThat(page.locator("#records tbody tr")).hasCount(30);
        assertThat(page.locator("#records")).containsText("测***");
        assertThat(page.locator("#records")).not().containsText("测试学生");
        screenshot(page, "indicator-records-pupils");
    }
}
