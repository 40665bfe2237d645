package org.edugov.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edugov.IntegrationTest;
import org.edugov.TestUsers;
import org.edugov.indicator.SmallCity;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgImportRow;
import org.edugov.org.OrgTreeImport;
import org.edugov.org.OrgUnit;
import org.edugov.shared.DataScope;
import org.edugov.shared.UserError;
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
 * 分解到县: the 盘锦 five-year plan loaded for the demo city and broken down into 城关区 (419901, which here has a
 * 财政局 of its own) and 新华区 (419902): copies linked row by row, lead units by the rule, audited; a second breakdown
 * for a county refused whole; a county plan not broken down again; each county admin sees its own county plan only,
 * never the city plan; the city target page lists the county targets with their own values and statuses.
 */
@IntegrationTest
class PlanBreakdownTests {

    private static final String CITY = "419900";
    private static final String COUNTY_1 = "419901";
    private static final String COUNTY_2 = "419902";
    private static final String COUNTY_3 = "419903";
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    PlanLoader loader;

    @Autowired
    PlanBreakdown breakdown;

    @Autowired
    Plans plans;

    @Autowired
    PlanQueries planQueries;

    @Autowired
    PlanOverview overview;

    @Autowired
    BreakdownViews breakdownViews;

    @Autowired
    TestUsers users;

    @Autowired
    OrgDirectory directory;

    @Autowired
    OrgTreeImport importer;

