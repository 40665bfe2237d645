package org.edugov.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.edugov.IntegrationTest;
import org.edugov.TestUsers;
import org.edugov.indicator.HistoryRow;
import org.edugov.indicator.IndicatorHistory;
import org.edugov.indicator.SmallCity;
import org.edugov.org.OrgDirectory;
import org.edugov.shared.DataScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The target page (on {@link SmallCity}, whose indicators are computed), the timeline and the overview's action
 * counts: values, ordering, grouping, filters, and not-found for other plans and other scopes.
 */
@IntegrationTest
class PlanViewsTests {

    @Autowired
    PlanLoader loader;

    @Autowired
    TestUsers users;

    @Autowired
    OrgDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SmallCity city;

    @Autowired
    IndicatorHistory history;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void theTargetPageShowsTheTargetItsTrendAndTheCountiesWorstFirst() throws Exception {
        city.ensure();
        // 公办园 share of the small city in earlier years: 12.5%, 20%, 25%
        assertThat(history.importRows(users.current("admin"), List.of(
                new HistoryRow(2, "PUBLIC_KG_SHARE", SmallCity.CITY, 2023, new BigDecimal("5"), new BigDecimal("40")),
                new HistoryRow(3, "PUBLIC_KG_SHARE", SmallCity.CITY, 2024, new BigDecimal("8"), new BigDecimal("40")),
                new HistoryRow(4, "PUBLIC_KG_SHARE", SmallCity.CITY, 2025, new BigDecimal("10"), new BigDecimal("40")))))
                .isEmpty();
        long plan = loader.load(users.current("admin"), "PANJIN_14TH_FYP", id(SmallCity.CITY));
        // G1T8 公办园在园幼儿率 ≥ 55% by 2025, baseline 2020 44.1% (seed 三、发展目标); a milestone for the chart
        long target = target(plan, "G1T8");
        jdbc.sql("INSERT INTO plan.milestone (target_id, year, value) VALUES (:t, 2023, 48)").param("t", target).update();

        String page = body("/plans/" + plan + "/targets/" + target, "admin");
        assertThat(page).contains("公办幼儿园在园幼儿率达到55%").contains("≥ 55%").contains("2020: 44.1%")
                .contains("2023: 48%").contains("三、“十四五”发展目标");
        // the city has only a 民办 kindergarten this year: 0%, and 2025 is past
        assertThat(between(page, "id=\"target-current\"", "</span>")).contains("0.00%");
        assertThat(between(page, "id=\"target-status\"", "</span></span>")).contains("已逾期");
        // the chart runs from the baseline year to this year with the imported history, the target and the points
        String chart = between(page, "data-chart=\"", "\"");
        assertThat(chart).contains("&quot;2020&quot;").contains("&quot;2023&quot;").contains("12.50")
                .contains("20.00").contains("25.00").contains("&quot;targets&quot;:[{").contains("≥ 55% (2025)")
                .contains("基线 44.1").contains("里程碑 48");
        // 乙县 (0%, overdue) before 甲县 (no kindergarten, no value), each linking to its indicator page
        String units = between(page, "id=\"target-units\"", "</table>");
        assertThat(units.indexOf("乙县")).isPositive().isLessThan(units.indexOf("甲县"));
        assertThat(units).contains("data-status=\"OVERDUE\"")
                .contains("/indicators/PUBLIC_KG_SHARE?orgId=" + id(SmallCity.COUNTY_B));
        String servingTask = jdbc.sql("""
                SELECT k.text FROM plan.task k JOIN plan.task_target tt ON tt.task_id = k.id
                 WHERE tt.target_id = :t ORDER BY k.sort LIMIT 1""").param("t", target).query(String.class).single();
        assertThat(between(page, "id=\"target-tasks\"", "</table>")).contains(servingTask);

        String english = body("/plans/" + plan + "/targets/" + target + "?lang=en", "admin");
        assertThat(english).contains("Units below (worst first)").contains(">Overdue<");

        // a qualitative target: its conditions as a checklist, no chart
        String qualitative = body("/plans/" + plan + "/targets/" + target(plan, "G1T1"), "admin");
        assertThat(between(qualitative, "id=\"target-conditions\"", "</ul>")).contains("教育体系更加协调")
                .contains("未核查");
        assertThat(qualitative).doesNotContain("id=\"target-chart\"");

        // the plan page links every target to its page
        assertThat(body("/plans/" + plan, "admin")).contains("/plans/" + plan + "/targets/" + target + "\"");
    }

    @Test
    void aTargetOfAnotherPlanOrOutsideTheScopeIsNotFound() throws Exception {
        long plan = loader.load(users.current("city_admin"), "BAOSHAN_2024", id("419900"));
        long other = loader.load(users.current("city_admin"), "PINGDINGSHAN_2024", id("419900"));
        long target = target(plan, "G1T1");
        assertThat(status("/plans/" + plan + "/targets/" + target, "city_admin")).isEqualTo(200);
        assertThat(status("/plans/" + other + "/targets/" + target, "city_admin")).isEqualTo(404);
        assertThat(status("/plans/" + plan + "/targets/" + target, "county_admin_1")).isEqualTo(404);
        assertThat(status("/plans/" + plan + "/targets/" + target, "finance")).isEqualTo(404);
        assertThat(status("/plans/" + plan + "/targets/999999999", "city_admin")).isEqualTo(404);
        assertThat(status("/plans/999999999/targets/" + target, "city_admin")).isEqualTo(404);
        assertThat(status("/plans/" + plan + "/targets/abc", "city_admin")).isEqualTo(400);
        assertThat(status("/plans/" + plan + "/timeline", "county_admin_1")).isEqualTo(404);
        assertThat(status("/plans/" + plan + "/timeline", "finance")).isEqualTo(404);
        assertThat(status("/plans/abc/timeline", "city_admin")).isEqualTo(400);
    }

