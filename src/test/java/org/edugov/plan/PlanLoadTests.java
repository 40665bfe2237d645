package org.edugov.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.edugov.IntegrationTest;
import org.edugov.TestUsers;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgDirectory;
import org.edugov.shared.DataScope;
import org.edugov.shared.UserError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Every seed template loads into the demo city (or a county) whole; plans are scoped; a wrong level is refused. */
@IntegrationTest
class PlanLoadTests {

    @Autowired
    PlanLoader loader;

    @Autowired
    PlanTemplates templates;

    @Autowired
    TestUsers users;

    @Autowired
    OrgDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void everyTemplateLoadsWithAllItsTargetsTasksAndLinks() {
        CurrentUser cityAdmin = users.current("city_admin");
        for (PlanTemplate t : templates.all().values()) {
            long org = id(t.level().equals("COUNTY") ? "419901" : "419900");
            long plan = loader.load(cityAdmin, t.code(), org);
            assertThat(count("plan.target", plan)).as(t.code() + " targets").isEqualTo(t.targetCount());
            assertThat(count("plan.task", plan)).as(t.code() + " tasks").isEqualTo(t.taskCount());
            long links = t.actions().stream().flatMap(a -> java.util.stream.Stream.concat(a.tasks().stream(),
                    a.projects().stream().flatMap(p -> p.tasks().stream()))).mapToLong(k -> k.serves().size()).sum();
            assertThat(jdbc.sql("SELECT count(*) FROM plan.task_target tt JOIN plan.task k ON k.id = tt.task_id "
                    + "WHERE k.plan_id = :p").param("p", plan).query(Long.class).single()).as(t.code() + " links")
                    .isEqualTo(links);
        }
        // 港南区's tasks name 区教育局 as lead: it resolves to the county the plan was loaded for
        assertThat(jdbc.sql("""
                SELECT count(*) FROM plan.task k JOIN plan.plan p ON p.id = k.plan_id
                 WHERE p.template_code = 'GANGNAN_2018' AND k.lead_name LIKE '%教育%' AND k.lead_unit_id = p.org_unit_id""")
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'Plan'").query(Long.class)
                .single()).isGreaterThanOrEqualTo(templates.all().size());
    }

    @Test
    void theDemoCityStartsWithThePanjinAndBaoshanPlansAtWork() {
        assertThat(jdbc.sql("SELECT template_code || ':' || published FROM plan.plan WHERE org_unit_id = :city "
                + "ORDER BY id LIMIT 2").param("city", id("419900")).query(String.class).list())
                .containsExactly("PANJIN_14TH_FYP:true", "BAOSHAN_2024:false");
        // the 财政局's tasks (经费, 投入) with one report accepted (60%) and one waiting for review
        assertThat(jdbc.sql("""
                SELECT k.code || ':' || k.percent_done || ':' || coalesce(string_agg(r.state, ','), '')
                  FROM plan.task k JOIN org.org_unit u ON u.id = k.lead_unit_id
                       LEFT JOIN plan.progress_report r ON r.task_id = k.id
                 WHERE u.name = '示范市财政局'
                   AND k.plan_id IN (SELECT id FROM plan.plan WHERE org_unit_id = :city ORDER BY id LIMIT 2)
                 GROUP BY k.id ORDER BY k.id""").param("city", id("419900")).query(String.class).list())
                .containsExactly("A10K1:60:ACCEPTED", "A10K2:0:", "A10P1K1:0:", "A2P1K1:0:", "A2P2K1:0:SUBMITTED");
        // the five-year plan broken down to the first two counties, each led by its own bureau where the city's was
        assertThat(jdbc.sql("""
                SELECT u.code || ':' || (SELECT count(*) FROM plan.task k WHERE k.plan_id = c.id)
                  FROM plan.plan c JOIN org.org_unit u ON u.id = c.org_unit_id
                 WHERE c.parent_id = (SELECT id FROM plan.plan WHERE org_unit_id = :city ORDER BY id LIMIT 1)
                   AND c.created_by = 'city_admin' ORDER BY u.code""").param("city", id("419900"))
                .query(String.class).list()).startsWith("419901:79", "419902:79");
    }

    @Test
    void aTemplateOfTheWrongLevelOrAUnitOutsideTheScopeIsRefused() {
        CurrentUser countyAdmin = users.current("county_admin_1");
        assertThatThrownBy(() -> loader.load(countyAdmin, "PANJIN_14TH_FYP", id("419901")))
                .isInstanceOf(UserError.class).hasFieldOrPropertyWithValue("messageKey", "plan.template.level.CITY");
        assertThatThrownBy(() -> loader.load(countyAdmin, "GANGNAN_2018", id("419902")))
                .isInstanceOf(UserError.class).hasFieldOrPropertyWithValue("messageKey", "org.unit.notFound");
    }

    @Test
    void aPlanIsSeenOnlyWithinScope() throws Exception {
        long plan = loader.load(users.current("county_admin_1"), "GANGNAN_2018", id("419901"));
        String page = get("/plans/" + plan, "county_admin_1").getContentAsString();
        assertThat(page).contains("港南区教育提升三年行动计划").contains("学前教育三年毛入园率达90%")
                .contains("/indicators/PRESCHOOL_GER");
        assertThat(get("/plans/" + plan, "county_admin_2").getStatus()).isEqualTo(404);
        // the plan's 学前三年毛入园率 target (≥ 90% by 2020) is drawn on the county's indicator page
        String indicator = get("/indicators/PRESCHOOL_GER?orgId=" + id("419901"), "county_admin_1").getContentAsString();
        assertThat(indicator).contains("id=\"indicator-targets\"").contains("≥ 90");
        assertThat(get("/plans", "county_admin_2").getContentAsString()).doesNotContain("/plans/" + plan + "\"");
        MockHttpServletResponse refused = mvc.perform(MockMvcRequestBuilders.post("/plans")
                .param("templateCode", "PANJIN_14TH_FYP").param("orgId", String.valueOf(id("419901")))
                .with(users.as("county_admin_1")).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("是市级规划");
    }

    @Test
    void theAnnualTaskListHoldsTheTasksDueInTheYear() throws Exception {
        long plan = loader.load(users.current("city_admin"), "PINGDINGSHAN_2024", id("419900"));
        MockHttpServletResponse xlsx = get("/plans/" + plan + "/tasks.xlsx?year=2025", "city_admin");
        assertThat(xlsx.getStatus()).isEqualTo(200);
        long dueOrOpen = templates.find("PINGDINGSHAN_2024").orElseThrow().actions().stream()
                .flatMap(a -> a.tasks().stream())
                .filter(k -> k.deadline() == null || k.deadline().getYear() == 2025).count();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                xlsx.getContentAsByteArray()))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo((int) dueOrOpen);
            assertThat(wb.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("牵头单位");
        }
        assertThat(get("/plans/" + plan + "/tasks.xlsx?year=1990", "city_admin").getStatus()).isEqualTo(400);
        assertThat(get("/plans/" + plan + "/tasks.xlsx?year=2025", "county_admin_1").getStatus()).isEqualTo(404);
    }

    private MockHttpServletResponse get(String path, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(users.as(user))).andReturn().getResponse();
    }

    private long id(String code) {
        return directory.findByCode(DataScope.all(0), code).orElseThrow().id();
    }

    private int count(String table, long plan) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE plan_id = :p").param("p", plan).query(Integer.class)
                .single();
    }
}
