package org.edugov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every controller route, for every built-in role, aimed at data of the control city that lies
 * outside every demo account's scope: the answer is 403 or 404, or a page without any of that data,
 * never a 5xx, and nothing changes. Routes are read from Spring MVC, so new routes are covered at once;
 * a route with a parameter this test cannot fill fails until a fixture is added below.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeMatrixTests {

    /** One demo account per built-in role except the installation-wide administrator. */
    private static final List<String> ROLE_ACCOUNTS = List.of("city_admin", "county_admin_1", "school_admin_1",
            "inspector", "finance", "city_viewer", "county_viewer_1");

    private static final Set<Class<?>> RESOLVED_BY_FRAMEWORK = Set.of(org.springframework.ui.Model.class,
            jakarta.servlet.http.HttpSession.class, jakarta.servlet.http.HttpServletRequest.class,
            jakarta.servlet.http.HttpServletResponse.class, java.util.Locale.class, java.security.Principal.class,
            org.springframework.web.servlet.mvc.support.RedirectAttributes.class,
            org.edugov.shared.DataScope.class, org.edugov.shared.Actor.class, org.edugov.org.CurrentUser.class);

    private static final byte[] PROBE_PDF = "%PDF-1.4 probe".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ControlCity control;

    @Autowired
    ControlPlan controlPlan;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    Map<String, Function<String, String>> fixtures;

    @BeforeAll
    void setUp() {
        control.ensure();
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String unitId = String.valueOf(control.unit(ControlCity.TOWN).id());
        String viewerRole = jdbc.sql("SELECT id FROM org.role WHERE code = 'VIEWER'").query(String.class).single();
        fixtures = new LinkedHashMap<>();
        String pupilId = String.valueOf(control.pupilId());
        String teacherId = String.valueOf(control.teacherId());
        ControlPlan.Ids plan = controlPlan.ensure();
        fixtures.put("id", path -> path.startsWith("/plans/") ? String.valueOf(plan.plan())
                : path.startsWith("/org/users") ? String.valueOf(control.userId())
                : path.startsWith("/registry/pupils") ? pupilId
                : path.startsWith("/registry/teachers") ? teacherId
                : path.startsWith("/registry/schools") ? String.valueOf(control.unit(ControlCity.SCHOOL).id()) : unitId);
        for (String name : List.of("parentId", "orgId", "orgUnitId", "org")) {
            fixtures.put(name, path -> unitId);
        }
        fixtures.put("kind", path -> path.startsWith("/registry/pupils") ? "SUSPEND" : "SCHOOL");
        fixtures.put("code", path -> path.startsWith("/indicators") || path.startsWith("/api/indicators")
                ? "PRESCHOOL_GER" : "1429901999");
        fixtures.put("name", path -> "probe");
        fixtures.put("displayName", path -> "probe");
        fixtures.put("schoolType", path -> "211");
        fixtures.put("newParentCode", path -> ControlCity.COUNTY);
        fixtures.put("assignedCodes", path -> ControlCity.SCHOOL);
        fixtures.put("effectiveDate", path -> LocalDate.now().toString());
        fixtures.put("on", path -> LocalDate.now().toString());
        fixtures.put("reason", path -> "probe");
        // searches aim at the control city by code or username; the marker itself would only be echoed back
        fixtures.put("q", path -> path.startsWith("/org/users") ? ControlCity.USER : ControlCity.COUNTY);
        fixtures.put("username", path -> "probe_user");
        fixtures.put("password", path -> "probe2026password");
        fixtures.put("current", path -> "probe2026password");
        fixtures.put("confirm", path -> "probe2026password");
        fixtures.put("roleId", path -> viewerRole);
        fixtures.put("phone", path -> "");
        fixtures.put("enabled", path -> "true");
        fixtures.put("page", path -> "0");
        fixtures.put("type", path -> "GENDER");
        fixtures.put("nameZh", path -> "探针");
        fixtures.put("nameEn", path -> "probe");
        fixtures.put("scopeType", path -> "SUBTREE");
        fixtures.put("permissions", path -> "org:unit:read");
        fixtures.put("studentNo", path -> "G" + ControlCity.PUPIL_ID_NUMBER);
        fixtures.put("idNumber", path -> ControlCity.PUPIL_ID_NUMBER);
        fixtures.put("grade", path -> "P4");
        fixtures.put("status", path -> path.endsWith("/timeline") ? "OVERDUE" : "ENROLLED");
        fixtures.put("sex", path -> "1");
        for (String flag : List.of("migrant", "leftBehind", "disabled")) {
            fixtures.put(flag, path -> "");
        }
        fixtures.put("unmasked", path -> "true");
        fixtures.put("ownership", path -> "1");
        fixtures.put("inclusivePrivate", path -> "");
        fixtures.put("inclusiveSince", path -> "");
        fixtures.put("urbanRural", path -> "111");
        fixtures.put("stages", path -> "PRIMARY");
        fixtures.put("boarding", path -> "");
        fixtures.put("staffing", path -> "");
        fixtures.put("year", path -> "2025");
        fixtures.put("basis", path -> "RESIDENT");
        fixtures.put("jobId", path -> "00000000-0000-0000-0000-000000000000");
        fixtures.put("toSchoolId", path -> String.valueOf(control.unit(ControlCity.SCHOOL).id()));
        fixtures.put("toGrade", path -> "P4");
        fixtures.put("approve", path -> "true");
        fixtures.put("comment", path -> "probe");
        fixtures.put("state", path -> "");
        // a new indicator version: a formula naming no fact, so even a permitted editor stores nothing
        fixtures.put("numerator", path -> "probe");
        fixtures.put("denominator", path -> "probe");
        fixtures.put("factor", path -> "100");
        fixtures.put("settings", path -> "");
        fixtures.put("validFrom", path -> "2020-09-01");
        fixtures.put("definitionZh", path -> "");
        fixtures.put("definitionEn", path -> "");
        fixtures.put("source", path -> "probe");
        fixtures.put("sourceStatus", path -> "U");
        fixtures.put("templateCode", path -> "PANJIN_14TH_FYP");
        fixtures.put("lead", path -> "probe");
        // 红黄牌 rules (valid, so only the scope can refuse them) and a 约谈 on a card no plan holds
        fixtures.put("reportEvery", path -> "MONTH");
        for (String number : List.of("reportGraceDays", "warningDays", "warningPercent", "redAfterYellows")) {
            fixtures.put(number, path -> "5");
        }
        for (String flag : List.of("yellowOnAtRisk", "yellowOnLateReport", "redOnOverdue")) {
            fixtures.put(flag, path -> "true");
        }
        fixtures.put("cardId", path -> "0");
        fixtures.put("interviewOn", path -> LocalDate.now().toString());
        fixtures.put("note", path -> "probe");
        fixtures.put("side", path -> "denominator");
        fixtures.put("fact", path -> "population");
        // outside the current school year: a full run is refused, not started
        fixtures.put("asOf", path -> "2000-09-01");
        fixtures.put("band", path -> "NORMAL");
        fixtures.put("missing", path -> "false");
        // the facilities form takes all request parameters as one map; the school id in its path is the probe
        fixtures.put("form", path -> "");
        for (String name : List.of("from", "to", "actor", "action", "entityType", "entityId")) {
            fixtures.put(name, path -> "");
        }
        // the plan editor, aimed at the control city's plan: its own ids and values a permitted editor would store
        fixtures.put("goalId", path -> String.valueOf(plan.goal()));
        fixtures.put("targetId", path -> String.valueOf(path.contains("/conditions/") ? plan.qualitativeTarget()
                : plan.target()));
        fixtures.put("actionId", path -> String.valueOf(plan.action()));
        fixtures.put("taskId", path -> String.valueOf(plan.task()));
        fixtures.put("targetIds", path -> String.valueOf(plan.target()));
        fixtures.put("leadUnitId", path -> String.valueOf(control.unit(ControlCity.CITY).id()));
        fixtures.put("unlink", path -> "true");
        fixtures.put("qualitative", path -> "");
        fixtures.put("comparator", path -> ">=");
        fixtures.put("periodFrom", path -> "2025");
        fixtures.put("periodTo", path -> "2026");
        fixtures.put("dueYear", path -> "2026");
        fixtures.put("deadline", path -> "2026-06-30");
        for (String name : List.of("title", "section", "issuer", "documentNo", "publishedOn", "text", "indicatorCode",
                "value", "unit", "baselineYear", "baselineValue", "milestoneYears", "milestoneValues", "conditions",
                "leadName", "coNames", "deadlineText", "deliverables")) {
            fixtures.put(name, path -> name.equals("value") ? "95" : name.startsWith("baseline")
                    || name.startsWith("milestone") || name.equals("indicatorCode") ? "" : "probe");
        }
        // progress: the control plan's task (led by the control city), its submitted report and evidence
        fixtures.put("planId", path -> String.valueOf(plan.plan()));
        fixtures.put("reportId", path -> String.valueOf(plan.report()));
        fixtures.put("evidenceId", path -> String.valueOf(path.contains("/condition-evidence/")
                ? plan.conditionEvidence() : plan.evidence()));
        fixtures.put("period", path -> "2026Q1");
        fixtures.put("percent", path -> "50");
        fixtures.put("narrative", path -> "probe");
        fixtures.put("publicText", path -> "");
        fixtures.put("decision", path -> "ACCEPT");
        // a check of the control plan's qualitative target: its one condition, valid, so only the scope refuses it
        fixtures.put("index", path -> "0");
        fixtures.put("met", path -> "true");
        // 分解到县 of the control plan into the control county
        fixtures.put("countyIds", path -> String.valueOf(control.unit(ControlCity.COUNTY).id()));
    }

    @Test
    void noRoleReachesDataOutsideItsScope() throws Exception {
        String before = controlSnapshot();
        List<String> problems = new ArrayList<>();
        int denied = 0;
        int requests = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> route : routes().entrySet()) {
            for (String account : ROLE_ACCOUNTS) {
              for (boolean minimal : List.of(false, true)) {
                MvcResult result = mvc.perform(request(route.getKey(), route.getValue(), minimal)
                        .with(users.as(account)).with(csrf())).andReturn();
                requests++;
                int status = result.getResponse().getStatus();
                String body = result.getResponse().getContentAsString();
                String where = account + " " + route.getKey() + " → " + status;
                if (status >= 500) {
                    problems.add("server error: " + where);
                } else if (body.contains(ControlCity.MARKER) || body.contains(ControlCity.PHONE)
                        || body.contains(ControlCity.POPULATION) || body.contains(ControlCity.FACT_SHOWN)) {
                    problems.add("leaked control-city data: " + where);
                }
                denied += status == 403 || status == 404 ? 1 : 0;
              }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(controlSnapshot()).as("control city unchanged").isEqualTo(before);
        assertThat(requests).isGreaterThan(ROLE_ACCOUNTS.size() * 15);
        assertThat(denied).as("denials among %d requests", requests).isGreaterThan(requests / 2);
    }

    /** The public reports of published plans are open by design; PublicReportTests checks what they show. */
    @Test
    void anonymousRequestsAreSentToLogin() throws Exception {
        for (Map.Entry<RequestMappingInfo, HandlerMethod> route : routes().entrySet()) {
            if (route.getKey().getPatternValues().iterator().next().startsWith("/public/")) {
                continue;
            }
            int status = mvc.perform(request(route.getKey(), route.getValue(), false).with(csrf())).andReturn()
                    .getResponse().getStatus();
            assertThat(status).as(route.getKey().toString()).isIn(302, 401);
        }
    }

    private Map<RequestMappingInfo, HandlerMethod> routes() {
        Map<RequestMappingInfo, HandlerMethod> routes = new LinkedHashMap<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            String path = info.getPatternValues().iterator().next();
            boolean ours = method.getBeanType().getPackageName().startsWith("org.edugov");
            if (ours && !path.equals("/error") && !path.equals("/login")) {
                routes.put(info, method);
            }
        });
        return routes;
    }

    /**
     * The request for a route with every parameter aimed at the control city, or (minimal) with only the
     * required ones, so that unfiltered list pages run their queries too.
     */
    private AbstractMockHttpServletRequestBuilder<?> request(RequestMappingInfo info, HandlerMethod handler,
            boolean minimal) throws IOException {
        String pattern = info.getPatternValues().iterator().next();
        boolean post = info.getMethodsCondition().getMethods().stream().anyMatch(m -> m.name().equals("POST"));
        Map<String, String> params = new LinkedHashMap<>();
        MockMultipartFile file = null;
        String uri = pattern;
        for (MethodParameter p : handler.getMethodParameters()) {
            Parameter parameter = p.getParameter();
            Class<?> type = p.getParameterType();
            if (RESOLVED_BY_FRAMEWORK.contains(type)) {
                continue;
            }
            if (p.hasParameterAnnotation(PathVariable.class)) {
                uri = uri.replace("{" + parameter.getName() + "}", fixture(parameter.getName(), pattern));
            } else if (type == MultipartFile.class) {
                file = new MockMultipartFile("file", "units.xlsx", "application/octet-stream", workbook());
            } else if (type == List.class && p.getGenericParameterType().getTypeName().contains("MultipartFile")) {
                file = new MockMultipartFile(parameter.getName(), "probe.pdf", "application/pdf", PROBE_PDF);
            } else if (p.hasParameterAnnotation(RequestParam.class)) {
                RequestParam annotation = p.getParameterAnnotation(RequestParam.class);
                boolean optional = !annotation.required() || !ValueConstants.DEFAULT_NONE.equals(annotation.defaultValue());
                if (!(minimal && optional)) {
                    params.put(parameter.getName(), fixture(parameter.getName(), pattern));
                }
            } else if (type.isRecord() && minimal) {
                continue;
            } else if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    params.put(c.getName(), fixture(c.getName(), pattern));
                }
            } else {
                throw new IllegalStateException("No fixture for parameter type " + type + " of " + pattern);
            }
        }
        AbstractMockHttpServletRequestBuilder<?> builder = file != null
                ? MockMvcRequestBuilders.multipart(uri).file(file)
                : post ? MockMvcRequestBuilders.post(uri) : MockMvcRequestBuilders.get(uri);
        params.forEach(builder::param);
        return builder;
    }

    private String fixture(String name, String pattern) {
        Function<String, String> f = fixtures.get(name);
        if (f == null) {
            throw new IllegalStateException("Add a fixture for parameter '" + name + "' of route " + pattern);
        }
        return f.apply(pattern);
    }

    /** An import that tries to create a school under the control city's town. */
    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("units");
            String[] header = {"类型", "代码", "名称", "上级代码", "学校类别"};
            String[] row = {"学校", "1429901998", "probe school", ControlCity.TOWN, "211"};
            // a pupil file has other headers, so the same upload is refused as a whole by the pupil import
            for (int c = 0; c < header.length; c++) {
                sheet.createRow(0).createCell(c);
            }
            var h = sheet.getRow(0);
            var r = sheet.createRow(1);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
                r.createCell(c).setCellValue(row[c]);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private String controlSnapshot() {
        return jdbc.sql("""
                SELECT string_agg(code || ':' || name || ':' || path || ':' || active, ',' ORDER BY code)
                  FROM org.org_unit WHERE path LIKE :prefix""")
                .param("prefix", control.unit(ControlCity.CITY).path().subtreePattern()).query(String.class).single()
                + jdbc.sql("""
                SELECT string_agg(username || ':' || display_name || ':' || role_id || ':' || password_hash, ',')
                  FROM org.user_account a JOIN org.org_unit u ON u.id = a.org_unit_id WHERE u.path LIKE :prefix""")
                .param("prefix", control.unit(ControlCity.CITY).path().subtreePattern()).query(String.class).single()
                + control.registrySnapshot() + controlPlan.snapshot();
    }
}
