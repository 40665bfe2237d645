package org.edugov.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.edugov.indicator.SmallCity;
import org.edugov.org.CurrentUser;
import org.edugov.org.UserAccountService;
import org.edugov.org.UserCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A city bureau loads a plan and publishes it; a visitor who never signs in finds it among the published plans,
 * reads targets, chart and accepted progress in Chinese and English, and gets the PDF.
 */
class PublicReportBrowserTest extends BrowserSupport {

    @Autowired
    SmallCity city;

    @Autowired
    UserAccountService accounts;

    @Test
    void theBureauPublishesAndAVisitorReadsThePlanAndItsPdf() throws IOException {
        city.ensure();
        accounts.create(CurrentUser.system(), new UserCommand("public_city", "公开报告测试市教育局",
                unitId(SmallCity.CITY), accounts.roleByCode("CITY_ADMIN").orElseThrow().id(), null, true, List.of(),
                "city2026pass"), false);
        login(page, "public_city", "city2026pass");
        page.navigate(url("/plans"));
        page.locator("#templateCode").selectOption("PANJIN_14TH_FYP");
        page.locator("#plan-org").selectOption(String.valueOf(unitId(SmallCity.CITY)));
        page.locator("#plan-load-submit").click();
        page.waitForURL(Pattern.compile(Pattern.quote(url("/plans/")) + "\\d+$"));
        long plan = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
        assertThat(page.locator("#plan-published")).hasText("未发布");
        page.locator("#plan-publish").click();
        assertThat(page.locator("#plan-published")).hasText("已发布");
        assertThat(page.locator("#plan-publish")).hasText("撤回公开");
        screenshot(page, "public-report-bureau-published");
        long task = jdbc.sql("SELECT id FROM plan.task WHERE plan_id = :p ORDER BY sort LIMIT 1").param("p", plan)
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO plan.progress_report (plan_id, task_id, county_code, period, percent, narrative, public_text,
                                                  state, submitted_by, submitted_unit, reviewed_by, reviewed_at)
                SELECT plan_id, id, '459800', '2026Q3', 60, '内部说明', '新建幼儿园两所已开工建设', 'ACCEPTED',
                       'public_city', :unit, 'public_city', now() FROM plan.task WHERE id = :task""")
                .param("task", task).param("unit", unitId(SmallCity.CITY)).update();
        jdbc.sql("UPDATE plan.task SET percent_done = 60 WHERE id = :task").param("task", task).update();

        Page visitor = newPage("zh-CN");
        visitor.navigate(url("/public/plans"));
        visitor.locator("#public-plans a[data-plan='" + plan + "']").click();
        assertThat(visitor.locator("#public-title")).hasText("盘锦市“十四五”教育事业发展规划");
        assertThat(visitor.locator("#public-chart canvas")).hasCount(1);
        assertThat(visitor.locator(".public-tasks").first()).containsText("新建幼儿园两所已开工建设");
        assertThat(visitor.locator("body")).not().containsText("内部说明");
        assertThat(visitor.locator("#logout")).hasCount(0);
        screenshot(visitor, "public-report-zh");
        APIResponse pdf = visitor.request().get(url("/public/plans/" + plan + ".pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        Files.write(Files.createDirectories(Path.of("target", "screenshots")).resolve("public-report.pdf"), pdf.body());
        visitor.locator("#lang-en").click();
        assertThat(visitor.locator("#public-summary")).containsText("Targets");
        assertThat(visitor.locator("#public-pdf")).hasText("Download the PDF report");
        screenshot(visitor, "public-report-en");


        visitor.navigate(url("/public/plans/" + (plan + 100_000)));
        assertThat(visitor.locator("#public-error")).containsText("This plan does not exist or has not been published.");
        screenshot(visitor, "public-report-not-found-en");
    }
}
