package org.edugov.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edugov.IntegrationTest;
import org.edugov.TestUsers;
import org.edugov.shared.UserError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class SecurityTests {

    private static final String PASSWORD = "edugov2026demo";

    @Autowired
    WebApplicationContext context;

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

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
    void signingInRenewsTheSessionIdAndAuditsTheLogin() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String before = sessionCookie(client);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=city_viewer&password=" + PASSWORD + "&_csrf="
                        + token.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(sessionCookie(client)).isNotBlank().isNotEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE action = 'LOGIN_SUCCEEDED' "
                + "AND actor_name = 'city_viewer'").query(Long.class).single()).isPositive();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String sessionCookie(HttpClient client) {
        return ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst().orElse("");
    }

    @Test
    void aWrongPasswordSaysSoWithoutRevealingWhetherTheUserExists() throws Exception {
        String known = mvc.perform(formLogin().user("city_viewer").password("wrong-password1")).andReturn()
                .getResponse().getRedirectedUrl();
        String unknown = mvc.perform(formLogin().user("nobody_here").password("wrong-password1")).andReturn()
                .getResponse().getRedirectedUrl();
        assertThat(known).isEqualTo("/login?error").isEqualTo(unknown);
    }

    @Test
    void fiveFailuresLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        UserAccount victim = createUser("lockout_probe");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user("lockout_probe").password("not-the-password1"));
        }
        assertThat(mvc.perform(formLogin().user("lockout_probe").password("lockout2026secret")).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
        accounts.unlock(CurrentUser.system(), victim.id());
        assertThat(mvc.perform(formLogin().user("lockout_probe").password("lockout2026secret")).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE action = 'ACCOUNT_LOCKED' "
                + "AND actor_name = 'lockout_probe'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aForgedCsrfTokenIsRefusedWithAMessageAndChangesNothing() throws Exception {
        long units = jdbc.sql("SELECT count(*) FROM org.org_unit").query(Long.class).single();
        MvcResult result = mvc.perform(post("/org/units").with(users.as("city_admin"))
                        .with(csrf().useInvalidToken()).param("kind", "COUNTY").param("code", "419907")
                        .param("name", "伪造县").param("parentId", "1").header("Accept-Language", "zh-CN"))
                .andReturn();
        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(result.getRequest().getAttribute(UserError.MESSAGE_KEY_ATTRIBUTE)).isEqualTo("error.csrf");
        assertThat(jdbc.sql("SELECT count(*) FROM org.org_unit").query(Long.class).single()).isEqualTo(units);
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void anExpiredSessionLeadsBackToLoginAndHtmxGetsARedirectHeader() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/org/units").with(r -> {
            r.setRequestedSessionId("expired-session");
            r.setRequestedSessionIdValid(false);
            return r;
        })).andReturn().getResponse();
        assertThat(page.getRedirectedUrl()).isEqualTo("/login?expired");
        MockHttpServletResponse fragment = mvc.perform(get("/org/units/search").param("q", "x")
                .header("HX-Request", "true")).andReturn().getResponse();
        assertThat(fragment.getStatus()).isEqualTo(401);
        assertThat(fragment.getHeader("HX-Redirect")).isEqualTo("/login");
    }

    @Test
    void anApiClientWithoutSessionGets401NotALoginPage() throws Exception {
        assertThat(mvc.perform(get("/api/anything")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        UserAccount account = createUser("disabled_probe");
        accounts.update(CurrentUser.system(), account.id(), new UserCommand(account.username(), "停用测试", account.orgUnitId(),
                account.roleId(), null, false, List.of(), null));
        assertThat(mvc.perform(formLogin().user("disabled_probe").password("disabled2026secret")).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/login?disabled");
    }

    private UserAccount createUser(String username) {
        long org = jdbc.sql("SELECT id FROM org.org_unit WHERE code = '419901'").query(Long.class).single();
        long role = accounts.roleByCode("VIEWER").orElseThrow().id();
        String password = username.substring(0, username.indexOf('_')) + "2026secret";
        return accounts.create(CurrentUser.system(), new UserCommand(username, "锁定测试", org, role, null, true,
                List.of(), password), false);
    }
}
