package org.edugov.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrator loads the 港南区 plan (its deadlines of 2020 long past), checks it now, finds the red cards on
 * the card board and records a 约谈; the county bureau then sees the notifications behind its bell.
 */
class CardsBrowserTest extends BrowserSupport {

    @Autowired
    Clock clock;

    @Test
    void aReviewerChecksARecordsTheInterviewAndTheCountySeesItsNotifications() {
        login(page, "admin");
        page.navigate(url("/plans"));
        page.locator("#templateCode").selectOption("GANGNAN_2018");
        page.locator("#plan-org").selectOption(String.valueOf(unitId("419901")));
        page.locator("#plan-load-submit").click();
        page.waitForURL(Pattern.compile(Pattern.quote(url("/plans/")) + "\\d+$"));
        long plan = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
        int overdue = jdbc.sql("SELECT count(*) FROM plan.task WHERE plan_id = :p AND deadline < :today")
                .param("p", plan).param("today", LocalDate.now(clock)).query(Integer.class).single();

        page.locator("#plan-cards").click();
        assertThat(page.locator("#card-counts")).hasAttribute("data-red", "0");
        page.locator("#supervision-run").click();
        assertThat(page.locator("#supervision-result")).containsText("新发红牌 " + overdue + " 张");
        assertThat(page.locator("#current-cards tr[data-colour=RED]")).hasCount(overdue);
        assertThat(page.locator("#current-cards")).containsText("超过时限未完成");
        screenshot(page, "plan-cards");

        page.locator("#plan-rules-link").click();
        page.locator("#reportGraceDays").fill("95");
        page.locator("#rules-save").click();
        assertThat(page.locator("#form-error")).hasText("报告宽限天数须为 0 到 90 之间的整数。");
        screenshot(page, "plan-rules-error");

        long card = jdbc.sql("SELECT id FROM plan.card WHERE plan_id = :p AND colour = 'RED' ORDER BY id LIMIT 1")
                .param("p", plan).query(Long.class).single();
        page.navigate(url("/plans/interviews"));
        Locator row = page.locator("#pending-interviews tr[data-card=\"" + card + "\"]");
        row.locator("textarea[name=note]").fill("约谈区教育局分管负责人，要求年底前报送整改方案");
        row.locator("button[type=submit]").click();
        assertThat(page.locator("#notice")).hasText("约谈已记录。");
        assertThat(page.locator("#recorded-interviews tr[data-card=\"" + card + "\"]")).containsText("年底前报送整改方案");
        assertThat(page.locator("#pending-interviews tr[data-card=\"" + card + "\"]")).hasCount(0);
        screenshot(page, "plan-interviews");

        Page county = newPage("zh-CN");
        login(county, "county_admin_1");
        int unread = jdbc.sql("SELECT count(*) FROM plan.notification WHERE org_unit_id = :u AND read_at IS NULL")
                .param("u", unitId("419901")).query(Integer.class).single();
        assertThat(county.locator("#notification-count")).hasText(unread > 99 ? "99+" : String.valueOf(unread));
        county.locator("#notification-bell").click();
        assertThat(county.locator("#notifications .notification-unread").first()).containsText("被亮红牌");
        assertThat(county.locator("#notification-count")).isVisible();
        screenshot(county, "notifications");
        county.locator("#notifications-read button").click();
        assertThat(county.locator("#notifications .notification-unread")).hasCount(0);
        assertThat(county.locator("#notification-count")).hasCount(0);

        Page english = newPage("en");
        login(english, "admin");
        english.navigate(url("/plans/" + plan + "/cards"));
        assertThat(english.locator("#current-cards")).containsText("Deadline passed, not done");
        screenshot(english, "plan-cards-en");
        english.navigate(url("/plans/" + plan + "/rules"));
        assertThat(english.locator("#rules-form")).containsText("Grace days for reports");
        screenshot(english, "plan-rules-en");
        english.navigate(url("/plans/interviews"));
        screenshot(english, "plan-interviews-en");
        Page countyEnglish = newPage("en");
        login(countyEnglish, "county_admin_1");
        countyEnglish.navigate(url("/notifications"));
        assertThat(countyEnglish.locator("#notifications")).containsText("got a red card");
        assertThat(countyEnglish.locator("#notification-bell")).isVisible();
        screenshot(countyEnglish, "notifications-en");
        countyEnglish.navigate(url("/plans/" + plan));
        assertThat(countyEnglish.locator(".plan-card[data-card=RED]")).hasCount(overdue);
        screenshot(countyEnglish, "plan-with-cards-en");
    }
}
