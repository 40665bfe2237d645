package org.edugov.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.Clock;
import java.time.LocalDate;
import org.edugov.IntegrationTest;
import org.edugov.TestUsers;
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
 * The pages around 红黄牌: the rules form, the card board with 立即检查, the 约谈 list and the notifications, each
 * with its bad input and its scope — a county bureau neither sees nor touches a city plan's cards, a unit never sees
 * another unit's notifications.
 */
@IntegrationTest
class PlanCardPagesTests {

    @Autowired
    PlanLoader loader;

    @Autowired
    TestUsers users;

    @Autowired
    OrgDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void theRulesFormRefusesValuesOutOfRangeAndChangesNothing() throws Exception {
        long plan = cityPlan();
        String before = rules(plan);
        assertThat(get("/plans/" + plan + "/rules", "city_admin").getContentAsString())
                .contains("报告宽限天数", "连续几期黄牌后亮红牌", "value=\"15\"");
        MockHttpServletResponse wrong = send(rulesPost(plan, "QUARTER", "abc", "2"), "city_admin");
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(wrong.getContentAsString()).contains("报告宽限天数须为 0 到 90 之间的整数", "value=\"abc\"");
        MockHttpServletResponse tooLong = send(rulesPost(plan, "QUARTER", "90", "2"), "city_admin");
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(tooLong.getContentAsString()).contains("按所选周期最多 89 天");
        assertThat(send(rulesPost(plan, "QUARTER", "10", "13"), "city_admin").getStatus()).isEqualTo(400);
        assertThat(send(rulesPost(plan, "WEEK", "10", "2"), "city_admin").getStatus()).isEqualTo(400);
        assertThat(rules(plan)).isEqualTo(before);
        // outside the county bureau's scope; no write permission for the department
        assertThat(send(rulesPost(plan, "MONTH", "5", "3"), "county_admin_1").getStatus()).isEqualTo(404);
        assertThat(send(rulesPost(plan, "MONTH", "5", "3"), "finance").getStatus()).isEqualTo(403);
        assertThat(rules(plan)).isEqualTo(before);

        MockHttpServletResponse saved = send(rulesPost(plan, "MONTH", "5", "3"), "city_admin");
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(rules(plan)).isEqualTo("MONTH 5 20 70 t f t 3");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'PlanRules' AND entity_id = :p")
                .param("p", String.valueOf(plan)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aReviewerChecksNowSeesTheRedCardAndRecordsTheInterview() throws Exception {
        long plan = cityPlan();
        LocalDate today = LocalDate.now(clock);
        long task = firstTask(plan);
        jdbc.sql("UPDATE plan.task SET deadline = :d WHERE id = :t").param("d", today.minusDays(3)).param("t", task)
                .update();
        // outside the county bureau's scope, and no review permission for a viewer: nothing is checked
        assertThat(send(post("/plans/" + plan + "/supervision"), "county_admin_1").getStatus()).isEqualTo(404);
        assertThat(send(post("/plans/" + plan + "/supervision"), "city_viewer").getStatus()).isEqualTo(403);
        assertThat(cardCount(plan)).isZero();

        assertThat(send(post("/plans/" + plan + "/supervision"), "city_admin").getRedirectedUrl())
                .isEqualTo("/plans/" + plan + "/cards");
        String board = get("/plans/" + plan + "/cards", "city_admin").getContentAsString();
        String code = jdbc.sql("SELECT code FROM plan.task WHERE id = :t").param("t", task).query(String.class).single();
        assertThat(board).contains("data-task=\"" + code + "\" data-colour=\"RED\"", "超过时限未完成", "立即检查");
        assertThat(get("/plans/" + plan, "city_admin").getContentAsString()).contains("data-card=\"RED\"");
        assertThat(get("/plans/" + plan + "/cards", "county_admin_1").getStatus()).isEqualTo(404);

        long red = jdbc.sql("SELECT id FROM plan.card WHERE task_id = :t AND colour = 'RED'").param("t", task)
                .query(Long.class).single();
        String marker = "data-card=\"" + red + "\"";
        assertThat(get("/plans/interviews", "city_admin").getContentAsString()).contains(marker);
        assertThat(get("/plans/interviews", "county_admin_1").getContentAsString()).doesNotContain(marker);
        assertThat(interview(red, "county_admin_1", today.toString(), "谈话").getStatus()).isEqualTo(404);

        expectRefused(red, "", "谈话", "请填写约谈日期");
        expectRefused(red, today.plusDays(1).toString(), "谈话", "约谈日期不能晚于今天");
        expectRefused(red, today.minusDays(1).toString(), "谈话", "约谈日期不能早于亮牌日期");
        expectRefused(red, today.toString(), "  ", "请填写约谈情况");
        expectRefused(red, today.toString(), "谈".repeat(2001), "约谈情况最多 2000 字");
        assertThat(interviewOf(red)).isEqualTo("null null ");
        long yellow = jdbc.sql("SELECT id FROM plan.card WHERE plan_id = :p AND colour = 'YELLOW' LIMIT 1")
                .param("p", plan).query(Long.class).single();
        assertThat(interview(yellow, "city_admin", today.toString(), "谈话").getStatus()).isEqualTo(404);

        assertThat(interview(red, "city_admin", today.toString(), "约谈牵头处室负责人，限期一个月完成").getStatus())
                .isEqualTo(302);
        assertThat(interviewOf(red)).isEqualTo(today + " city_admin 约谈牵头处室负责人，限期一个月完成");
        assertThat(interview(red, "city_admin", today.toString(), "再谈").getStatus()).isEqualTo(409);
        assertThat(interviewOf(red)).isEqualTo(today + " city_admin 约谈牵头处室负责人，限期一个月完成");
        String list = get("/plans/interviews", "city_admin").getContentAsString();
        assertThat(list.substring(list.indexOf("id=\"recorded-interviews\""))).contains(marker, "限期一个月完成");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'PlanCard' AND entity_id = :c")
                .param("c", String.valueOf(red)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aUnitSeesOnlyItsOwnNotifications() throws Exception {
        long county = unit("419903");
        long finance = unit("CZJ-419900");
        long plan = loader.load(users.current("county_admin_3"), "GANGNAN_2018", county);
        long task = firstTask(plan);
        String code = jdbc.sql("SELECT code FROM plan.task WHERE id = :t").param("t", task).query(String.class).single();
        jdbc.sql("UPDATE plan.task SET lead_unit_id = :u, deadline = DATE '2019-06-30' WHERE id = :t")
                .param("u", finance).param("t", task).update();
        assertThat(send(post("/plans/" + plan + "/supervision"), "county_admin_3").getStatus()).isEqualTo(302);
        String needle = "任务 " + code + "“";

        String financePage = get("/notifications", "finance").getContentAsString();
        assertThat(financePage).contains(needle, "notification-unread");
        assertThat(financePage.substring(financePage.indexOf(needle))).contains("被亮红牌", "超过时限未完成");
        assertThat(get("/notifications", "county_admin_3").getContentAsString()).contains("港南区").doesNotContain(needle);
        int financeUnread = unread(finance);
        int countyUnread = unread(county);
        assertThat(financeUnread).isPositive();
        assertThat(get("/notifications/count", "finance").getContentAsString())
                .contains("data-unread=\"" + financeUnread + "\"", "id=\"notification-count\"");
        assertThat(get("/notifications/count", "county_admin_3").getContentAsString())
                .contains("data-unread=\"" + countyUnread + "\"");
        assertThat(get("/notifications/count", "county_admin_1").getContentAsString())
                .contains("data-unread=\"" + unread(unit("419901")) + "\"");

        // marking read is for the reader's own unit only
        assertThat(send(post("/notifications/read"), "county_admin_3").getStatus()).isEqualTo(302);
        assertThat(unread(county)).isZero();
        assertThat(unread(finance)).isEqualTo(financeUnread);
        assertThat(send(post("/notifications/read"), "finance").getStatus()).isEqualTo(302);
        assertThat(unread(finance)).isZero();
        assertThat(get("/notifications/count", "finance").getContentAsString()).doesNotContain("notification-count");
        assertThat(get("/notifications", "finance").getContentAsString()).doesNotContain("notification-unread");
    }

    private void expectRefused(long card, String date, String note, String message) throws Exception {
        MockHttpServletResponse r = interview(card, "city_admin", date, note);
        assertThat(r.getStatus()).as(message).isEqualTo(400);
        assertThat(r.getContentAsString()).contains(message);
    }

    private MockHttpServletResponse interview(long card, String user, String date, String note) throws Exception {
        return send(post("/plans/interviews/" + card).param("interviewOn", date).param("note", note), user);
    }

    private String interviewOf(long card) {
        return jdbc.sql("SELECT coalesce(interview_on::text, 'null') || ' ' || coalesce(interview_by, 'null') || ' ' "
                + "|| interview_note FROM plan.card WHERE id = :c").param("c", card).query(String.class).single();
    }

    private static MockHttpServletRequestBuilder rulesPost(long plan, String every, String grace, String yellows) {
        return post("/plans/" + plan + "/rules").param("reportEvery", every).param("reportGraceDays", grace)
                .param("warningDays", "20").param("warningPercent", "70").param("yellowOnAtRisk", "true")
                .param("redOnOverdue", "true").param("redAfterYellows", yellows);
    }

    private String rules(long plan) {
        return jdbc.sql("""
                SELECT concat_ws(' ', report_every, report_grace_days, warning_days, warning_percent, yellow_on_at_risk,
                                 yellow_on_late_report, red_on_overdue, red_after_yellows)
                  FROM plan.plan WHERE id = :p""").param("p", plan).query(String.class).single();
    }

    private long cityPlan() {
        return loader.load(users.current("city_admin"), "PINGDINGSHAN_2024", unit("419900"));
    }

    private long firstTask(long plan) {
        return jdbc.sql("SELECT id FROM plan.task WHERE plan_id = :p ORDER BY sort LIMIT 1").param("p", plan)
                .query(Long.class).single();
    }

    private int cardCount(long plan) {
        return jdbc.sql("SELECT count(*) FROM plan.card WHERE plan_id = :p").param("p", plan).query(Integer.class)
                .single();
    }

    private int unread(long unit) {
        return jdbc.sql("SELECT count(*) FROM plan.notification WHERE org_unit_id = :u AND read_at IS NULL")
                .param("u", unit).query(Integer.class).single();
    }

    private static MockHttpServletRequestBuilder post(String path) {
        return MockMvcRequestBuilders.post(path);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf())).andReturn().getResponse();
    }

    private MockHttpServletResponse get(String path, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(users.as(user))).andReturn().getResponse();
    }

    private long unit(String code) {
        return directory.findByCode(DataScope.all(0), code).orElseThrow().id();
    }
}
