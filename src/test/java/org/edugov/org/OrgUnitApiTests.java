package org.edugov.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.edugov.ControlCity;
import org.edugov.IntegrationTest;
import org.edugov.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class OrgUnitApiTests {

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
    void listsTheScopeRootsAndChildrenAsJson() throws Exception {
        MockHttpServletResponse roots = mvc.perform(get("/api/org/units").with(users.as("county_admin_2")))
                .andReturn().getResponse();
        assertThat(roots.getContentType()).startsWith("application/json");
        assertThat(roots.getContentAsString()).contains("\"code\":\"419902\"").doesNotContain("419901");
        long county = control.unit(ControlCity.COUNTY).id();
        MockHttpServletResponse children = mvc.perform(get("/api/org/units/" + county + "/children")
                .with(users.as(ControlCity.USER))).andReturn().getResponse();
        assertThat(children.getContentAsString()).contains(ControlCity.TOWN);
    }

    @Test
    void outOfScopeIsAProblemDetailInTheCallersLanguage() throws Exception {
        long school = control.unit(ControlCity.SCHOOL).id();
        MockHttpServletResponse zh = mvc.perform(get("/api/org/units/" + school).with(users.as("city_admin"))
                .header("Accept-Language", "zh-CN")).andReturn().getResponse();
        assertThat(zh.getStatus()).isEqualTo(404);
        assertThat(zh.getContentType()).isEqualTo("application/problem+json");
        assertThat(zh.getContentAsString()).contains("不在您的数据权限范围内").doesNotContain(ControlCity.MARKER);
        MockHttpServletResponse en = mvc.perform(get("/api/org/units/" + school).with(users.as("city_admin"))
                .header("Accept-Language", "en")).andReturn().getResponse();
        assertThat(en.getContentAsString()).contains("outside your data scope");
        MockHttpServletResponse bad = mvc.perform(get("/api/org/units/abc").with(users.as("city_admin")))
                .andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs").with(users.as("city_admin"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(doc).contains("/api/org/units/{id}/children").doesNotContain("/org/users/{id}/edit");
    }
}
