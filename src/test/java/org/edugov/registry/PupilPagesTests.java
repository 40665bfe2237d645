package org.edugov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edugov.ControlCity;
import org.edugov.IntegrationTest;
import org.edugov.TestIds;
import org.edugov.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class PupilPagesTests {

    private static final String ID = TestIds.of("419901", LocalDate.of(2015, 6, 2), 517);

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestUsers users;

    @Autowired
    ControlCity control;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    long pupilId;

    @BeforeEach
    void setUp() {
        control.ensure();
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        pupilId = jdbc.sql("SELECT id FROM registry.pupil WHERE id_number = :id").param("id", ID).query(Long.class)
                .optional().orElseGet(this::insertPupil);
    }

    @Test
    void listsMaskIdentityNumbersUnlessAskedForByAHolderOfThePiiPermission() throws Exception {
        String masked = page("/registry/pupils?name=页面测", "county_admin_1");
        assertThat(masked).contains("页面测试学生").contains(ID.substring(0, 6) + "********" + ID.substring(14))
                .doesNotContain(ID);
        long before = piiReads();
        String unmasked = page("/registry/pupils?name=页面测&unmasked=true", "county_admin_1");
        assertThat(unmasked).contains(ID);
        assertThat(piiReads()).isEqualTo(before + 1);
        String viewer = page("/registry/pupils?name=页面测&unmasked=true", "county_viewer_1");
        assertThat(viewer).contains("页面测试学生").doesNotContain(ID);
    }

    @Test
    void otherCountiesDoNotSeeThePupil() throws Exception {
        assertThat(page("/registry/pupils?name=页面测", "county_admin_2")).doesNotContain("页面测试学生");
        assertThat(mvc.perform(get("/registry/pupils/" + pupilId).with(users.as("county_admin_2"))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void thePupilPageShowsTheTimelineAndUnmasksOnRequestWithAnAuditRow() throws Exception {
        String page = page("/registry/pupils/" + pupilId, "county_admin_1");
        assertThat(page).contains("页面测试学生").contains("入学").doesNotContain(ID).doesNotContain("幸福路88号");
        long before = piiReads();
        MockHttpServletResponse unmasked = mvc.perform(post("/registry/pupils/" + pupilId + "/unmask")
                .with(users.as("county_admin_1")).with(csrf()).header("HX-Request", "true")).andReturn().getResponse();
        assertThat(unmasked.getContentAsString()).contains(ID).contains("幸福路88号");
        assertThat(piiReads()).isEqualTo(before + 1);
        assertThat(mvc.perform(post("/registry/pupils/" + pupilId + "/unmask").with(users.as("county_viewer_1"))
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theExportFollowsTheFilterAndTheMasking() throws Exception {
        MockHttpServletResponse export = mvc.perform(get("/registry/pupils/export?name=页面测")
                .with(users.as("county_admin_1"))).andReturn().getResponse();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export.getContentAsByteArray()))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("姓名");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("页面测试学生");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).contains("********").isNotEqualTo(ID);
        }
    }

    @Test
    void statusChangesAreEventsThatFollowTheRules() throws Exception {
        MockHttpServletResponse noReason = mvc.perform(post("/registry/pupils/" + pupilId + "/events")
                .with(users.as("county_admin_1")).with(csrf()).param("kind", "DROP_OUT")
                .param("on", LocalDate.now().toString())).andReturn().getResponse();
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(noReason.getContentAsString()).contains("须填写原因");
        mvc.perform(post("/registry/pupils/" + pupilId + "/events").with(users.as("county_admin_1")).with(csrf())
                .param("kind", "SUSPEND").param("on", LocalDate.now().toString()).param("reason", "病休"));
        mvc.perform(post("/registry/pupils/" + pupilId + "/events").with(users.as("county_admin_1")).with(csrf())
                .param("kind", "RESUME").param("on", LocalDate.now().toString()));
        assertThat(jdbc.sql("SELECT string_agg(kind, ',' ORDER BY id) FROM registry.pupil_event WHERE pupil_id = :p")
                .param("p", pupilId).query(String.class).single()).endsWith("SUSPEND,RESUME");
        assertThat(jdbc.sql("SELECT status FROM registry.pupil WHERE id = :p").param("p", pupilId)
                .query(String.class).single()).isEqualTo("ENROLLED");
        assertThat(mvc.perform(post("/registry/pupils/" + pupilId + "/events").with(users.as("county_admin_2"))
                .with(csrf()).param("kind", "SUSPEND").param("on", LocalDate.now().toString()).param("reason", "x"))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private String page(String url, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(users.as(user))
                .header("Accept-Language", "zh-CN")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private long piiReads() {
        return jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE action = 'READ_PII'").query(Long.class).single();
    }

    private long insertPupil() {
        long school = jdbc.sql("SELECT min(id) FROM org.unit_scope WHERE county_code = '419901' AND kind = 'SCHOOL'")
                .query(Long.class).single();
        long id = jdbc.sql("""
                INSERT INTO registry.pupil (county_code, school_id, grade, name, id_type, id_number, student_no, sex,
                                            birth_date, hukou_address, entered_on, created_by)
                VALUES ('419901', :school, 'P5', '页面测试学生', '1', :id, :no, '1', DATE '2015-06-02',
                        '示范市城关区幸福路88号', DATE '2021-09-01', 'test') RETURNING id""")
                .param("school", school).param("id", ID).param("no", "G" + ID).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO registry.pupil_event (pupil_id, county_code, school_id, kind, occurred_on, actor)
                VALUES (:p, '419901', :school, 'ENROL', DATE '2021-09-01', 'test')""")
                .param("p", id).param("school", school).update();
        return id;
    }
}
