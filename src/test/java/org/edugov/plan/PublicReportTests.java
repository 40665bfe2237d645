package org.edugov.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.edugov.IntegrationTest;
import org.edugov.TestUsers;
import org.edugov.indicator.SmallCity;
import org.edugov.indicator.ValueFormat;
import org.edugov.org.OrgDirectory;
import org.edugov.shared.DataScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.thymeleaf.ITemplateEngine;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public report: only published plans are readable without signing in, publishing needs the review permission
 * and the plan in scope, and neither the page nor the PDF shows anything the bureau has not accepted for the public.
 */
@IntegrationTest
class PublicReportTests {

    @Autowired
    PlanLoader loader;

    @Autowired
    TestUsers users;

    @Autowired
    OrgDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SmallCity smallCity;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void onlyAPublishedPlanIsReadableWithoutSigningIn() throws Exception {
        long plan = loader.load(users.current("city_admin"), "PANJIN_14TH_FYP", id("419900"));
        MockHttpServletResponse unpublished = anonymous("/public/plans/" + plan);
        MockHttpServletResponse missing = anonymous("/public/plans/" + (maxPlanId() + 1000));
        assertThat(unpublished.getStatus()).isEqualTo(404);
        assertThat(unpublished.getContentAsString()).contains("该规划不存在或尚未公开").doesNotContain("盘锦");
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getContentAsString()).isEqualTo(unpublished.getContentAsString());
        assertThat(anonymous("/public/plans/" + plan + ".pdf").getStatus()).isEqualTo(404);
        assertThat(anonymous("/public/plans/abc").getStatus()).isEqualTo(404);
        assertThat(anonymous("/public/plans").getContentAsString()).doesNotContain("/public/plans/" + plan + "\"");

