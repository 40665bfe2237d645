package org.edugov.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edugov.TestFiles.evidence;
import static org.edugov.TestFiles.evidencePdf;
import static org.edugov.TestFiles.oversizedPdf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
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
 * Checks of a qualitative target's conditions through the web layer: the city bureau records them with evidence and
 * the target's status follows the latest check of each condition (on its page and in the plan's overview); bad input
 * is refused with a message and writes nothing; only reviewers with the plan in scope record, only readers with the
 * plan in scope download.
 */
@IntegrationTest
class ConditionCheckTests {

    private static final String CITY_ADMIN = "city_admin";

    @Autowired
    PlanLoader loader;

    @Autowired
    PlanQueries plans;

    @Autowired
    PlanOverview overview;

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
    /** 盘锦 G1T1, qualitative, given two conditions due next year. */
    long target;
    /** 盘锦 G1T7, 普惠率 ≥ 85%: quantified. */
    long quantified;
    int year;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        plan = loader.load(users.current(CITY_ADMIN), "PANJIN_14TH_FYP", id("419900"));
        year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        target = target("G1T1");
        quantified = target("G1T7");
        conditions("建立控辍保学工作制度", "落实专项经费");
        dueYear(year + 1);
    }

    @Test
    void theTargetIsDoneWhenTheLatestCheckOfEveryConditionSaysMet() throws Exception {
        String page = get(targetPath(), CITY_ADMIN).getContentAsString();
        assertThat(page).contains("已达成 0/2 项").contains("未核查").contains("condition-form");
        assertThat(status()).isEqualTo(Status.ON_TRACK);

        MockHttpServletResponse done = check(CITY_ADMIN, 0, "true", "制度已印发", evidencePdf("制度文件.pdf"));
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(done.getRedirectedUrl()).isEqualTo(targetPath() + "#condition-0");
        assertThat(jdbc.sql("""
                SELECT c.condition_index || ' ' || c.condition_text || ' ' || c.met || ' ' || c.note || ' '
                       || c.checked_by || ' ' || e.file_name || ' ' || e.content_type || ' ' || length(e.sha256)
                  FROM plan.condition_check c JOIN plan.evidence e ON e.check_id = c.id
                 WHERE c.target_id = :t""").param("t", target).query(String.class).single())
                .isEqualTo("0 建立控辍保学工作制度 true 制度已印发 city_admin 制度文件.pdf application/pdf 64");
        assertThat(audits("ConditionCheck", "CREATE")).isEqualTo(1);
        page = get(targetPath(), CITY_ADMIN).getContentAsString();
        assertThat(page).contains("已达成 1/2 项").contains("制度已印发").contains("city_admin 核查于")
                .contains("制度文件.pdf").contains("/plans/" + plan + "/condition-evidence/");

        assertThat(check(CITY_ADMIN, 1, "false", "经费尚未到位").getStatus()).isEqualTo(302);
        assertThat(status()).isEqualTo(Status.ON_TRACK);
        assertThat(check(CITY_ADMIN, 1, "true", "经费已拨付").getStatus()).isEqualTo(302);
        assertThat(status()).isEqualTo(Status.DONE);
        assertThat(get(targetPath(), CITY_ADMIN).getContentAsString()).contains("已达成 2/2 项")
                .contains("经费已拨付").doesNotContain("经费尚未到位");
        assertThat(get("/plans/" + plan, CITY_ADMIN).getContentAsString())
                .containsPattern("data-code=\"G1T1\">(?s:(?!</tr>).)*plan-status[^>]*>已完成<");

        // the latest check counts: found not met again after its due year, the target is overdue
        dueYear(year - 1);
        assertThat(check(CITY_ADMIN, 1, "false", "经费被收回").getStatus()).isEqualTo(302);
        assertThat(status()).isEqualTo(Status.OVERDUE);
        dueYear(year);
        assertThat(status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void aCheckStaysWithTheConditionTextItWasMadeOn() throws Exception {
        check(CITY_ADMIN, 0, "true", "制度已印发");
        check(CITY_ADMIN, 1, "true", "经费已拨付");
        assertThat(status()).isEqualTo(Status.DONE);
        // moved in the list: still met
        conditions("落实专项经费", "建立控辍保学工作制度");
        assertThat(status()).isEqualTo(Status.DONE);
        // reworded: a new condition, not checked yet
        conditions("落实专项经费", "建立并执行控辍保学工作制度");
        assertThat(status()).isEqualTo(Status.ON_TRACK);
        assertThat(get(targetPath(), CITY_ADMIN).getContentAsString()).contains("已达成 1/2 项");
        // without conditions there is nothing to judge
        conditions();
        assertThat(status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void badInputIsRefusedWithAMessageAndWritesNothing() throws Exception {
        refused(check(CITY_ADMIN, 2, "true", "越界"), 400, "没有第 3 项达标条件（共 2 项）");
        refused(check(CITY_ADMIN, -1, "true", "越界"), 400, "没有第 0 项达标条件");
        refused(post("/plans/" + plan + "/targets/" + quantified + "/conditions/0", CITY_ADMIN, "true", "量化",
                null), 400, "是量化目标");
        refused(check(CITY_ADMIN, 0, "true", " "), 400, "请填写核查说明");
        refused(check(CITY_ADMIN, 0, "true", "长".repeat(ConditionCheckService.MAX_NOTE_LENGTH + 1)), 400,
                "不能超过 2000 字");
        refused(check(CITY_ADMIN, 0, "", "未选择"), 400, "请选择该条件是否已达成");
        refused(check(CITY_ADMIN, 0, "yes", "未选择"), 400, "请选择该条件是否已达成");
        refused(check(CITY_ADMIN, 0, "true", "过大", evidence("big.pdf", oversizedPdf())), 400, "超过 10 MB 的上限");
        refused(check(CITY_ADMIN, 0, "true", "伪装", evidence("setup.pdf", new byte[] {'M', 'Z', 0, 0})), 400,
                "不是允许的类型");
        refused(check(CITY_ADMIN, 0, "true", "网页", evidence("page.html", "<html>".getBytes())), 400, "不是允许的类型");
        // the refused form comes back open, with what was typed
        assertThat(check(CITY_ADMIN, 1, "true", "保留的说明", evidence("page.html", "<html>".getBytes()))
                .getContentAsString()).contains("保留的说明").contains("<details class=\"mt-1 condition-form\" open");
        assertThat(jdbc.sql("SELECT count(*) FROM plan.condition_check WHERE plan_id = :p").param("p", plan)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void onlyReviewersWithThePlanInScopeRecordAndOnlyReadersInScopeDownload() throws Exception {
        assertThat(check("county_admin_1", 0, "true", "越权").getStatus()).isEqualTo(404);
        assertThat(check("city_viewer", 0, "true", "越权").getStatus()).isEqualTo(403);
        assertThat(check("finance", 0, "true", "越权").getStatus()).isEqualTo(403);
        assertThat(check("inspector", 0, "true", "越权").getStatus()).isEqualTo(404);
        assertThat(post("/plans/" + plan + "/targets/" + (quantified + 1_000_000) + "/conditions/0", CITY_ADMIN,
                "true", "不存在", null).getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM plan.condition_check WHERE plan_id = :p").param("p", plan)
                .query(Integer.class).single()).isZero();

        byte[] content = TestFiles.pdf("condition evidence");
        check(CITY_ADMIN, 0, "true", "制度已印发", new MockMultipartFile("evidence", "制度 文件.pdf", "text/html", content));
        long evidence = jdbc.sql("""
                SELECT e.id FROM plan.evidence e JOIN plan.condition_check c ON c.id = e.check_id
                 WHERE c.target_id = :t""").param("t", target).query(Long.class).single();
        String path = "/plans/" + plan + "/condition-evidence/" + evidence;
        long downloads = audits("ConditionEvidence", "DOWNLOAD");
        for (String user : List.of(CITY_ADMIN, "city_viewer")) {
            MockHttpServletResponse file = get(path, user);
            assertThat(file.getStatus()).as(user).isEqualTo(200);
            assertThat(file.getContentAsByteArray()).isEqualTo(content);
            assertThat(file.getContentType()).isEqualTo("application/pdf");
            assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(file.getHeader("Content-Disposition")).startsWith("attachment")
                    .contains("filename*=UTF-8''%E5%88%B6%E5%BA%A6%20%E6%96%87%E4%BB%B6.pdf");
        }
        assertThat(audits("ConditionEvidence", "DOWNLOAD")).isEqualTo(downloads + 2);
        for (String user : List.of("county_admin_1", "finance", "inspector")) {
            assertThat(get(path, user).getStatus()).as(user).isEqualTo(404);
            assertThat(get(targetPath(), user).getStatus()).as(user).isEqualTo(404);
        }
        long other = loader.load(users.current(CITY_ADMIN), "PANJIN_14TH_FYP", id("419900"));
        assertThat(get("/plans/" + other + "/condition-evidence/" + evidence, CITY_ADMIN).getStatus()).isEqualTo(404);
        assertThat(audits("ConditionEvidence", "DOWNLOAD")).isEqualTo(downloads + 2);

        // a reader sees the checks but no form
        assertThat(get(targetPath(), "city_viewer").getContentAsString()).contains("制度已印发")
                .doesNotContain("condition-form");
    }

    @Test
    void aTargetWithCheckedConditionsIsNotDeleted() throws Exception {
        check(CITY_ADMIN, 0, "true", "制度已印发");
        MockHttpServletResponse refused = mvc.perform(MockMvcRequestBuilders.post("/plans/" + plan + "/edit/targets/"
                + target + "/delete").param("unlink", "true").with(users.as(CITY_ADMIN)).with(csrf()))
                .andReturn().getResponse();
        refused(refused, 409, "的达标条件已有核查记录，不能删除");
        assertThat(jdbc.sql("SELECT count(*) FROM plan.target WHERE id = :t").param("t", target)
                .query(Integer.class).single()).isEqualTo(1);
    }

    private Status status() {
        PlanQueries.PlanRow row = plans.plan(DataScope.all(0), plan).orElseThrow();
        return overview.tree(row, directory.find(DataScope.all(0), row.orgUnitId()).orElseThrow(), Locale.CHINA)
                .goals().stream().flatMap(g -> g.targets().stream()).filter(v -> v.target().id() == target)
                .findFirst().orElseThrow().status();
    }

    private MockHttpServletResponse check(String user, int index, String met, String note, MockMultipartFile... file)
            throws Exception {
        return post(targetPath() + "/conditions/" + index, user, met, note, file.length == 0 ? null : file[0]);
    }

    private MockHttpServletResponse post(String path, String user, String met, String note, MockMultipartFile file)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart(path);
        if (file != null) {
            request.file(file);
        }
        return mvc.perform(request.param("met", met).param("note", note).with(users.as(user)).with(csrf()))
                .andReturn().getResponse();
    }

    private MockHttpServletResponse get(String path, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(users.as(user))).andReturn().getResponse();
    }

    private static void refused(MockHttpServletResponse response, int status, String message) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentAsString()).contains(message);
    }

    private void conditions(String... texts) {
        jdbc.sql("UPDATE plan.target SET conditions = :c WHERE id = :t").param("c", texts).param("t", target).update();
    }

    private void dueYear(int due) {
        jdbc.sql("UPDATE plan.target SET due_year = :y WHERE id = :t").param("y", due).param("t", target).update();
    }

    private long target(String code) {
        return jdbc.sql("SELECT id FROM plan.target WHERE plan_id = :p AND code = :c").param("p", plan)
                .param("c", code).query(Long.class).single();
    }

    private String targetPath() {
        return "/plans/" + plan + "/targets/" + target;
    }

    /** Audit rows about this plan's checks (CREATE) or their evidence files (DOWNLOAD). */
    private long audits(String entityType, String action) {
        String ids = entityType.equals("ConditionCheck")
                ? "SELECT CAST(c.id AS text) FROM plan.condition_check c WHERE c.plan_id = :p"
                : "SELECT CAST(e.id AS text) FROM plan.evidence e "
                        + "JOIN plan.condition_check c ON c.id = e.check_id WHERE c.plan_id = :p";
        return jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE entity_type = :type AND action = :action "
                        + "AND entity_id IN (" + ids + ")")
                .param("type", entityType).param("action", action).param("p", plan).query(Long.class).single();
    }

    private long id(String code) {
        return directory.findByCode(DataScope.all(0), code).orElseThrow().id();
    }
}
