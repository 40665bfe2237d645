package org.edugov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edugov.IntegrationTest;
import org.edugov.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class PopulationImportTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void cohortsImportAllOrNothingWithinTheScope() throws Exception {
        String town = jdbc.sql("SELECT min(code) FROM org.unit_scope WHERE county_code = '419906' AND kind = 'TOWN'")
                .query(String.class).single();
        String otherTown = jdbc.sql("SELECT min(code) FROM org.unit_scope WHERE county_code = '419905' AND kind = 'TOWN'")
                .query(String.class).single();
        MockHttpServletResponse bad = upload("county_admin_6", List.of(
                new String[] {town, "2023", "户籍", "6", "男", "812"},
                new String[] {town, "2023", "户籍", "19", "男", "5"},
                new String[] {otherTown, "2023", "常住", "6", "女", "700"},
                new String[] {town, "2023", "户籍", "6", "男", "813"}));
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains("应为 0 到 18 之间的整数").contains("不在您的数据权限范围内")
                .contains("在文件中重复");
        assertThat(count()).isZero();

        MockHttpServletResponse ok = upload("county_admin_6", List.of(
                new String[] {town.substring(0, 9), "2023", "户籍", "6", "男", "812"},
                new String[] {town, "2023", "常住", "6", "女", "790"}));
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(count()).isEqualTo(2);
        upload("county_admin_6", List.<String[]>of(new String[] {town, "2023", "户籍", "6", "男", "900"}));
        assertThat(jdbc.sql("SELECT sum(persons) FROM registry.population WHERE year = 2023 AND county_code = '419906'")
                .query(Long.class).single()).isEqualTo(1690);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM registry.population WHERE year = 2023").query(Long.class).single();
    }

    private MockHttpServletResponse upload(String user, List<String[]> rows) throws Exception {
        return mvc.perform(multipart("/registry/population/import").file(new MockMultipartFile("file", "p.xlsx",
                "application/octet-stream", xlsx(rows))).with(users.as(user)).with(csrf())
                .header("Accept-Language", "zh-CN")).andReturn().getResponse();
    }

    private static byte[] xlsx(List<String[]> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("人口");
            String[] header = {"乡镇代码", "年份", "口径", "年龄", "性别", "人数"};
            var h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
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
}