        assertThat(post("/plans/" + plan + "/publish", "city_admin").getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT published AND published_at IS NOT NULL FROM plan.plan WHERE id = :id")
                .param("id", plan).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'Plan' AND entity_id = :id "
                + "AND action = 'UPDATE'").param("id", String.valueOf(plan)).query(Integer.class).single()).isEqualTo(1);
        MockHttpServletResponse page = anonymous("/public/plans/" + plan);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("盘锦市“十四五”教育事业发展规划").contains("public-targets")
                .doesNotContain("id=\"logout\"");
        assertThat(anonymous("/public/plans").getContentAsString()).contains("/public/plans/" + plan + "\"");
        assertThat(get("/plans/" + plan, "city_admin").getContentAsString()).contains("已发布")
                .contains("/plans/" + plan + "/unpublish");

        assertThat(post("/plans/" + plan + "/unpublish", "city_admin").getStatus()).isEqualTo(302);
        assertThat(anonymous("/public/plans/" + plan).getStatus()).isEqualTo(404);
    }

    @Test
    void publishingNeedsTheReviewPermissionAndThePlanInScope() throws Exception {
        long cityPlan = loader.load(users.current("city_admin"), "PANJIN_14TH_FYP", id("419900"));
        long countyPlan = loader.load(users.current("county_admin_1"), "GANGNAN_2018", id("419901"));
        assertThat(post("/plans/" + cityPlan + "/publish", "county_admin_1").getStatus()).isEqualTo(404);
        assertThat(post("/plans/" + cityPlan + "/publish", "city_viewer").getStatus()).isEqualTo(403);
        assertThat(post("/plans/" + cityPlan + "/publish", "finance").getStatus()).isEqualTo(403);
        assertThat(mvc.perform(MockMvcRequestBuilders.post("/plans/" + cityPlan + "/publish").with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(published(cityPlan)).isFalse();
        assertThat(get("/plans/" + cityPlan, "city_viewer").getContentAsString()).contains("未发布")
                .doesNotContain("/plans/" + cityPlan + "/publish");

        assertThat(post("/plans/" + countyPlan + "/publish", "county_admin_1").getStatus()).isEqualTo(302);
        assertThat(published(countyPlan)).isTrue();
        assertThat(post("/plans/" + countyPlan + "/unpublish", "county_admin_2").getStatus()).isEqualTo(404);
        assertThat(published(countyPlan)).isTrue();
    }

    @Test
    void neitherThePageNorThePdfShowsWhatIsNotPublic() throws Exception {
        smallCity.ensure();
        long plan = loader.load(users.current("admin"), "PANJIN_14TH_FYP", id(SmallCity.CITY));
        long hidden = loader.load(users.current("admin"), "PANJIN_14TH_FYP", id(SmallCity.CITY));
        jdbc.sql("UPDATE plan.plan SET title = '未公开的规划标题' WHERE id = :id").param("id", hidden).update();
        List<Long> tasks = jdbc.sql("SELECT id FROM plan.task WHERE plan_id = :p ORDER BY sort LIMIT 2")
                .param("p", plan).query(Long.class).list();
        long accepted = report(tasks.get(0), "2026Q1", "ACCEPTED", "内部叙述不公开", "已完成全部校舍改造并投入使用",
                "审核意见不公开", "1 day");
        jdbc.sql("""
                INSERT INTO plan.evidence (report_id, county_code, file_name, content_type, size_bytes, sha256, content,
                                           uploaded_by)
                VALUES (:r, '459800', '证据文件不公开.pdf', 'application/pdf', 3, 'x', '\\x010203', 'evidence_uploader')""")
                .param("r", accepted).update();
        jdbc.sql("UPDATE plan.task SET percent_done = 45 WHERE id = :id").param("id", tasks.get(0)).update();
        report(tasks.get(0), "2026Q2", "SUBMITTED", "待审叙述", "尚未审核的公开文字", "", null);
        report(tasks.get(1), "2025Q4", "ACCEPTED", "较早叙述", "较早接受的公开文字", "", "3 days");
        report(tasks.get(1), "2026Q1", "RETURNED", "退回叙述", "已退回的公开文字", "退回意见不公开", "2 days");
        report(tasks.get(1), "2026Q1", "ACCEPTED", "最新叙述", "", "", "1 day");
        long check = jdbc.sql("""
                INSERT INTO plan.condition_check (plan_id, target_id, county_code, condition_index, condition_text, met,
                                                  note, checked_by)
                SELECT t.plan_id, t.id, '459800', 0, t.conditions[1], true, '核查说明不公开', 'secret_checker'
                  FROM plan.target t WHERE t.plan_id = :p AND t.code = 'G1T1' RETURNING id""")
                .param("p", plan).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO plan.evidence (check_id, county_code, file_name, content_type, size_bytes, sha256,
                                           content, uploaded_by)
                VALUES (:c, '459800', '核查证据不公开.pdf', 'application/pdf', 3, 'x', '\\x010203', 'secret_checker')""")
                .param("c", check).update();
        List<String> secrets = List.of("内部叙述不公开", "审核意见不公开", "证据文件不公开", "尚未审核的公开文字",
                "已退回的公开文字", "退回意见不公开", "较早接受的公开文字", "secret_submitter", "secret_reviewer",
                "evidence_uploader", "未公开的规划标题", "待审叙述", "核查说明不公开", "核查证据不公开", "secret_checker",
                "condition-evidence");
        jdbc.sql("UPDATE plan.plan SET published = true, published_at = now() WHERE id = :id").param("id", plan).update();

        String html = anonymous("/public/plans/" + plan).getContentAsString();
        assertThat(html).contains("已完成全部校舍改造并投入使用").contains("45%").contains("id=\"public-chart\"");
        // the checked qualitative target shows its status, nothing of the check
        assertThat(html).containsPattern("data-code=\"G1T1\">(?s:(?!</tr>).)*plan-status[^>]*>进度正常<");
        assertThat(secrets).allSatisfy(s -> assertThat(html).doesNotContain(s));
        String list = anonymous("/public/plans").getContentAsString();
        assertThat(list).doesNotContain("未公开的规划标题");

        MockHttpServletResponse pdf = anonymous("/public/plans/" + plan + ".pdf");
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).startsWith("inline;").contains("filename*=UTF-8''")
                .contains(".pdf");
        String text = pdfText(pdf.getContentAsByteArray());
        String firstTask = jdbc.sql("SELECT text FROM plan.task WHERE id = :id").param("id", tasks.get(0))
                .query(String.class).single();
        assertThat(text).contains(compact("盘锦市“十四五”教育事业发展规划")).contains("目标").contains("实施进展报告")
                .contains(compact(firstTask)).contains("已完成全部校舍改造并投入使用").contains("45%");
        assertThat(secrets).allSatisfy(s -> assertThat(text).doesNotContain(compact(s)));
        String english = pdfText(anonymous("/public/plans/" + plan + ".pdf?lang=en").getContentAsByteArray());
        assertThat(english).contains("Progressreport").contains("Targets");
    }

    @Test
    void withoutItsFontThePdfIsRefusedWithALocalizedMessage(@Autowired ITemplateEngine templates,
            @Autowired ValueFormat format, @Autowired PublicReports reports, @Autowired MessageSource messages,
            @Autowired JsonMapper json) throws Exception {
        long plan = loader.load(users.current("city_admin"), "PANJIN_14TH_FYP", id("419900"));
        jdbc.sql("UPDATE plan.plan SET published = true WHERE id = :id").param("id", plan).update();
        PlanPdf noFont = new PlanPdf(templates, format, Path.of("/nonexistent/wqy-zenhei.ttc"));
        PublicReports.Report report = reports.report(plan, Locale.SIMPLIFIED_CHINESE).orElseThrow();
        assertThatThrownBy(() -> noFont.render(report, Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(PlanPdf.FontMissing.class);
        MockMvc standalone = MockMvcBuilders.standaloneSetup(new PublicPlanController(reports, noFont, messages, json))
                .build();
        var result = standalone.perform(MockMvcRequestBuilders.get("/public/plans/" + plan + ".pdf")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(result.getModelAndView().getModel()).containsEntry("messageKey", "plan.public.pdf.unavailable");
        assertThat(messages.getMessage("plan.public.pdf.unavailable", null, Locale.SIMPLIFIED_CHINESE))
                .contains("中文字体");
    }

    /** A progress report as the reporting and review workflow would leave it, written directly. */
    private long report(long task, String period, String state, String narrative, String publicText, String comment,
            String reviewedAgo) {
        return jdbc.sql("""
                INSERT INTO plan.progress_report (plan_id, task_id, county_code, period, percent, narrative, public_text,
                                                  state, submitted_by, submitted_unit, reviewed_by, reviewed_at,
                                                  review_comment)
                SELECT k.plan_id, k.id, p.county_code, :period, 45, :narrative, :publicText, :state, 'secret_submitter',
                       p.org_unit_id, CASE WHEN CAST(:ago AS interval) IS NULL THEN NULL ELSE 'secret_reviewer' END,
                       now() - CAST(:ago AS interval), :comment
                  FROM plan.task k JOIN plan.plan p ON p.id = k.plan_id WHERE k.id = :task
                RETURNING id""")
                .param("task", task).param("period", period).param("state", state).param("narrative", narrative)
                .param("publicText", publicText).param("comment", comment).param("ago", reviewedAgo)
                .query(Long.class).single();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return compact(new PDFTextStripper().getText(document));
        }
    }

    /** Text without white space: the PDF breaks long lines wherever the column ends. */
    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private boolean published(long plan) {
        return jdbc.sql("SELECT published FROM plan.plan WHERE id = :id").param("id", plan).query(Boolean.class)
                .single();
    }

    private long maxPlanId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM plan.plan").query(Long.class).single();
    }

    private MockHttpServletResponse anonymous(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
    }

    private MockHttpServletResponse get(String path, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(users.as(user))).andReturn().getResponse();
    }

    private MockHttpServletResponse post(String path, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).with(users.as(user)).with(csrf())).andReturn()
                .getResponse();
    }

    private long id(String code) {
        return directory.findByCode(DataScope.all(0), code).orElseThrow().id();
    }
}
