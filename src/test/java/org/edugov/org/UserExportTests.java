package org.edugov.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edugov.IntegrationTest;
import org.edugov.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class UserExportTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestUsers users;

    @Test
    void theUserExportHoldsOnlyTheScopesAccounts() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        byte[] file = mvc.perform(get("/org/users/export").with(users.as("county_admin_2"))
                .header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("用户名");
            StringBuilder names = new StringBuilder();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                names.append(sheet.getRow(r).getCell(0).getStringCellValue()).append(',');
            }
            assertThat(names.toString()).contains("county_admin_2,").doesNotContain("county_admin_1,")
                    .doesNotContain("city_admin,");
        }
    }
}
