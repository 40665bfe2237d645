package org.edugov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edugov.ControlCity;
import org.edugov.IntegrationTest;
import org.edugov.TestUsers;
import org.edugov.shared.SchoolYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Facilities and finance of county 419902's junior schools: the import from real xlsx files filled in from the
 * downloaded template (all or nothing, errors by row and column, error workbook), the edit form, the list and
 * its export, each inside the user's scope.
 */
@IntegrationTest
class FacilitiesTests {

    private static final SchoolYear THIS_YEAR = SchoolYear.containing(LocalDate.now());
    private static final String FILLED = "1200.5";

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ControlCity control;

    MockMvc mvc;
    String schoolA;
    String schoolB;
    String noProfile;
    String otherCounty;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        schoolA = code("419902", "311", 0);
        schoolB = code("419902", "311", 1);
        noProfile = code("419902", "111", 0);
        otherCounty = code("419903", "311", 0);
        for (String school : List.of(schoolA, schoolB, otherCounty)) {
            jdbc.sql("""
                    INSERT INTO registry.school (org_unit_id, county_code, ownership, stages, created_by)
                    SELECT id, county_code, '1', '{JUNIOR}', 'test' FROM org.unit_scope WHERE code = :code
                    ON CONFLICT DO NOTHING""").param("code", school).update();
        }
    }

    @Test
    void aGoodFileImportsEverySchoolYearAndALaterFileReplacesIt() throws Exception {
        String year = THIS_YEAR.previous().label();
        MockHttpServletResponse ok = upload("county_admin_2", new MockHttpSession(), List.of(
                row(schoolA, year, FILLED, "", "3000", "120", "80", "24", "1000", "是", "否", "是", "是", "是", "1500000",
                        "850", "60000"),
                row(schoolB, THIS_YEAR.minusYears(2).label(), "", "", "", "45")));
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentAsString()).contains("办学条件与经费已导入。");
        assertThat(value("teaching_area_m2", schoolA, THIS_YEAR.previous())).isEqualTo(new BigDecimal("1200.50"));
        assertThat(value("counseling_room", schoolA, THIS_YEAR.previous())).isEqualTo(true);
        assertThat(value("resource_room", schoolA, THIS_YEAR.previous())).isEqualTo(false);
        assertThat(value("student_computers", schoolB, THIS_YEAR.minusYears(2))).isEqualTo(45);
        assertThat(value("teaching_area_m2", schoolB, THIS_YEAR.minusYears(2))).isNull();
        long audited = audits(schoolA, THIS_YEAR.previous());
        assertThat(audited).isEqualTo(1);

        upload("county_admin_2", new MockHttpSession(), List.<String[]>of(row(schoolA, year, "", "", "", "130")));
        assertThat(value("teaching_area_m2", schoolA, THIS_YEAR.previous())).as("a blank clears the figure").isNull();
        assertThat(value("student_computers", schoolA, THIS_YEAR.previous())).isEqualTo(130);
        assertThat(audits(schoolA, THIS_YEAR.previous())).isEqualTo(2);
        assertThat(jdbc.sql("""
                SELECT changes::text FROM audit.audit_event WHERE entity_type = 'SchoolYearFacts' AND entity_id = :id
                 ORDER BY id DESC LIMIT 1""").param("id", id(schoolA) + "/" + THIS_YEAR.previous().startYear())
                .query(String.class).single()).contains("student_computers", "120", "130");

        String page = mvc.perform(get("/registry/schools/" + id(schoolA)).with(users.as("county_admin_2"))
                .header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(year).contains(">130<").contains("/facts/" + THIS_YEAR.startYear() + "/edit");
    }

    @Test
    void aFileWithBadRowsWritesNothingAndExplainsEveryRowAndColumn() throws Exception {
        String year = THIS_YEAR.minusYears(3).label();
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse bad = upload("county_admin_2", session, List.of(
                row(schoolA, year, "900", "", "", "60"),
                row("1419902999", year),
                row(schoolB, "2025"),
                row(schoolA, year, "901"),
                row(otherCounty, year),
                row(noProfile, year),
                row(schoolB, year, "-5", "", "", "3.5", "", "", "", "有"),
                row(schoolB, SchoolYear.of(1998).label())));
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains("导入失败，发现 9 处错误")
                .contains("学校标识码“1419902999”不存在，或不在您的数据权限范围内。")
                .contains("学年“2025”格式不正确，请写成 2025-2026。")
                .contains("同一学校同一学年在文件中重复（第 2 行已出现）。")
                .contains("学校标识码“" + otherCounty + "”不存在")
                .contains("学校“" + noProfile + "”尚未建档")
                .contains("“-5”不能为负数。").contains("“3.5”应为整数。").contains("“有”应为“是”或“否”")
                .contains("学年 1998 超出范围")
                .contains("id=\"download-errors\"");
        assertThat(jdbc.sql("SELECT count(*) FROM registry.school_year_facts WHERE school_year = :y")
                .param("y", THIS_YEAR.minusYears(3).startYear()).query(Long.class).single()).as("nothing written")
                .isZero();

        byte[] workbook = mvc.perform(get("/registry/facilities/import/errors").session(session)
                .with(users.as("county_admin_2")).header("Accept-Language", "zh-CN")).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            int errorColumn = SchoolYearFactsImport.COLUMNS.size();
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(errorColumn))).isEqualTo("错误说明");
            assertThat(sheet.getLastRowNum()).isEqualTo(8);
            assertThat(f.formatCellValue(sheet.getRow(1).getCell(errorColumn))).isEmpty();
            assertThat(f.formatCellValue(sheet.getRow(7).getCell(0))).isEqualTo(schoolB);
            assertThat(f.formatCellValue(sheet.getRow(7).getCell(errorColumn)))
                    .contains("【教学及辅助用房面积（㎡）】“-5”不能为负数。", "【学生用计算机（台）】“3.5”应为整数。", "【心理辅导室】");
        }
        assertThat(mvc.perform(get("/registry/facilities/import/errors").with(users.as("county_admin_2")))
                .andReturn().getResponse().getStatus()).as("another session has no error workbook").isEqualTo(404);
    }

    @Test
    void theTemplateNamesEveryColumnWithItsNote() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            var header = wb.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("学校标识码*");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("学年*");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("教学及辅助用房面积（㎡）");
            assertThat(header.getCell(2).getCellComment().getString().getString()).contains("最多两位小数");
            assertThat(header.getLastCellNum()).isEqualTo((short) (2 + SchoolFact.values().length));
        }
        assertThat(mvc.perform(get("/registry/facilities/import/template").with(users.as("county_viewer_1")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theFormSavesOneYearAuditedAndRefusesBadInputInTheUsersLanguage() throws Exception {
        long a = id(schoolA);
        int year = THIS_YEAR.minusYears(4).startYear();
        String form = mvc.perform(get("/registry/schools/" + a + "/facts/" + year + "/edit")
                .with(users.as("county_admin_2"))).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"student_computers\"").contains("name=\"counseling_room\"");

        MockHttpServletResponse zh = save("county_admin_2", a, year, "zh-CN", "student_computers", "-1",
                "counseling_room", "maybe", "teaching_area_m2", "800");
        assertThat(zh.getStatus()).isEqualTo(400);
        assertThat(zh.getContentAsString()).contains("【学生用计算机（台）】“-1”不能为负数。")
                .contains("【心理辅导室】“maybe”应为“是”或“否”").contains("value=\"800\"");
        MockHttpServletResponse en = save("county_admin_2", a, year, "en", "student_computers", "lots");
        assertThat(en.getStatus()).isEqualTo(400);
        assertThat(en.getContentAsString()).contains("[Computers for pupils] “lots” is not a number.");
        assertThat(jdbc.sql("SELECT count(*) FROM registry.school_year_facts WHERE org_unit_id = :a AND school_year = :y")
                .param("a", a).param("y", year).query(Long.class).single()).isZero();

        MockHttpServletResponse saved = save("county_admin_2", a, year, "zh-CN", "student_computers", "66",
                "counseling_room", "true", "public_funds_per_pupil", "1000.25");
        assertThat(saved.getRedirectedUrl()).isEqualTo("/registry/schools/" + a);
        assertThat(value("public_funds_per_pupil", schoolA, SchoolYear.of(year))).isEqualTo(new BigDecimal("1000.25"));
        save("county_admin_2", a, year, "zh-CN", "student_computers", "70", "counseling_room", "true");
        assertThat(jdbc.sql("""
                SELECT string_agg(action, ',' ORDER BY id) FROM audit.audit_event
                 WHERE entity_type = 'SchoolYearFacts' AND entity_id = :id""").param("id", a + "/" + year)
                .query(String.class).single()).isEqualTo("CREATE,UPDATE");
        assertThat(value("public_funds_per_pupil", schoolA, SchoolYear.of(year))).isNull();

        assertThat(save("county_admin_3", a, year, "zh-CN", "student_computers", "1").getStatus()).isEqualTo(404);
        assertThat(save("county_viewer_1", a, year, "zh-CN", "student_computers", "1").getStatus()).isEqualTo(403);
        assertThat(save("county_admin_2", a, 1990, "zh-CN", "student_computers", "1").getStatus()).isEqualTo(400);
        assertThat(save("county_admin_2", a, THIS_YEAR.startYear() + 1, "zh-CN").getStatus()).isEqualTo(400);
        assertThat(mvc.perform(post("/registry/schools/" + a + "/facts/abc").with(users.as("county_admin_2"))
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(400);
        MockHttpServletResponse noProfileForm = mvc.perform(get("/registry/schools/" + id(noProfile) + "/facts/"
                + year + "/edit").with(users.as("county_admin_2")).header("Accept-Language", "zh-CN")).andReturn()
                .getResponse();
        assertThat(noProfileForm.getStatus()).isEqualTo(409);
        assertThat(noProfileForm.getContentAsString()).contains("尚未建档");
    }

    @Test
    void theListAndItsExportFollowTheFilterAndTheScope() throws Exception {
        SchoolYear year = THIS_YEAR.minusYears(5);
        upload("county_admin_2", new MockHttpSession(), List.<String[]>of(row(schoolA, year.label(), "4321.5")));
        assertThat(list(schoolA, year, false, "county_admin_2")).contains(schoolA).contains(">4,321.5<");
        assertThat(list(noProfile, year, false, "county_admin_2")).contains(noProfile).contains("未填报")
                .contains("未建档");
        assertThat(list(schoolA, year, true, "county_admin_2")).doesNotContain(schoolA);
        assertThat(list(schoolB, year, true, "county_admin_2")).contains(schoolB);
        String other = mvc.perform(get("/registry/facilities?year=" + year.startYear())
                .with(users.as("county_admin_3"))).andReturn().getResponse().getContentAsString();
        assertThat(other).doesNotContain(schoolA).doesNotContain(">4,321.5<");
        assertThat(mvc.perform(get("/registry/facilities?orgId=" + id(schoolA)).with(users.as("county_admin_3")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/registry/facilities?year=1890").with(users.as("county_admin_2")))
                .andReturn().getResponse().getStatus()).isEqualTo(400);

        byte[] export = mvc.perform(get("/registry/facilities/export?year=" + year.startYear())
                .with(users.as("county_admin_2"))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Sheet sheet = wb.getSheetAt(0);
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                String code = sheet.getRow(r).getCell(1).getStringCellValue();
                assertThat(code).startsWith("1419902");
                if (code.equals(schoolA)) {
                    found = true;
                    assertThat(sheet.getRow(r).getCell(4).getStringCellValue()).isEqualTo("是");
                    assertThat(sheet.getRow(r).getCell(5).getStringCellValue()).isEqualTo("4321.5");
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void anotherCitysFiguresStayWithIt() throws Exception {
        control.ensure();
        assertThat(mvc.perform(get("/registry/facilities").with(users.as(ControlCity.USER))).andReturn().getResponse()
                .getContentAsString()).contains(ControlCity.FACT_SHOWN).contains(ControlCity.MARKER);
        assertThat(mvc.perform(get("/registry/facilities").with(users.as("city_admin"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain(ControlCity.FACT_SHOWN).doesNotContain(ControlCity.MARKER);
        long controlSchool = control.unit(ControlCity.SCHOOL).id();
        assertThat(mvc.perform(post("/registry/schools/" + controlSchool + "/facts/" + THIS_YEAR.startYear())
                .param("student_computers", "1").with(users.as("city_admin")).with(csrf())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT student_computers FROM registry.school_year_facts WHERE org_unit_id = :id")
                .param("id", controlSchool).query(Integer.class).single())
                .isEqualTo(Integer.parseInt(ControlCity.POPULATION));
    }

    private String list(String school, SchoolYear year, boolean missing, String user) throws Exception {
        return mvc.perform(get("/registry/facilities").param("orgId", String.valueOf(id(school)))
                .param("year", String.valueOf(year.startYear())).param("missing", String.valueOf(missing))
                .with(users.as(user)).header("Accept-Language", "zh-CN")).andReturn().getResponse()
                .getContentAsString();
    }

    private MockHttpServletResponse upload(String user, MockHttpSession session, List<String[]> rows)
            throws Exception {
        return mvc.perform(multipart("/registry/facilities/import").file(new MockMultipartFile("file", "facts.xlsx",
                "application/octet-stream", fill(template(), rows))).session(session).with(users.as(user))
                .with(csrf()).header("Accept-Language", "zh-CN")).andReturn().getResponse();
    }

    private MockHttpServletResponse save(String user, long school, int year, String language, String... fields)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/registry/schools/" + school + "/facts/" + year)
                .with(users.as(user)).with(csrf()).header("Accept-Language", language);
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private byte[] template() throws Exception {
        return mvc.perform(get("/registry/facilities/import/template").with(users.as("county_admin_2"))
                .header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsByteArray();
    }

    /** The downloaded template with rows typed in, as a bureau would send it back. */
    private static byte[] fill(byte[] template, List<String[]> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static String[] row(String... cells) {
        return cells;
    }

    private Object value(String column, String school, SchoolYear year) {
        return jdbc.sql("SELECT " + column + " FROM registry.school_year_facts WHERE org_unit_id = :id "
                        + "AND school_year = :year")
                .param("id", id(school)).param("year", year.startYear()).query((rs, i) -> rs.getObject(1)).list()
                .getFirst();
    }

    private long audits(String school, SchoolYear year) {
        return jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'SchoolYearFacts' AND entity_id = :id")
                .param("id", id(school) + "/" + year.startYear()).query(Long.class).single();
    }

    private long id(String code) {
        return jdbc.sql("SELECT id FROM org.unit_scope WHERE code = :code").param("code", code).query(Long.class)
                .single();
    }

    private String code(String county, String type, int index) {
        return jdbc.sql("""
                SELECT code FROM org.unit_scope WHERE county_code = :county AND school_type = :type
                 ORDER BY code OFFSET :index LIMIT 1""")
                .param("county", county).param("type", type).param("index", index).query(String.class).single();
    }
}
