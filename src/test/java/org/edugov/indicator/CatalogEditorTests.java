package org.edugov.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.List;
import org.edugov.IntegrationTest;
import org.edugov.TestUsers;
import org.edugov.org.CurrentUser;
import org.edugov.org.UserAccountService;
import org.edugov.org.UserCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A city admin adds a regional version of an indicator: it applies to its city's units from then on, stored
 * values keep the version they were computed with, and a formula that does not parse stores nothing.
 */
@IntegrationTest
class CatalogEditorTests {

    private static final String CODE = "QUALIFIED_TEACHER_SHARE_PRIMARY";

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestUsers users;

    @Autowired
    SmallCity city;

    @Autowired
    RegistryFixture fixture;

    @Autowired
    UserAccountService accounts;

    @Autowired
    IndicatorRuns runs;

    @Autowired
    ValueQueries values;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        city.ensure();
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        if (jdbc.sql("SELECT count(*) FROM org.user_account WHERE username = 'small_city_admin'").query(Long.class)
                .single() == 0) {
            accounts.create(CurrentUser.system(), new UserCommand("small_city_admin", "引擎测试市教育局",
                    fixture.id(SmallCity.CITY), accounts.roleByCode("CITY_ADMIN").orElseThrow().id(), null, true,
                    List.of(), "city2026pass"), false);
        }
    }

    @Test
    void aRegionalVersionAppliesToTheCityAndOldValuesKeepTheirVersion() throws Exception {
        long national = catalog.current(city.ref).stream()
                .filter(d -> d.code().equals(CODE) && d.regionCode().isEmpty()).findFirst().orElseThrow().id();
        MockHttpServletResponse saved = post("teachers[stage=PRIMARY, full_time=true, education=ASSOCIATE|BACHELOR|POSTGRADUATE]");
        assertThat(saved.getStatus()).isEqualTo(302);
        Definition regional = catalog.versions(CODE).stream().filter(d -> d.regionCode().equals("4598")).findFirst()
                .orElseThrow();
        assertThat(regional.version()).isEqualTo(1);
        assertThat(regional.createdBy()).isEqualTo("small_city_admin");
        runs.computeNow("test", city.year, city.ref);
        // 专科 now counts: all 11 full-time primary teachers of the city
        var regionalValue = values.value(regional.id(), city.year, fixture.id(SmallCity.CITY)).orElseThrow();
        assertThat(regionalValue.numerator()).isEqualByComparingTo("11");
        assertThat(values.value(national, city.year, fixture.id(SmallCity.CITY)).orElseThrow().numerator())
                .isEqualByComparingTo("7");
        String page = mvc.perform(MockMvcRequestBuilders.get("/indicators/" + CODE + "?orgId=" + fixture.id(SmallCity.CITY))
                .with(users.as("small_city_admin"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("100.00%").contains("适用地区：4598");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'IndicatorDefinition'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void aFormulaThatDoesNotParseIsRefusedAndNothingIsStored() throws Exception {
        int before = catalog.versions(CODE).size();
        MockHttpServletResponse refused = post("teachers[stage=PRIMARY, colour=blue]");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("teachers 不能按 colour 筛选");
        assertThat(post("").getStatus()).isEqualTo(400);
        assertThat(catalog.versions(CODE)).hasSize(before);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/indicators/" + CODE + "/versions/new")
                .with(users.as("city_viewer"))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private MockHttpServletResponse post(String numerator) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/indicators/" + CODE + "/versions")
                .param("numerator", numerator).param("denominator", "teachers[stage=PRIMARY, full_time=true]")
                .param("factor", "100").param("settings", "").param("validFrom", "2020-09-01")
                .param("definitionZh", "").param("definitionEn", "").param("source", "测试市教育局口径")
                .param("sourceStatus", "U").with(users.as("small_city_admin")).with(csrf())).andReturn().getResponse();
    }
}
