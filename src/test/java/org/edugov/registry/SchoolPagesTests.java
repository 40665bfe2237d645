package org.edugov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.edugov.IntegrationTest;
import org.edugov.TestIds;
import org.edugov.TestUsers;
import org.edugov.shared.SchoolYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class SchoolPagesTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    long school;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        school = jdbc.sql("SELECT max(id) FROM org.unit_scope WHERE county_code = '419903' AND school_type = '211'")
                .query(Long.class).single();
    }

    @Test
    void savingTheProfileIsAuditedAndRefusalsKeepTheForm() throws Exception {
        MockHttpServletResponse bad = mvc.perform(post("/registry/schools/" + school).with(users.as("county_admin_3"))
                .with(csrf()).param("ownership", "1").param("inclusivePrivate", "true")
                .param("inclusiveSince", "2024-09-01").param("stages", "PRIMARY")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("只有民办学校可以认定为普惠性民办");
        assertThat(count("SELECT count(*) FROM registry.school WHERE org_unit_id = " + school)).isZero();

        MockHttpServletResponse ok = mvc.perform(post("/registry/schools/" + school).with(users.as("county_admin_3"))
                .with(csrf()).param("ownership", "1").param("urbanRural", "121").param("stages", "PRIMARY")
                .param("boarding", "true")).andReturn().getResponse();
        assertThat(ok.getRedirectedUrl()).isEqualTo("/registry/schools/" + school);
        assertThat(count("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'SchoolProfile' "
                + "AND entity_id = '" + school + "'")).isEqualTo(1);
        assertThat(mvc.perform(post("/registry/schools/" + school).with(users.as("county_admin_4")).with(csrf())
                .param("ownership", "2").param("stages", "PRIMARY")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void classSizesAreCountedFromEnrolledPupilsAndLargeClassesFlagged() throws Exception {
        long school = jdbc.sql("SELECT min(id) FROM org.unit_scope WHERE county_code = '419903' AND school_type = '211'")
                .query(Long.class).single();
        int year = SchoolYear.containing(LocalDate.now()).startYear();
        long classId = jdbc.sql("""
                INSERT INTO registry.class (county_code, school_id, school_year, grade, name)
                VALUES ('419903', :school, :year, 'P3', '三(9)班') RETURNING id""")
                .param("school", school).param("year", year).query(Long.class).single();
        for (int i = 0; i < 57; i++) {
            String id = TestIds.of("419903", LocalDate.of(2017, 5, 1).plusDays(i), 100 + i);
            jdbc.sql("""
                    INSERT INTO registry.pupil (county_code, school_id, class_id, grade, name, id_type, id_number,
                                                student_no, sex, birth_date, entered_on, status, created_by)
                    VALUES ('419903', :school, :class, 'P3', :name, '1', :id, :no, '1', :birth, DATE '2023-09-01',
                            :status, 'test')""")
                    .param("school", school).param("class", classId).param("name", "班额测试" + i).param("id", id)
                    .param("no", "G" + id).param("birth", LocalDate.of(2017, 5, 1).plusDays(i))
                    .param("status", i == 0 ? "SUSPENDED" : "ENROLLED").update();
        }
        jdbc.sql("""
                INSERT INTO registry.school (org_unit_id, county_code, ownership, stages, created_by)
                VALUES (:school, '419903', '1', '{PRIMARY}', 'test')""").param("school", school).update();
        jdbc.sql("""
                INSERT INTO registry.school_year_facts (org_unit_id, school_year, county_code, student_computers)
                VALUES (:school, :year, '419903', 187)""").param("school", school).param("year", year).update();
        String page = mvc.perform(get("/registry/schools/" + school).with(users.as("county_admin_3"))
                .header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("三(9)班").contains(">56<").contains("大班额 1 个").contains(">187<");
    }

    @Test
    void theSchoolListAndThePopulationPageStayInsideTheScope() throws Exception {
        String list = mvc.perform(get("/registry/schools?q=东山").with(users.as("county_admin_3"))
                .header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("东山").doesNotContain("城关区");
        byte[] export = mvc.perform(get("/registry/schools/export?q=东山").with(users.as("county_admin_3")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(export))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isPositive();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).startsWith("1419903");
            }
        }
        String other = mvc.perform(get("/registry/schools?q=东山").with(users.as("county_admin_4")))
                .andReturn().getResponse().getContentAsString();
        assertThat(other).doesNotContain("东山县");
        long town = jdbc.sql("SELECT min(id) FROM org.unit_scope WHERE county_code = '419903' AND kind = 'TOWN'")
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO registry.population (town_id, county_code, year, basis, age, sex, persons)
                VALUES (:town, '419903', 2024, 'HUKOU', 6, '2', 1357), (:town, '419903', 2024, 'HUKOU', 6, '1', 1000)
                ON CONFLICT DO NOTHING""").param("town", town).update();
        String population = mvc.perform(get("/registry/population?year=2024&basis=HUKOU")
                .with(users.as("county_admin_3"))).andReturn().getResponse().getContentAsString();
        assertThat(population).contains(">2357<");
        assertThat(mvc.perform(get("/registry/population?year=2024&basis=HUKOU").with(users.as("county_admin_4")))
                .andReturn().getResponse().getContentAsString()).doesNotContain(">2357<");
        assertThat(mvc.perform(get("/registry/population?basis=BOTH").with(users.as("county_admin_3"))).andReturn()
                .getResponse().getStatus()).isEqualTo(400);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
