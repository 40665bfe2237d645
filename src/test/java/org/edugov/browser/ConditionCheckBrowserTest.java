package org.edugov.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import java.time.ZoneId;
import org.assertj.core.api.Assertions;
import org.edugov.TestFiles;
import org.edugov.TestUsers;
import org.edugov.org.OrgDirectory;
import org.edugov.plan.Plans;
import org.edugov.shared.DataScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The city bureau checks the conditions of a qualitative target of the 盘锦 plan on the target's page: one met with a
 * PDF as evidence, one not met, a note left out (refused, the form comes back), then met; the target turns DONE and
 * the plan page shows it; in Chinese and in English.
 */
class ConditionCheckBrowserTest extends BrowserSupport {

    @Autowired
    Plans plans;

    @Autowired
    TestUsers users;

    @Autowired
    OrgDirectory directory;

    @Test
    void theBureauChecksEveryConditionAndTheTargetIsDone() {
        long orgId = directory.findByCode(DataScope.all(0), "419900").orElseThrow().id();
        long plan = plans.load(users.current("city_admin"), "PANJIN_14TH_FYP", orgId);
        long target = jdbc.sql("SELECT id FROM plan.target WHERE plan_id = :p AND code = 'G1T1'").param("p", plan)
                .query(Long.class).single();
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        jdbc.sql("UPDATE plan.target SET conditions = :c, due_year = :y WHERE id = :t")
                .param("c", new String[] {"建立控辍保学工作制度并印发实施", "落实专项经费"}).param("y", year)
                .param("t", target).update();

        login(page, "city_admin");
        page.navigate(url("/plans/" + plan + "/targets/" + target));
        assertThat(page.locator("#target-status .plan-status")).hasText("有风险");
        assertThat(page.locator("#conditions-summary")).hasText("已达成 0/2 项");

        Locator first = page.locator("#condition-0");
        first.locator("summary").click();
        first.locator("#condition-0-met").check();
        first.locator("#condition-0-note").fill("市政府办公室已印发《控辍保学工作制度》，各县区已转发执行。");
        first.locator("#condition-0-evidence").setInputFiles(new FilePayload("制度文件.pdf", "application/pdf",
                TestFiles.pdf("Policy document")));
        first.locator(".condition-submit").click();
        assertThat(page.locator("#notice")).hasText("核查已记录。");
        assertThat(page.locator("#condition-0")).hasAttribute("data-check", "MET");
        assertThat(page.locator("#condition-0 .condition-evidence")).containsText("制度文件.pdf");
        Download download = page.waitForDownload(() -> page.locator("#condition-0 .condition-evidence").click());
        Assertions.assertThat(download.suggestedFilename()).isEqualTo("制度文件.pdf");

        Locator second = page.locator("#condition-1");
        second.locator("summary").click();
        second.locator("#condition-1-not-met").check();
        second.locator("#condition-1-note").fill("经费预算已报送财政局，尚未下达。");
        second.locator(".condition-submit").click();
        assertThat(page.locator("#condition-1")).hasAttribute("data-check", "NOT_MET");
        assertThat(page.locator("#conditions-summary")).hasText("已达成 1/2 项");
        assertThat(page.locator("#target-status .plan-status")).hasText("有风险");
        screenshot(page, "condition-check-partly-zh");

        // without a note the browser itself refuses; through the server the form comes back open with the message
        page.locator("#condition-1 summary").click();
        page.locator("#condition-1-met").check();
        page.locator("#condition-1-note").evaluate("n => n.removeAttribute('required')");
        page.locator("#condition-1 .condition-submit").click();
        assertThat(page.locator("#form-error")).hasText("请填写核查说明。");
        assertThat(page.locator("#condition-1-note")).isVisible();
        assertThat(page.locator("#condition-1-met")).isChecked();

        page.locator("#condition-1-note").fill("专项经费 300 万元已下达。");
        page.locator("#condition-1 .condition-submit").click();
        assertThat(page.locator("#target-status .plan-status")).hasText("已完成");
        assertThat(page.locator("#conditions-summary")).hasText("已达成 2/2 项");
        assertThat(page.locator("#condition-1 .condition-note")).hasText("专项经费 300 万元已下达。");
        screenshot(page, "condition-check-done-zh");

        page.navigate(url("/plans/" + plan));
        assertThat(page.locator("tr[data-code=G1T1] .plan-status")).hasText("已完成");

        page.navigate(url("/plans/" + plan + "/targets/" + target));
        page.locator("#lang-en").click();
        assertThat(page.locator("#conditions-summary")).hasText("2 of 2 met");
        assertThat(page.locator("#target-status .plan-status")).hasText("Done");
        page.locator("#condition-0 summary").click();
        screenshot(page, "condition-check-done-en");
    }
}
