package org.edugov.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.edugov.indicator.HistoryRow;
import org.edugov.indicator.IndicatorHistory;
import org.edugov.indicator.SmallCity;
import org.edugov.org.CurrentUser;
import org.edugov.org.UserAccountService;
import org.edugov.org.UserCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A city bureau user loads the 盘锦 plan for its city, opens the plan's tree, goes to a target bound to an
 * indicator (its trend against the target, the counties worst first, on to a county's indicator page), and to the
 * plan's timeline, filtered by status in place; in Chinese and in English.
 */
class PlanViewsBrowserTest extends BrowserSupport {

    private static final String USER = "plan_views_city";
    private static final String PASSWORD = "views2026pass";

    @Autowired
    SmallCity city;

    @Autowired
    UserAccountService accounts;

    @Autowired
    IndicatorHistory history;

    @Test
    void fromThePlanToATargetAndTheTimeline() {
        long plan = loadPlan();
        jdbc.sql("""
                UPDATE plan.task SET deadline = '2027-06-30', lead_name = '市财政局'
                 WHERE plan_id = :p AND code = (SELECT min(code) FROM plan.task WHERE plan_id = :p AND deadline IS NULL)""")
                .param("p", plan).update();

        jdbc.sql("""
                INSERT INTO plan.milestone (target_id, year, value)
                SELECT id, 2023, 48 FROM plan.target WHERE plan_id = :p AND code = 'G1T8'""").param("p", plan).update();

        page.navigate(url("/plans/" + plan));
        assertThat(page.locator("details.plan-action").first()).hasAttribute("open", "");
        assertThat(page.locator("details.plan-action summary .action-count[data-status=OVERDUE]").first()).isVisible();
        page.locator("details.plan-action summary").first().click();
        assertThat(page.locator("details.plan-action").first()).not().hasAttribute("open", "");
        screenshot(page, "plan-tree-zh");

        page.locator(".plan-target-link", new Page.LocatorOptions().setHasText("公办幼儿园在园幼儿率达到55%")).click();
        assertThat(page.locator("#target-requirement")).hasText("≥ 55%");
        assertThat(page.locator("#target-current")).hasText("0.00%");
        assertThat(page.locator("#target-milestones")).hasText("2023: 48%");
        assertThat(page.locator("#target-chart canvas")).hasCount(1);
        assertThat(page.locator("#target-units tbody tr").first()).containsText("乙县");
        assertThat(page.locator("#target-units tbody tr").nth(1)).containsText("甲县");
        screenshot(page, "plan-target-zh");
        page.locator("#target-units a", new Page.LocatorOptions().setHasText("乙县")).click();
        assertThat(page).hasURL(Pattern.compile(
                ".*/indicators/PUBLIC_KG_SHARE\\?orgId=" + unitId(SmallCity.COUNTY_B) + ".*"));
        assertThat(page.locator("#indicator-value")).hasText("0.00%");

        page.navigate(url("/plans/" + plan));
        page.locator("#plan-timeline").click();
        assertThat(page.locator("#timeline-count")).containsText("79");
        assertThat(page.locator(".timeline-overdue").first()).isVisible();
        screenshot(page, "plan-timeline-zh");
        page.locator("#timeline-status").selectOption(new SelectOption().setValue("ON_TRACK"));
        assertThat(page.locator("#timeline-count")).containsText("显示 1 项任务");
        assertThat(page.locator(".timeline-tasks tr")).hasCount(1);
        assertThat(page.locator(".timeline-tasks tr")).containsText("市财政局");
        assertThat(page).hasURL(Pattern.compile(".*/timeline\\?.*status=ON_TRACK.*"));

        Page english = newPage("en");
        login(english, USER, PASSWORD);
        english.navigate(url("/plans/" + plan + "?lang=en"));
        screenshot(english, "plan-tree-en");
        english.locator(".plan-target-link", new Page.LocatorOptions().setHasText("公办幼儿园在园幼儿率达到55%")).click();
        assertThat(english.locator("#target-units")).containsText("Overdue");
        assertThat(english.locator("#target-chart canvas")).hasCount(1);
        screenshot(english, "plan-target-en");
        english.navigate(url("/plans/" + plan + "/timeline"));
        assertThat(english.locator("#timeline-count")).containsText("of 79 tasks shown");
        screenshot(english, "plan-timeline-en");
    }

    /** The small city with three earlier years of 公办园 share, its bureau's account, and the 盘锦 plan loaded by it. */
    private long loadPlan() {
        city.ensure();
        CurrentUser system = CurrentUser.system();
        long cityId = unitId(SmallCity.CITY);
        if (jdbc.sql("SELECT count(*) FROM org.user_account WHERE username = :u").param("u", USER).query(Integer.class)
                .single() == 0) {
            accounts.create(system, new UserCommand(USER, "引擎测试市教育局", cityId,
                    accounts.roleByCode("CITY_ADMIN").orElseThrow().id(), null, true, List.of(), PASSWORD), false);
        }
        login(page, USER, PASSWORD);
        Assertions.assertThat(history.importRows(system, List.of(
                new HistoryRow(2, "PUBLIC_KG_SHARE", SmallCity.CITY, 2023, new BigDecimal("5"), new BigDecimal("40")),
                new HistoryRow(3, "PUBLIC_KG_SHARE", SmallCity.CITY, 2024, new BigDecimal("8"), new BigDecimal("40")),
                new HistoryRow(4, "PUBLIC_KG_SHARE", SmallCity.CITY, 2025, new BigDecimal("10"), new BigDecimal("40")))))
                .isEmpty();
        page.navigate(url("/plans"));
        page.locator("#templateCode").selectOption(new SelectOption().setValue("PANJIN_14TH_FYP"));
        page.locator("#plan-org").selectOption(new SelectOption().setValue(String.valueOf(cityId)));
        page.locator("#plan-load-submit").click();
        page.waitForURL(Pattern.compile(Pattern.quote(url("/plans/")) + "\\d+$"));
        assertThat(page.locator("#plan-title")).hasText("盘锦市“十四五”教育事业发展规划");
        return Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
    }
}