    @Autowired
    SmallCity smallCity;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    CurrentUser cityAdmin;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        cityAdmin = users.current("city_admin");
        if (directory.findByCode(DataScope.all(0), "CZJ-" + COUNTY_1).isEmpty()) {
            assertThat(importer.importRows(CurrentUser.system(), List.of(new OrgImportRow(2, "DEPARTMENT",
                    "CZJ-" + COUNTY_1, "城关区财政局", COUNTY_1, null)), LocalDate.of(2020, 9, 1)).errors()).isEmpty();
        }
    }

    @Test
    void eachChosenCountyGetsTheWholePlanLinkedToTheCityRowsWithItsOwnLeadUnits() {
        long city = cityPlan();
        jdbc.sql("UPDATE plan.plan SET report_every = 'MONTH', warning_days = 45, red_after_yellows = 3 WHERE id = :p")
                .param("p", city).update();
        jdbc.sql("INSERT INTO plan.milestone (target_id, year, value) SELECT id, 2023, 50 FROM plan.target "
                + "WHERE plan_id = :p AND code = 'G1T8'").param("p", city).update();

        List<Long> copies = breakdown.breakdown(cityAdmin, city, List.of(id(COUNTY_1), id(COUNTY_2)), ZH);

        assertThat(copies).hasSize(2);
        assertThat(jdbc.sql("""
                SELECT string_agg(concat_ws('|', c.title, c.issuer, c.level, c.period_from, c.period_to, c.report_every,
                       c.warning_days, c.red_after_yellows, c.county_code, c.published), ',' ORDER BY c.id)
                  FROM plan.plan c WHERE c.parent_id = :p""").param("p", city).query(String.class).single())
                .isEqualTo("盘锦市“十四五”教育事业发展规划·城关区分解方案|城关区教育局|COUNTY|2021|2025|MONTH|45|3|419901|f,"
                        + "盘锦市“十四五”教育事业发展规划·新华区分解方案|新华区教育局|COUNTY|2021|2025|MONTH|45|3|419902|f");
        for (long copy : copies) {
            for (String table : List.of("plan.goal", "plan.target", "plan.action", "plan.task")) {
                assertThat(count(table, copy)).as(table).isEqualTo(count(table, city)).isPositive();
            }
            // every target and task points at the city row it copies (same code, value, year, milestones, links)
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM plan.target t JOIN plan.target c ON c.id = t.parent_target_id
                     WHERE t.plan_id = :copy AND c.plan_id = :city AND c.code = t.code
                       AND c.value IS NOT DISTINCT FROM t.value AND c.due_year IS NOT DISTINCT FROM t.due_year
                       AND c.indicator_code IS NOT DISTINCT FROM t.indicator_code""")
                    .param("copy", copy).param("city", city).query(Integer.class).single())
                    .isEqualTo(count("plan.target", city));
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM plan.task k JOIN plan.task c ON c.id = k.parent_task_id
                     WHERE k.plan_id = :copy AND c.plan_id = :city AND c.code = k.code AND c.text = k.text
                       AND c.deliverables = k.deliverables AND c.co_names = k.co_names""")
                    .param("copy", copy).param("city", city).query(Integer.class).single())
                    .isEqualTo(count("plan.task", city));
            assertThat(milestonesAndLinks(copy)).isEqualTo(milestonesAndLinks(city)).startsWith("G1T8:2023:50/")
                    .contains("A10K1>G17T1");
            assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'Plan' "
                    + "AND entity_id = :id AND action = 'CREATE' AND changes::text LIKE :parent")
                    .param("id", String.valueOf(copy)).param("parent", "%\"" + city + "\"%").query(Integer.class)
                    .single()).isEqualTo(1);
        }
        // the city bureau's task and the tasks without a unit go to the county bureau; the 财政局's task to the
        // county's 财政局 where it has one, else to nobody; the 编办's task to nobody (no county has one)
        assertThat(leads(copies.get(0))).containsEntry("A2K1", COUNTY_1).containsEntry("A1K1", COUNTY_1)
                .containsEntry("A10K1", "CZJ-" + COUNTY_1).containsEntry("A7K2", "");
        assertThat(leads(copies.get(1))).containsEntry("A2K1", COUNTY_2).containsEntry("A1K1", COUNTY_2)
                .containsEntry("A10K1", "").containsEntry("A7K2", "");
    }

    @Test
    void aCountyThatAlreadyHasABreakdownIsRefusedByNameAndNothingIsWritten() throws Exception {
        long city = cityPlan();
        breakdown.breakdown(cityAdmin, city, List.of(id(COUNTY_1)), ZH);
        int plansBefore = jdbc.sql("SELECT count(*) FROM plan.plan").query(Integer.class).single();

        assertThatThrownBy(() -> breakdown.breakdown(cityAdmin, city, List.of(id(COUNTY_3), id(COUNTY_1)), ZH))
                .isInstanceOf(UserError.class).hasFieldOrPropertyWithValue("messageKey", "plan.breakdown.exists");
        MockHttpServletResponse refused = post(city, "city_admin", id(COUNTY_3), id(COUNTY_1));
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("以下县区已有本规划的分解方案：城关区");
        assertThat(jdbc.sql("SELECT count(*) FROM plan.plan").query(Integer.class).single()).isEqualTo(plansBefore);

        MockHttpServletResponse none = post(city, "city_admin");
        assertThat(none.getStatus()).isEqualTo(400);
        assertThat(none.getContentAsString()).contains("请至少选择一个县区");
        // a county of another city is not one to choose
        assertThat(post(city, "city_admin", id(SmallCity.COUNTY_A, true)).getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM plan.plan").query(Integer.class).single()).isEqualTo(plansBefore);

        // the form marks 城关区 as done, linking its plan, and offers the others ticked
        String form = body("/plans/" + city + "/breakdown", "city_admin");
        long done = jdbc.sql("SELECT id FROM plan.plan WHERE parent_id = :p").param("p", city).query(Long.class).single();
        assertThat(between(form, "data-code=\"" + COUNTY_1 + "\"", "</tr>")).contains("disabled")
                .doesNotContain("checked").contains("href=\"/plans/" + done + "\"");
        assertThat(between(form, "data-code=\"" + COUNTY_3 + "\"", "</tr>")).contains("checked")
                .doesNotContain("disabled").contains("东山县").contains("尚未分解");
    }

    @Test
    void countyAdminsSeeAndEditTheirOwnCountyPlanButNotTheCityPlanOrAnotherCounty() throws Exception {
        long city = cityPlan();
        MockHttpServletResponse created = post(city, "city_admin", id(COUNTY_1), id(COUNTY_2));
        assertThat(created.getStatus()).isEqualTo(302);
        assertThat(created.getRedirectedUrl()).isEqualTo("/plans/" + city + "/breakdown");
        long first = child(city, COUNTY_1);
        long second = child(city, COUNTY_2);

        String own = body("/plans/" + first, "county_admin_1");
        assertThat(own).contains("分解自：").contains("盘锦市“十四五”教育事业发展规划")
                .doesNotContain("href=\"/plans/" + city + "\"").doesNotContain("id=\"plan-breakdown\"");
        assertThat(status("/plans/" + first + "/edit", "county_admin_1")).isEqualTo(200);
        assertThat(status("/plans/" + second, "county_admin_1")).isEqualTo(404);
        assertThat(status("/plans/" + city, "county_admin_1")).isEqualTo(404);
        assertThat(status("/plans/" + city + "/breakdown", "county_admin_1")).isEqualTo(404);
        assertThat(post(city, "county_admin_1", id(COUNTY_1)).getStatus()).isEqualTo(404);
        assertThat(status("/plans/" + city + "/breakdown", "finance")).isEqualTo(403);
        assertThat(status("/plans/" + city + "/breakdown", "city_viewer")).isEqualTo(403);
        assertThat(body("/plans", "county_admin_1")).contains("/plans/" + first + "\"")
                .doesNotContain("/plans/" + second + "\"");

        // the city admin: the link up from the county plan, both county plans on the city plan's page
        assertThat(body("/plans/" + first, "city_admin")).contains("href=\"/plans/" + city + "\"");
        String cityPage = body("/plans/" + city, "city_admin");
        assertThat(between(cityPage, "id=\"plan-children\"", "</table>")).contains("城关区").contains("新华区")
                .contains("/plans/" + first + "\"").contains("/plans/" + second + "\"");
        assertThat(cityPage).contains("id=\"plan-breakdown\"");
    }

    @Test
    void aCountyPlanIsNotBrokenDownAgain() throws Exception {
        long city = cityPlan();
        long county = breakdown.breakdown(cityAdmin, city, List.of(id(COUNTY_1)), ZH).getFirst();
        assertThatThrownBy(() -> breakdown.breakdown(cityAdmin, county, List.of(id(COUNTY_1)), ZH))
                .isInstanceOf(UserError.class).hasFieldOrPropertyWithValue("messageKey", "plan.breakdown.notCity");
        assertThat(post(county, "county_admin_1", id(COUNTY_1)).getStatus()).isEqualTo(400);
        assertThat(status("/plans/" + county + "/breakdown", "city_admin")).isEqualTo(400);
        assertThat(body("/plans/" + county, "city_admin")).doesNotContain("id=\"plan-breakdown\"")
                .doesNotContain("id=\"plan-children");
        assertThat(jdbc.sql("SELECT count(*) FROM plan.plan WHERE parent_id = :p").param("p", county)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theCityTargetPageListsTheCountyTargetsWithTheirOwnValuesAndStatuses() throws Exception {
        smallCity.ensure();
        CurrentUser admin = users.current("admin");
        long city = loader.load(admin, "PANJIN_14TH_FYP", id(SmallCity.CITY, true));
        breakdown.breakdown(admin, city, List.of(id(SmallCity.COUNTY_A, true), id(SmallCity.COUNTY_B, true)), ZH);
        long countyB = child(city, SmallCity.COUNTY_B);
        int doneBefore = doneTargets(city, countyB);
        // G1T8 公办园在园幼儿率 ≥ 55% by 2025: 乙县 (only a 民办 kindergarten, 0%) lowers its own target to ≥ 0%
        long target = jdbc.sql("SELECT id FROM plan.target WHERE plan_id = :p AND code = 'G1T8'").param("p", city)
                .query(Long.class).single();
        jdbc.sql("UPDATE plan.target SET value = 0 WHERE parent_target_id = :t AND plan_id = :p")
                .param("t", target).param("p", countyB).update();

        String page = body("/plans/" + city + "/targets/" + target, "admin");
        String counties = between(page, "id=\"target-counties\"", "</table>");
        String a = between(counties, "甲县", "</tr>");
        String b = between(counties, "乙县", "</tr>");
        assertThat(a).contains("≥ 55%").doesNotContain("plan-status");
        assertThat(b).contains("≥ 0%").contains("text-primary").contains("0.00%").contains("已完成");
        // the same county under the city's own target is overdue
        assertThat(between(page, "id=\"target-units\"", "</table>")).contains("data-status=\"OVERDUE\"");
        // on the city plan's page: 乙县's plan has one more target done
        assertThat(doneTargets(city, countyB)).isEqualTo(doneBefore + 1);
    }

    @Test
    void theCityPageCountsACountyPlansTargetsAsTheCountyPlansOwnPageDoes() {
        long city = cityPlan();
        long county = breakdown.breakdown(cityAdmin, city, List.of(id(COUNTY_3)), ZH).getFirst();
        PlanQueries.PlanRow countyPlan = planQueries.plan(cityAdmin.scope(), county).orElseThrow();
        Map<Status, Integer> own = overview.tree(countyPlan, unit(COUNTY_3), ZH).targetCounts();
        Map<Status, Integer> onCityPage = breakdownViews.forPlan(planQueries.plan(cityAdmin.scope(), city)
                .orElseThrow(), unit(CITY), cityAdmin.scope(), ZH).children().stream()
                .filter(c -> c.plan().id() == county).findFirst().orElseThrow().targetCounts();
        assertThat(onCityPage).isEqualTo(own);
        // the qualitative targets with conditions are judged too (on track: no due year, nothing checked yet)
        assertThat(own.get(Status.ON_TRACK)).isGreaterThan(1);
        // and the city target's page shows the county's qualitative target with the status its own page gives it
        PlanQueries.TargetRow cityTarget = planQueries.targets(city).stream().filter(t -> t.code().equals("G1T1"))
                .findFirst().orElseThrow();
        PlanOverview.TargetView ownView = overview.tree(countyPlan, unit(COUNTY_3), ZH).goals().stream()
                .flatMap(g -> g.targets().stream()).filter(v -> v.target().code().equals("G1T1")).findFirst()
                .orElseThrow();
        assertThat(breakdownViews.countyTargets(unit(CITY), cityTarget, cityAdmin.scope(), ZH).stream()
                .filter(c -> c.row().planId() == county).findFirst().orElseThrow().judged().status())
                .isEqualTo(ownView.status()).isEqualTo(Status.ON_TRACK);
    }

    private OrgUnit unit(String code) {
        return directory.findByCode(DataScope.all(0), code).orElseThrow();
    }

    /** The number of done targets the city plan's page shows for a county plan. */
    private int doneTargets(long city, long county) throws Exception {
        String row = between(body("/plans/" + city, "admin"), "data-plan=\"" + county + "\"", "</tr>");
        Matcher done = Pattern.compile("data-status=\"DONE\">(\\d+)<").matcher(between(row, "child-targets",
                "child-tasks"));
        return done.find() ? Integer.parseInt(done.group(1)) : 0;
    }

    /** A new 盘锦 plan for the demo city, A10K1 led by the city's 财政局, A7K2 by its 编办, A2K1 by the bureau. */
    private long cityPlan() {
        long plan = loader.load(cityAdmin, "PANJIN_14TH_FYP", id(CITY));
        plans.assignLeads(cityAdmin, plan, Map.of("A10K1", id("CZJ-" + CITY), "A7K2", id("BB-" + CITY),
                "A2K1", id(CITY)));
        return plan;
    }

    private Map<String, String> leads(long plan) {
        return jdbc.sql("""
                SELECT k.code, coalesce(u.code, '') FROM plan.task k LEFT JOIN org.org_unit u ON u.id = k.lead_unit_id
                 WHERE k.plan_id = :p""").param("p", plan)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private String milestonesAndLinks(long plan) {
        return jdbc.sql("""
                SELECT coalesce((SELECT string_agg(t.code || ':' || m.year || ':' || m.value, ',' ORDER BY t.code, m.year)
                          FROM plan.milestone m JOIN plan.target t ON t.id = m.target_id WHERE t.plan_id = :p), '')
                       || '/' ||
                       (SELECT string_agg(k.code || '>' || t.code, ',' ORDER BY k.code, t.code)
                          FROM plan.task_target tt JOIN plan.task k ON k.id = tt.task_id
                          JOIN plan.target t ON t.id = tt.target_id WHERE k.plan_id = :p)""")
                .param("p", plan).query(String.class).single();
    }

    private long child(long city, String countyCode) {
        return jdbc.sql("""
                SELECT p.id FROM plan.plan p JOIN org.org_unit u ON u.id = p.org_unit_id
                 WHERE p.parent_id = :p AND u.code = :c""").param("p", city).param("c", countyCode)
                .query(Long.class).single();
    }

    private MockHttpServletResponse post(long plan, String user, long... counties) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/plans/" + plan + "/breakdown")
                .with(users.as(user)).with(csrf());
        for (long county : counties) {
            request.param("countyIds", String.valueOf(county));
        }
        return mvc.perform(request).andReturn().getResponse();
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
        return mvc.perform(MockMvcRequestBuilders.get(path).with(users.as(user))).andReturn().getResponse();
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("'%s' on the page", from).isNotNegative();
        int end = text.indexOf(to, start + from.length());
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private long id(String code) {
        return id(code, false);
    }

    /** A unit's id; {@code smallCity}: the code is one of {@link SmallCity}'s, built first. */
    private long id(String code, boolean smallCity) {
        if (smallCity) {
            this.smallCity.ensure();
        }
        return directory.findByCode(DataScope.all(0), code).orElseThrow().id();
    }

    private int count(String table, long plan) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE plan_id = :p").param("p", plan)
                .query(Integer.class).single();
    }
}
