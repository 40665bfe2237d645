package org.edugov.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.edugov.TestUsers;
import org.edugov.plan.Plans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 分解到县: the city bureau opens a 盘锦 plan of the demo city, breaks it down for two of its six counties, opens a
 * county plan (linked back to the city plan) and the city target with the county targets; the county's admin sees
 * its county plan with the city plan named but not linked; in Chinese and in English.
 */
class PlanBreakdownBrowserTest extends BrowserSupport {

    @Autowired
    Plans plans;

    @Autowired
    TestUsers users;

    @Test
    void theCityBureauBreaksItsPlanDownAndOpensACountyPlan() {
        long plan = plans.load(users.current("city_admin"), "PANJIN_14TH_FYP", unitId("419900"));
        login(page, "city_admin");
        page.navigate(url("/plans/" + plan));
        assertThat(page.locator("#plan-children-none")).isVisible();
        page.locator("#plan-breakdown").click();

        Locator rows = page.locator("#breakdown-counties tbody tr");
        assertThat(rows).hasCount(6);
        assertThat(page.locator("#breakdown-counties input:checked")).hasCount(6);
        for (String county : new String[] {"东山县", "西河县", "南湖县", "北岭县"}) {
            page.getByLabel(county, new Page.GetByLabelOptions().setExact(true)).uncheck();
        }
        screenshot(page, "plan-breakdown-form-zh");
        page.locator("#breakdown-submit").click();
        assertThat(page.locator("#notice")).hasText("已创建县级分解方案。");
        assertThat(page.locator("a.breakdown-existing")).hasCount(2);
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("城关区")).locator("input")).isDisabled();
        assertThat(page.locator("#breakdown-counties input:checked")).hasCount(4);
        screenshot(page, "plan-breakdown-done-zh");

        page.locator("a.breakdown-existing", new Page.LocatorOptions().setHasText("城关区")).click();
        assertThat(page.locator("#plan-title")).hasText("盘锦市“十四五”教育事业发展规划·城关区分解方案");
        assertThat(page.locator("#plan-parent a")).hasText("盘锦市“十四五”教育事业发展规划");
        assertThat(page.locator("#plan-breakdown")).hasCount(0);
        screenshot(page, "plan-breakdown-county-zh");
        page.locator("#plan-parent a").click();
        assertThat(page).hasURL(url("/plans/" + plan));
        assertThat(page.locator("#plan-children tbody tr")).hasCount(2);
        screenshot(page, "plan-breakdown-city-zh");

        page.locator(".plan-target-link", new Page.LocatorOptions().setHasText("公办幼儿园在园幼儿率达到55%")).click();
        assertThat(page.locator("#target-counties tbody tr")).hasCount(2);
        assertThat(page.locator("#target-counties tbody tr").first()).containsText("≥ 55%");
        screenshot(page, "plan-breakdown-target-zh");

        Page county = newPage("zh-CN");
        login(county, "county_admin_1");
        county.navigate(url("/plans"));
        county.locator("a", new Page.LocatorOptions().setHasText("城关区分解方案")).first().click();
        assertThat(county.locator("#plan-parent")).containsText("分解自：盘锦市“十四五”教育事业发展规划");
        assertThat(county.locator("#plan-parent a")).hasCount(0);
        assertThat(county.locator("#plan-edit")).isVisible();

        Page english = newPage("en");
        login(english, "city_admin");
        english.navigate(url("/plans/" + plan + "/breakdown?lang=en"));
        assertThat(english.locator("h1")).hasText("Break down to counties");
        assertThat(english.locator("#breakdown-counties")).containsText("Not broken down yet");
        screenshot(english, "plan-breakdown-form-en");
        english.navigate(url("/plans/" + plan));
        assertThat(english.locator("#plan-children")).containsText("城关区");
        screenshot(english, "plan-breakdown-city-en");
        english.locator("#plan-children a").first().click();
        assertThat(english.locator("#plan-parent")).containsText("Breaks down:");
        assertThat(english).hasURL(Pattern.compile(".*/plans/\\d+$"));
        screenshot(english, "plan-breakdown-county-en");
        english.navigate(url("/plans/" + plan));
        english.locator(".plan-target-link", new Page.LocatorOptions().setHasText("公办幼儿园在园幼儿率达到55%")).click();
        assertThat(english.locator("h2", new Page.LocatorOptions().setHasText("County targets"))).isVisible();
        assertThat(english.locator("#target-counties")).containsText("城关区");
        screenshot(english, "plan-breakdown-target-en");
    }
}