    @Test
    void theTimelineGroupsTasksByYearAndQuarterAndFilters() throws Exception {
        long plan = loader.load(users.current("city_admin"), "PINGDINGSHAN_2024", id("419900"));
        List<Long> tasks = jdbc.sql("SELECT id FROM plan.task WHERE plan_id = :p ORDER BY sort").param("p", plan)
                .query(Long.class).list();
        jdbc.sql("UPDATE plan.task SET deadline = NULL, deadline_text = '', lead_name = '', lead_unit_id = NULL "
                + "WHERE plan_id = :p").param("p", plan).update();
        LocalDate future = LocalDate.now().plusYears(2).withMonth(5).withDayOfMonth(20);
        task(tasks.get(0), LocalDate.parse("2025-02-10"), "市财政局", 0);
        task(tasks.get(1), LocalDate.parse("2025-11-30"), "", 0);
        task(tasks.get(2), future, "市财政局", 0);
        task(tasks.get(3), LocalDate.parse("2025-06-30"), "", 100);
        jdbc.sql("UPDATE plan.task SET deadline_text = '持续推进' WHERE id = :k").param("k", tasks.get(4)).update();

        String page = body("/plans/" + plan + "/timeline", "city_admin");
        assertThat(page).contains("2025 年第 1 季度").contains("2025 年第 2 季度").contains("2025 年第 4 季度")
                .contains(future.getYear() + " 年第 2 季度").contains("id=\"timeline-undated\"").contains("持续推进")
                .contains("显示 " + tasks.size() + " 项任务，共 " + tasks.size() + " 项");
        assertThat(page.indexOf("2025 年第 1 季度")).isLessThan(page.indexOf("2025 年第 4 季度"));
        assertThat(page.indexOf(future.getYear() + " 年第 2 季度")).isLessThan(page.indexOf("id=\"timeline-undated\""));
        // the two past deadlines not done are highlighted; the done one is not
        assertThat(page.split("timeline-overdue", -1)).hasSize(3);
        assertThat(page).contains("data-status=\"DONE\"");

        String overdue = body("/plans/" + plan + "/timeline?status=OVERDUE", "city_admin");
        assertThat(overdue).contains("显示 2 项任务").doesNotContain("id=\"timeline-undated\"");
        String finance = body("/plans/" + plan + "/timeline?lead=市财政局&status=", "city_admin");
        assertThat(finance).contains("显示 2 项任务").contains("<option value=\"市财政局\" selected=\"selected\"");
        String fragment = mvc.perform(MockMvcRequestBuilders.get("/plans/" + plan + "/timeline?status=DONE")
                .header("HX-Request", "true").with(users.as("city_admin"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(fragment.trim()).startsWith("<div id=\"timeline\">").doesNotContain("<html").contains("显示 1 项任务");
        MockHttpServletResponse bad = get("/plans/" + plan + "/timeline?status=ENROLLED", "city_admin");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("状态“ENROLLED”无效");

        // the plan page: a timeline button, and each action's header counts its tasks per status
        String show = body("/plans/" + plan, "city_admin");
        assertThat(show).contains("/plans/" + plan + "/timeline\"");
        long action = jdbc.sql("SELECT coalesce(a.parent_id, a.id) FROM plan.task k JOIN plan.action a ON a.id = k.action_id "
                + "WHERE k.id = :k").param("k", tasks.get(0)).query(Long.class).single();
        String code = jdbc.sql("SELECT code FROM plan.action WHERE id = :a").param("a", action).query(String.class).single();
        String header = between(show, "data-code=\"" + code + "\"", "</summary>");
        assertThat(header).contains("data-status=\"OVERDUE\"");
    }

    private void task(long id, LocalDate deadline, String lead, int percent) {
        jdbc.sql("UPDATE plan.task SET deadline = :d, lead_name = :l, percent_done = :p WHERE id = :k")
                .param("d", deadline).param("l", lead).param("p", percent).param("k", id).update();
    }

    private long target(long plan, String code) {
        return jdbc.sql("SELECT id FROM plan.target WHERE plan_id = :p AND code = :c").param("p", plan)
                .param("c", code).query(Long.class).single();
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("'%s' on the page", from).isNotNegative();
        int end = text.indexOf(to, start + from.length());
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private String body(String path, String user) throws Exception {
        MockHttpServletResponse response = get(path, user);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(String path, String user) throws Exception {
        return get(path, user).getStatus();
    }

    private MockHttpServletResponse get(String path, String user) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path).with(users.as(user));
        return mvc.perform(request).andReturn().getResponse();
    }

    private long id(String code) {
        return directory.findByCode(DataScope.all(0), code).orElseThrow().id();
    }
}
