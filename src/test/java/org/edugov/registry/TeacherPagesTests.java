package org.edugov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.edugov.ControlCity;
import org.edugov.IntegrationTest;
import org.edugov.TestIds;
import org.edugov.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class TeacherPagesTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestUsers users;

    @Autowired
    ControlCity control;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        control.ensure();
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void teachersAreScopedAndTheirIdNumbersMasked() throws Exception {
        String id = TestIds.of("429901", LocalDate.of(1985, 4, 2), 914);
        String own = mvc.perform(get("/registry/teachers?name=" + ControlCity.MARKER).with(users.as(ControlCity.USER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(own).contains(ControlCity.MARKER + "教师").contains("********").doesNotContain(id);
        String unmasked = mvc.perform(get("/registry/teachers?unmasked=true&name=" + ControlCity.MARKER)
                .with(users.as(ControlCity.USER))).andReturn().getResponse().getContentAsString();
        assertThat(unmasked).contains(id);
        String other = mvc.perform(get("/registry/teachers").with(users.as("city_admin"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(other).doesNotContain(ControlCity.MARKER + "教师");
        byte[] export = mvc.perform(get("/registry/teachers/export?name=" + ControlCity.MARKER)
                .with(users.as(ControlCity.USER))).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(export))) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(ControlCity.MARKER + "教师");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).contains("********");
        }
    }
}
