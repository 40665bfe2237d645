package org.edugov.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edugov.TestFiles.evidence;
import static org.edugov.TestFiles.evidencePdf;
import static org.edugov.TestFiles.oversizedPdf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.edugov.IntegrationTest;
import org.edugov.TestFiles;
import org.edugov.TestUsers;
import org.edugov.org.OrgDirectory;
import org.edugov.shared.DataScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Progress reports end to end through the web layer: the demo city's 财政局 user ({@code finance}, ORG_ONLY scope)
 * reports on the task its unit leads and on nothing else; bad input is refused with a message and writes nothing;
 * evidence is downloadable within scope only; the city bureau returns and accepts reports.
 */
@IntegrationTest
class ProgressReportTests {

    private static final String FINANCE = "finance";
    private static final String CITY_ADMIN = "city_admin";

    @Autowired
    PlanLoader loader;

    @Autowired
    TestUsers users;

    @Autowired
    OrgDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    long plan;
    /** Led by the city's 财政局, due at the end of next year. */
    long financeTask;
    /** Led by the city education bureau. */
    long bureauTask;
    String current;
    String previous;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        plan = loader.load(users.current(CITY_ADMIN), "PINGDINGSHAN_2024", id("419900"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        // the plan runs around today, whenever the test runs; reports are quarterly (the default)
        jdbc.sql("UPDATE plan.plan SET period_from = :from, period_to = :to WHERE id = :id")
                .param("from", today.getYear() - 1).param("to", today.getYear() + 1).param("id", plan).update();
        List<Long> tasks = jdbc.sql("SELECT id FROM plan.task WHERE plan_id = :p ORDER BY sort").param("p", plan)
                .query(Long.class).list();
        financeTask = tasks.get(0);
        bureauTask = tasks.get(1);
        jdbc.sql("UPDATE plan.task SET lead_unit_id = :unit, lead_name = '市财政局', deadline = :deadline WHERE id = :id")
                .param("unit", id("CZJ-419900")).param("deadline", LocalDate.of(today.getYear() + 1, 12, 31))
                .param("id", financeTask).update();
        jdbc.sql("UPDATE plan.task SET lead_unit_id = :unit WHERE id = :id").param("unit", id("419900"))
                .param("id", bureauTask).update();
        ReportPeriod now = ReportPeriod.of(ReportPeriod.Every.QUARTER, today);
        current = now.label();
        previous = now.previous().label();
    }

    @Test
    void theDepartmentUserSeesAndReportsOnlyTheTasksItsUnitLeads() throws Exception {
        String mine = get("/plans/my-tasks", FINANCE).getContentAsString();
        assertThat(mine).contains(taskLink(financeTask)).doesNotContain(taskLink(bureauTask))
                .contains("待报：");
        assertThat(get("/plans/" + plan, FINANCE).getStatus()).isEqualTo(404);
        assertThat(get(taskPath(bureauTask), FINANCE).getStatus()).isEqualTo(404);
        String page = get(taskPath(financeTask), FINANCE).getContentAsString();
        assertThat(page).contains("id=\"report-form\"").contains("示范市财政局");

        assertThat(report(FINANCE, bureauTask, current, "10", "越权").getStatus()).isEqualTo(404);
        MockHttpServletResponse notLead = report(CITY_ADMIN, financeTask, current, "10", "越权");
        assertThat(notLead.getStatus()).isEqualTo(403);
        assertThat(notLead.getContentAsString()).contains("只有任务牵头单位的用户可以填报进展");
        assertThat(reports(financeTask) + reports(bureauTask)).isZero();

        MockHttpServletResponse done = report(FINANCE, financeTask, current, "60", "已拨付首批资金",
                evidencePdf("拨付文件.pdf"));
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("""
                SELECT r.percent || ' ' || r.state || ' ' || r.submitted_by || ' ' || e.file_name || ' ' || e.content_type
                       || ' ' || e.sha256 FROM plan.progress_report r JOIN plan.evidence e ON e.report_id = r.id
                 WHERE r.task_id = :t""").param("t", financeTask).query(String.class).single())
                .startsWith("60 SUBMITTED finance 拨付文件.pdf application/pdf ").hasSize(
                        "60 SUBMITTED finance 拨付文件.pdf application/pdf ".length() + 64);
        assertThat(audits("ProgressReport", "CREATE")).isPositive();
        assertThat(get("/plans/my-tasks", FINANCE).getContentAsString()).contains("待审核");
    }

