package org.edugov.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * A city bureau loads a plan, is refused a target comparator against its indicator's direction, gives a task a
 * new deadline and the lead the plan names, and assigns that lead to the department's org unit for all its tasks;
 * then the same pages in English.
 */
class PlanEditorBrowserTest extends BrowserSupport {

    @Test
    void aBureauEditsATaskAndAssignsItsLeadToADepartment() {
        login(page, "city_admin");
        page.navigate(url("/plans"));
        page.locator("#templateCode").selectOption("PINGDINGSHAN_2024");
        page.locator("#plan-org").selectOption(new SelectOption().setLabel("示范市"));
        page.locator("#plan-load-submit").click();
        page.locator("#plan-edit").click();
        assertThat(page.locator("#edit-header")).containsText("2024–2027");
        long plan = Long.parseLong(page.url().replaceAll(".*/plans/(\\d+)/edit$", "$1"));
        screenshot(page, "plan-editor-home");

        page.locator(".edit-target[data-code=G1T5] a").click();
        page.locator("#comparator").selectOption("<=");
        page.locator("#save").click();
        assertThat(page.locator("#form-error")).containsText("越高越好，目标不能写成“≤”");
        screenshot(page, "plan-editor-target-refused");
        page.locator("#target-form a.btn-link").click();

        Locator task = page.locator(".edit-task[data-code=A1K2]");
        task.locator("a").click();
        assertThat(page.locator("#deadline")).hasValue("2025-12-31");
        page.locator("#deadline").fill("2025-06-30");
        page.locator("#leadName").fill("市发展改革委");
        screenshot(page, "plan-editor-task");
        page.locator("#save").click();
        assertThat(page.locator("#notice")).hasText("已保存。");
        assertThat(task).containsText("2025-06-30");
        assertThat(task).containsText("未对应机构");

        page.locator("#plan-leads").click();
        Locator group = page.locator(".lead-group[data-lead=市发展改革委]");
        assertThat(group).containsText("1 项未对应");
        group.locator("select.lead-unit").selectOption(new SelectOption().setLabel("示范市发展和改革委员会"));
        group.locator("summary").click();
        assertThat(group.locator(".lead-task[data-code=A1K2]")).isVisible();
        screenshot(page, "plan-leads");
        page.locator("#save").click();
        assertThat(page.locator("#notice")).containsText("1 项任务的牵头单位有变化");
        assertThat(group).containsText("已对应");
        assertThat(jdbc.sql("""
                SELECT u.name || ' ' || k.deadline FROM plan.task k JOIN org.org_unit u ON u.id = k.lead_unit_id
                 WHERE k.plan_id = :p AND k.code = 'A1K2'""").param("p", plan).query(String.class).single())
                .isEqualTo("示范市发展和改革委员会 2025-06-30");

        Page en = newPage("en");
        login(en, "city_admin");
        en.navigate(url("/plans/" + plan + "/edit"));
        assertThat(en.locator("#edit-header")).containsText("Plan details");
        screenshot(en, "plan-editor-home-en");
        en.locator(".edit-task[data-code=A1K2] a").click();
        assertThat(en.locator("#deadline")).hasValue("2025-06-30");
        screenshot(en, "plan-editor-task-en");
        en.navigate(url("/plans/" + plan + "/leads"));
        assertThat(en.locator(".lead-group[data-lead=市发展改革委]")).containsText("assigned");
        screenshot(en, "plan-leads-en");
    }
}
