package org.edugov.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.edugov.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * The demo city's 财政局 user reports progress with a PDF on the task its unit leads; the city bureau returns it with
 * a comment, the user reports again, the bureau accepts, and the plan page shows the accepted progress.
 */
class ProgressBrowserTest extends BrowserSupport {

    @Test
    void aDepartmentReportsTheBureauReturnsThenAccepts() {
        Page admin = newPage("zh-CN");
        login(admin, "city_admin");
        long plan = loadPlan(admin);
        long task = jdbc.sql("SELECT id FROM plan.task WHERE plan_id = :p ORDER BY sort LIMIT 1").param("p", plan)
                .query(Long.class).single();
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        jdbc.sql("UPDATE plan.plan SET period_from = :from, period_to = :to WHERE id = :id").param("from", year - 1)
                .param("to", year + 1).param("id", plan).update();
        jdbc.sql("""
                UPDATE plan.task SET lead_name = '市财政局', deadline = :deadline,
                       lead_unit_id = (SELECT id FROM org.org_unit WHERE code = 'CZJ-419900') WHERE id = :id""")
                .param("deadline", LocalDate.of(year + 1, 12, 31)).param("id", task).update();

        login(page, "finance");
        page.locator("#menu a", new Page.LocatorOptions().setHasText("我的任务")).click();
        Locator row = page.locator("#my-tasks tr[data-task='" + task + "']");
        assertThat(row.locator(".report-due")).isVisible();
        screenshot(page, "progress-my-tasks");
        row.locator("a.task-link").click();
        assertThat(page.locator("#task-lead")).hasText("示范市财政局");
        refuseOversizedUpload(plan, task);
        // the browser itself refuses six files before anything is uploaded
        FilePayload[] six = new FilePayload[6];
        for (int i = 0; i < six.length; i++) {
            six[i] = new FilePayload(i + ".pdf", "application/pdf", TestFiles.pdf("x"));
        }
        page.locator("#report-evidence").setInputFiles(six);
        assertThat(page.locator("#report-evidence").evaluate("input => input.validationMessage"))
                .isEqualTo("PDF、JPG、PNG、DOCX、XLSX，每个不超过 10 MB，最多 5 个。");

        report("60", "已拨付首批专项资金，正在组织第二批。");
        assertThat(page.locator("#notice")).hasText("进展已提交，等待审核。");
        screenshot(page, "progress-report-submitted");

        admin.navigate(url("/plans/" + plan));
        admin.locator("#plan-reviews").click();
        Locator waiting = admin.locator("#review-queue .progress-report");
        assertThat(waiting).hasCount(1);
        assertThat(waiting.locator(".report-evidence a")).hasText("进展佐证.pdf");
        waiting.locator("textarea").fill("请补充资金拨付文件的盖章页。");
        screenshot(admin, "progress-review-queue");
        waiting.locator(".review-return").click();
        assertThat(admin.locator("#notice")).hasText("已退回，牵头单位可重新填报。");
        assertThat(admin.locator("#review-queue .progress-report")).hasCount(0);

        page.reload();
        assertThat(page.locator("#report-history .progress-report[data-state='RETURNED'] .review-comment"))
                .hasText("请补充资金拨付文件的盖章页。");
        report("60", "已补充盖章页。");
        assertThat(page.locator("#notice")).isVisible();

        admin.navigate(url("/plans/" + plan + "/reviews"));
        admin.locator("#review-queue .progress-report .review-accept").click();
        assertThat(admin.locator("#notice")).hasText("已通过，任务进度已更新。");
        admin.navigate(url("/plans/" + plan));
        Locator planRow = admin.locator("tr[data-task='" + task + "']");
        assertThat(planRow.locator(".task-percent-done")).hasText("60%");
        assertThat(planRow.locator(".plan-status")).hasText("进度正常");
        assertThat(admin.locator("#plan-reviews")).hasText("审核进展（0）");
        planRow.locator("xpath=ancestor::div[contains(@class, 'card')][1]").screenshot(new Locator.ScreenshotOptions()
                .setPath(Paths.get("target", "screenshots", "progress-plan-accepted-row.png")));

        page.reload();
        assertThat(page.locator("#task-percent .task-percent-value")).hasText("60%");
        assertThat(page.locator("#report-history .progress-report")).hasCount(2);
        screenshot(page, "progress-task-zh");
        page.locator("#lang-en").click();
        assertThat(page.locator("#task-title")).containsText("Task");
        screenshot(page, "progress-task-en");
        admin.locator("#lang-en").click();
        admin.navigate(url("/plans/" + plan + "/reviews"));
        assertThat(admin.locator("#reviews-title")).hasText("Reports to review");
        page.navigate(url("/plans/my-tasks"));
        screenshot(page, "progress-my-tasks-en");
    }

    /** Through the real server, a file over the limit comes back as the form with the message, and nothing is kept. */
    private void refuseOversizedUpload(long plan, long task) {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(TestFiles.pdf("x"), 0, big, 0, 8);
        String token = page.locator("meta[name=_csrf]").getAttribute("content");
        String header = page.locator("meta[name=_csrf_header]").getAttribute("content");
        APIResponse response = page.request().post(url("/plans/" + plan + "/tasks/" + task + "/reports"),
                RequestOptions.create().setHeader(header, token).setMultipart(FormData.create()
                        .set("period", page.locator("#report-period").inputValue()).set("percent", "10")
                        .set("narrative", "过大").set("publicText", "")
                        .set("evidence", new FilePayload("big.pdf", "application/pdf", big))));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("文件“big.pdf”超过 10 MB 的上限。");
        assertThat(jdbc.sql("SELECT count(*) FROM plan.progress_report WHERE task_id = :t").param("t", task)
                .query(Integer.class).single()).isZero();
    }

    private void report(String percent, String narrative) {
        page.locator("#report-percent").fill(percent);
        page.locator("#report-narrative").fill(narrative);
        page.locator("#report-public").fill("专项资金已按计划拨付。");
        page.locator("#report-evidence").setInputFiles(new FilePayload("进展佐证.pdf", "application/pdf",
                TestFiles.pdf("Progress evidence")));
        page.locator("#report-submit").click();
    }

    /** Loads the 平顶山 template for the demo city on the plans page; returns the new plan's id. */
    private long loadPlan(Page admin) {
        admin.navigate(url("/plans"));
        admin.locator("#templateCode").selectOption("PINGDINGSHAN_2024");
        admin.locator("#plan-org").selectOption(String.valueOf(unitId("419900")));
        admin.locator("#plan-load-submit").click();
        admin.waitForURL(Pattern.compile(Pattern.quote(url("/plans/")) + "\\d+$"));
        return Long.parseLong(admin.url().substring(admin.url().lastIndexOf('/') + 1));
    }
}
