package org.edugov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edugov.ControlCity;
import org.edugov.IntegrationTest;
import org.edugov.TestUsers;
import org.edugov.shared.SchoolYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The classes page of a 九年一贯制 school in 城关区: sizes counted from pupils, bands, flags, filters, scope. */
@IntegrationTest
class ClassPagesTests {

    private static final int YEAR = SchoolYear.containing(LocalDate.now()).startYear();

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ControlCity control;

    MockMvc mvc;
    long school;

    @BeforeEach
    void setUp() {
        control.ensure();
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        school = jdbc.sql("SELECT min(id) FROM org.unit_scope WHERE county_code = '419901' AND school_type = '312'")
                .query(Long.class).single();
        if (jdbc.sql("SELECT count(*) FROM registry.class WHERE school_id = :s").param("s", school).query(Long.class)
                .single() == 0) {
            classWith("班额页一班", "P1", 30, false, false, 1);
            classWith("班额页三班", "P3", 50, false, false, 2);
            classWith("班额页五班", "P5", 57, false, false, 3);
            classWith("班额页七班", "J1", 70, true, false, 4);
            classWith("班额页特教班", "P4", 8, false, true, 5);
        }
    }

    @Test
    void classesShowTheirCountedSizeBandAndFlags() throws Exception {
        String page = page("/registry/classes?orgId=" + school + "&year=" + YEAR, "county_admin_1");
        assertThat(page).contains("班额页一班", "班额页三班", "班额页五班", "班额页七班", "班额页特教班")
                .contains(">57<").contains(">70<").contains("大班额（56–65）").contains("超大班额（≥66）")
                .contains(">复式班<").contains(">特教班<")
                .contains("正常（≤45）：2 个").contains("偏大（46–55）：1 个").contains("大班额（56–65）：1 个")
                .contains("超大班额（≥66）：1 个");
        assertThat(page.indexOf("班额页五班")).as("primary grades before junior ones")
                .isLessThan(page.indexOf("班额页七班"));
        assertThat(page("/registry/classes?orgId=" + school + "&year=" + YEAR + "&band=LARGE", "county_admin_1"))
                .contains("班额页五班").doesNotContain("班额页三班").doesNotContain("班额页七班");
        assertThat(page("/registry/classes?orgId=" + school + "&year=" + YEAR + "&grade=J1", "county_admin_1"))
                .contains("班额页七班").doesNotContain("班额页五班");
        assertThat(page("/registry/classes?orgId=" + school + "&year=" + (YEAR - 1), "county_admin_1"))
                .doesNotContain("班额页");
        String menu = page("/registry/classes?orgId=" + school, "county_viewer_1");
        assertThat(menu).contains("href=\"/registry/classes\"").contains("班额页五班");
    }

    @Test
    void theExportFollowsTheFilter() throws Exception {
        byte[] export = mvc.perform(get("/registry/classes/export?orgId=" + school + "&year=" + YEAR + "&band=VERY_LARGE")
                .with(users.as("county_admin_1")).header("Accept-Language", "zh-CN")).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("班额页七班");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("70");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("超大班额（≥66）");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("是");
        }
    }

    @Test
    void otherCountiesAndOtherCitiesSeeNoneOfThem() throws Exception {
        assertThat(page("/registry/classes?year=" + YEAR, "county_admin_2")).doesNotContain("班额页");
        assertThat(mvc.perform(get("/registry/classes?orgId=" + school).with(users.as("county_admin_2"))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(page("/registry/classes?year=" + YEAR, "city_admin")).doesNotContain(ControlCity.MARKER);
        assertThat(page("/registry/classes?year=" + YEAR, ControlCity.USER)).contains(ControlCity.MARKER + "班")
                .doesNotContain("班额页");
        assertThat(mvc.perform(get("/registry/classes?band=HUGE").with(users.as("county_admin_1"))).andReturn()
                .getResponse().getStatus()).isEqualTo(400);
    }

    private String page(String url, String user) throws Exception {
        return mvc.perform(get(url).with(users.as(user)).header("Accept-Language", "zh-CN")).andReturn().getResponse()
                .getContentAsString();
    }

    /** A class with {@code size} enrolled pupils and one suspended pupil, who does not count. */
    private void classWith(String name, String grade, int size, boolean multigrade, boolean special, int series) {
        long id = jdbc.sql("""
                INSERT INTO registry.class (county_code, school_id, school_year, grade, name, multigrade, special)
                VALUES ('419901', :school, :year, :grade, :name, :multigrade, :special) RETURNING id""")
                .param("school", school).param("year", YEAR).param("grade", grade).param("name", name)
                .param("multigrade", multigrade).param("special", special).query(Long.class).single();
        // identity numbers from a region code that does not exist (91…), so no other test meets them
        jdbc.sql("""
                INSERT INTO registry.pupil (county_code, school_id, class_id, grade, name, id_type, id_number,
                                            student_no, sex, birth_date, entered_on, status, created_by)
                SELECT '419901', :school, :class, :grade, '班额页学生' || n, '1', id, 'G' || id, '1',
                       DATE '2016-05-01', DATE '2023-09-01', CASE WHEN n > :size THEN 'SUSPENDED' ELSE 'ENROLLED' END,
                       'test'
                  FROM generate_series(1, :size + 1) n,
                       LATERAL (SELECT '91990120160501' || lpad(CAST(:series * 100 + n AS text), 4, '0') AS id) i""")
                .param("school", school).param("class", id).param("grade", grade).param("size", size)
                .param("series", series).update();
    }
}