    @Test
    void badInputIsRefusedWithAMessageAndWritesNothing() throws Exception {
        refused(report(FINANCE, financeTask, current, "60", "x", evidence("big.pdf", oversizedPdf())), 400,
                "超过 10 MB 的上限");
        refused(report(FINANCE, financeTask, current, "60", "x", evidence("setup.pdf", new byte[] {'M', 'Z', 0, 0})), 400,
                "不是允许的类型");
        refused(report(FINANCE, financeTask, current, "60", "x",
                evidence("page.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))), 400,
                "不是允许的类型");
        refused(report(FINANCE, financeTask, current, "60", "x", evidencePdf("1.pdf"), evidencePdf("2.pdf"),
                evidencePdf("3.pdf"), evidencePdf("4.pdf"), evidencePdf("5.pdf"), evidencePdf("6.pdf")), 400,
                "最多上传 5 个");
        refused(report(FINANCE, financeTask, current, "101", "x", evidencePdf("a.pdf")), 400, "0 到 100 之间的整数");
        String future = ReportPeriod.parse(ReportPeriod.Every.QUARTER, current).orElseThrow().next().label();
        refused(report(FINANCE, financeTask, future, "10", "x", evidencePdf("a.pdf")), 400, "不能填报期间");
        refused(report(FINANCE, financeTask, current, "10", " ", evidencePdf("a.pdf")), 400, "请填写进展情况");
        // a refused form comes back with what was typed
        assertThat(report(FINANCE, financeTask, current, "101", "保留的叙述").getContentAsString()).contains("保留的叙述");
        assertThat(reports(financeTask)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM plan.evidence e JOIN plan.progress_report r ON r.id = e.report_id "
                + "WHERE r.task_id = :t").param("t", financeTask).query(Integer.class).single()).isZero();

        assertThat(report(FINANCE, financeTask, current, "10", "第一次").getStatus()).isEqualTo(302);
        refused(report(FINANCE, financeTask, current, "20", "第二次"), 409, "已有待审核或已通过的填报");
        assertThat(reports(financeTask)).isEqualTo(1);
    }

    @Test
    void evidenceIsDownloadedWithinScopeOnlyAsAnAttachment() throws Exception {
        byte[] content = TestFiles.pdf("evidence");
        report(FINANCE, financeTask, current, "30", "附件", new MockMultipartFile("evidence", "佐证 材料.pdf",
                "text/html", content));
        long evidence = jdbc.sql("SELECT e.id FROM plan.evidence e JOIN plan.progress_report r ON r.id = e.report_id "
                + "WHERE r.task_id = :t").param("t", financeTask).query(Long.class).single();
        String path = "/plans/" + plan + "/evidence/" + evidence;
        long downloads = audits("Evidence", "DOWNLOAD");
        for (String user : List.of(FINANCE, CITY_ADMIN, "city_viewer")) {
            MockHttpServletResponse file = get(path, user);
            assertThat(file.getStatus()).as(user).isEqualTo(200);
            assertThat(file.getContentAsByteArray()).isEqualTo(content);
            assertThat(file.getContentType()).isEqualTo("application/pdf");
            assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(file.getHeader("Content-Disposition")).startsWith("attachment")
                    .contains("filename*=UTF-8''%E4%BD%90%E8%AF%81%20%E6%9D%90%E6%96%99.pdf");
        }
        assertThat(audits("Evidence", "DOWNLOAD")).isEqualTo(downloads + 3);
        for (String user : List.of("county_admin_1", "school_admin_1", "inspector")) {
            assertThat(get(path, user).getStatus()).as(user).isEqualTo(404);
        }
        assertThat(get("/plans/" + plan + "/evidence/" + (evidence + 1_000_000), CITY_ADMIN).getStatus()).isEqualTo(404);
        assertThat(audits("Evidence", "DOWNLOAD")).isEqualTo(downloads + 3);
    }

    @Test
    void theBureauReturnsWithACommentAndAcceptsWhichSetsTheProgress() throws Exception {
        report(FINANCE, financeTask, current, "60", "首次填报", evidencePdf("a.pdf"));
        long first = latestReport(financeTask);
        assertThat(get("/plans/" + plan + "/reviews", CITY_ADMIN).getContentAsString()).contains("首次填报");
        assertThat(get("/plans/" + plan, CITY_ADMIN).getContentAsString()).contains("审核进展（1）");

        refused(review(CITY_ADMIN, first, "RETURN", " "), 400, "退回时请填写审核意见");
        assertThat(state(first)).isEqualTo("SUBMITTED");
        assertThat(review(FINANCE, first, "ACCEPT", "").getStatus()).isEqualTo(403);
        assertThat(review("county_admin_1", first, "ACCEPT", "").getStatus()).isEqualTo(404);
        assertThat(state(first)).isEqualTo("SUBMITTED");

        assertThat(review(CITY_ADMIN, first, "RETURN", "请补充拨付凭证").getStatus()).isEqualTo(302);
        assertThat(state(first)).isEqualTo("RETURNED");
        refused(review(CITY_ADMIN, first, "ACCEPT", ""), 409, "该填报已退回");
        assertThat(get(taskPath(financeTask), FINANCE).getContentAsString()).contains("请补充拨付凭证");

        // returned: the same period may be reported again
        assertThat(report(FINANCE, financeTask, current, "60", "补充后再次填报", evidencePdf("b.pdf")).getStatus())
                .isEqualTo(302);
        long second = latestReport(financeTask);
        assertThat(review(CITY_ADMIN, second, "ACCEPT", "").getStatus()).isEqualTo(302);
        assertThat(percentDone(financeTask)).isEqualTo(60);
        assertThat(audits("PlanTask", "UPDATE")).isPositive();

        refused(report(FINANCE, financeTask, previous, "50", "倒退"), 400, "低于已确认的 60%");
        assertThat(report(FINANCE, financeTask, previous, "100", "全部完成").getStatus()).isEqualTo(302);
        assertThat(review(CITY_ADMIN, latestReport(financeTask), "ACCEPT", "", financeTask).getHeader("Location"))
                .endsWith(taskPath(financeTask));
        assertThat(percentDone(financeTask)).isEqualTo(100);
        assertThat(get(taskPath(financeTask), FINANCE).getContentAsString()).contains("已完成")
                .doesNotContain("id=\"report-form\"");
        assertThat(get("/plans/" + plan, CITY_ADMIN).getContentAsString()).contains("审核进展（0）");
    }

    @Test
    void nobodyReviewsTheirOwnReport() throws Exception {
        assertThat(report(CITY_ADMIN, bureauTask, current, "40", "本局任务").getStatus()).isEqualTo(302);
        long own = latestReport(bureauTask);
        refused(review(CITY_ADMIN, own, "ACCEPT", ""), 403, "不能审核本人提交的填报");
        assertThat(state(own)).isEqualTo("SUBMITTED");
        assertThat(review("admin", own, "ACCEPT", "").getStatus()).isEqualTo(302);
        assertThat(percentDone(bureauTask)).isEqualTo(40);
    }

    private MockHttpServletResponse report(String user, long task, String period, String percent, String narrative,
            MockMultipartFile... files) throws Exception {
        MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart(taskPath(task) + "/reports");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        return mvc.perform(request.param("period", period).param("percent", percent).param("narrative", narrative)
                .param("publicText", "").with(users.as(user)).with(csrf())).andReturn().getResponse();
    }

    private MockHttpServletResponse review(String user, long report, String decision, String comment) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/plans/" + plan + "/reports/" + report + "/review")
                .param("decision", decision).param("comment", comment).with(users.as(user)).with(csrf()))
                .andReturn().getResponse();
    }

    private MockHttpServletResponse review(String user, long report, String decision, String comment, long task)
            throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/plans/" + plan + "/reports/" + report + "/review")
                .param("decision", decision).param("comment", comment).param("taskId", String.valueOf(task))
                .with(users.as(user)).with(csrf())).andReturn().getResponse();
    }

    private MockHttpServletResponse get(String path, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(users.as(user))).andReturn().getResponse();
    }

    private static void refused(MockHttpServletResponse response, int status, String message) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentAsString()).contains(message);
    }

    private String taskPath(long task) {
        return "/plans/" + plan + "/tasks/" + task;
    }

    private String taskLink(long task) {
        return "href=\"" + taskPath(task) + "\"";
    }

    private int reports(long task) {
        return jdbc.sql("SELECT count(*) FROM plan.progress_report WHERE task_id = :t").param("t", task)
                .query(Integer.class).single();
    }

    private long latestReport(long task) {
        return jdbc.sql("SELECT max(id) FROM plan.progress_report WHERE task_id = :t").param("t", task)
                .query(Long.class).single();
    }

    private String state(long report) {
        return jdbc.sql("SELECT state FROM plan.progress_report WHERE id = :r").param("r", report)
                .query(String.class).single();
    }

    private int percentDone(long task) {
        return jdbc.sql("SELECT percent_done FROM plan.task WHERE id = :t").param("t", task).query(Integer.class)
                .single();
    }

    private long audits(String entityType, String action) {
        return jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE entity_type = :type AND action = :action")
                .param("type", entityType).param("action", action).query(Long.class).single();
    }

    private long id(String code) {
        return directory.findByCode(DataScope.all(0), code).orElseThrow().id();
    }
}
