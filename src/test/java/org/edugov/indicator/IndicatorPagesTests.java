package org.edugov.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edugov.IntegrationTest;
import org.edugov.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Indicator pages, export, drill-down and API on {@link SmallCity}: values, masking, scope and bad input. */
@IntegrationTest
class IndicatorPagesTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestUsers users;

    @Autowired
    SmallCity city;

    @Autowired
    RegistryFixture fixture;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        city.ensure();
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void theIndicatorPageShowsTheValueTheUnitsBelowAndTheDefinition() throws Exception {
        String page = body("/indicators/LARGE_CLASS_SHARE_COMPULSORY?orgId=" + id(SmallCity.CITY), "admin");
        assertThat(page).contains("50.00%").contains("甲县").contains("33.33%").contains("乙县").contains("100.00%")
                .contains("国发〔2016〕40号");
        String catalog = body("/indicators?orgId=" + id(SmallCity.COUNTY_A) + "&lang=en", "admin");
        assertThat(catalog).contains("Share of large classes, compulsory education").contains("33.33%")
                .contains("21.00:1");
    }

    @Test
    void drillDownListsTheExactClassesAndMasksPupilNames() throws Exception {
        String classes = body("/indicators/LARGE_CLASS_SHARE_COMPULSORY/records?side=numerator&orgId="
                + id(SmallCity.S1), "admin");
        assertThat(classes).contains("一年级(1)班").doesNotContain("二年级(1)班");
        String pupils = body("/indicators/PUPIL_TEACHER_RATIO_PRIMARY/records?side=numerator&orgId="
                + id(SmallCity.S2), "admin");
        assertThat(pupils).contains("测***").doesNotContain("测试学生");
        MockHttpServletResponse county = get("/indicators/LARGE_CLASS_SHARE_COMPULSORY/records?side=numerator&orgId="
                + id(SmallCity.COUNTY_A), "admin");
        assertThat(county.getStatus()).isEqualTo(400);
        assertThat(county.getContentAsString()).contains("明细按学校列出");
    }

    @Test
    void theExportHoldsTheUnitAndTheUnitsBelow() throws Exception {
        byte[] xlsx = get("/indicators/LARGE_CLASS_SHARE_COMPULSORY/export?orgId=" + id(SmallCity.CITY), "admin")
                .getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("引擎测试市");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("50.00");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("甲县");
        }
    }

    @Test
    void theApiGivesTheValueWithItsDefinitionVersion() throws Exception {
        String json = body("/api/indicators/LARGE_CLASS_SHARE_COMPULSORY/values?org=" + id(SmallCity.COUNTY_B), "admin");
        assertThat(json).contains("\"version\":1").contains("\"numerator\":1").contains("\"denominator\":1")
                .contains("乙一镇");
        assertThat(body("/api/indicators?org=" + id(SmallCity.CITY), "admin")).contains("PRESCHOOL_GER");
    }

    @Test
    void unitsOutsideTheUserScopeAre404EverywhereAndBadInputIs4xx() throws Exception {
        String school = id(SmallCity.S1);
        for (String user : new String[] {"city_admin", "county_admin_1", "school_admin_1", "city_viewer"}) {
            for (String path : new String[] {"/indicators?orgId=" + school,
                    "/indicators/LARGE_CLASS_SHARE_COMPULSORY?orgId=" + school,
                    "/indicators/LARGE_CLASS_SHARE_COMPULSORY/export?orgId=" + school,
                    "/indicators/LARGE_CLASS_SHARE_COMPULSORY/records?side=numerator&orgId=" + school,
                    "/api/indicators/LARGE_CLASS_SHARE_COMPULSORY/values?org=" + school}) {
                MockHttpServletResponse r = get(path, user);
                assertThat(r.getStatus()).as(user + " " + path).isEqualTo(404);
                assertThat(r.getContentAsString()).doesNotContain("一年级(1)班").doesNotContain("甲一小学");
            }
        }
        assertThat(get("/indicators/NO_SUCH_CODE?orgId=" + school, "admin").getStatus()).isEqualTo(404);
        assertThat(get("/indicators/LARGE_CLASS_SHARE_COMPULSORY/records?side=middle&orgId=" + school, "admin")
                .getStatus()).isEqualTo(400);
        assertThat(get("/indicators/LARGE_CLASS_SHARE_COMPULSORY?year=abc&orgId=" + school, "admin").getStatus())
                .isEqualTo(400);
        assertThat(get("/indicators/LARGE_CLASS_SHARE_COMPULSORY?year=1800&orgId=" + school, "admin").getStatus())
                .isEqualTo(400);
        MockHttpServletResponse api = get("/api/indicators/LARGE_CLASS_SHARE_COMPULSORY/values?org=" + school,
                "county_admin_1");
        assertThat(api.getContentType()).contains("json");
    }

    @Test
    void dataQualityListsImplausibleRecordsUnderTheUnit() throws Exception {
        String page = body("/indicators/quality?orgId=" + id(SmallCity.COUNTY_B), "admin");
        // the kindergarten (20 children) and the teaching point (10 pupils) have pupils but no teacher
        assertThat(page).contains("乙一幼儿园").contains("乙一小学教学点").doesNotContain("甲一小学");
        assertThat(section(page, "SCHOOL_WITHOUT_TEACHERS")).contains(">2<");
        assertThat(section(page, "CLASS_OVER_80")).contains(">0<");
        assertThat(get("/indicators/quality?orgId=" + id(SmallCity.COUNTY_B), "county_admin_1").getStatus())
                .isEqualTo(404);
    }

    private static String section(String page, String rule) {
        int start = page.indexOf("id=\"rule-" + rule + "\"");
        return page.substring(start, page.indexOf("</div>", start));
    }

    @Test
    void viewersCannotStartRuns() throws Exception {
        assertThat(get("/indicators/runs", "city_viewer").getStatus()).isEqualTo(403);
        assertThat(get("/indicators/runs", "county_admin_1").getStatus()).isEqualTo(403);
        assertThat(get("/indicators/runs", "city_admin").getStatus()).isEqualTo(200);
    }

    private String id(String code) {
        return String.valueOf(fixture.id(code));
    }

    private MockHttpServletResponse get(String path, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path)
                .with(users.as(user))).andReturn().getResponse();
    }

    private String body(String path, String user) throws Exception {
        MockHttpServletResponse r = get(path, user);
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return r.getContentAsString();
    }
}
