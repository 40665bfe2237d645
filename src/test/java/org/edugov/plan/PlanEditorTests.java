package org.edugov.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.List;
import org.edugov.IntegrationTest;
import org.edugov.TestUsers;
import org.edugov.org.OrgDirectory;
import org.edugov.shared.DataScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The plan editor through its pages: who may edit, every refused input with its reason and the plan unchanged
 * (compared whole before and after), and the audit rows of what was saved. Each test loads its own plan.
 */
@IntegrationTest
class PlanEditorTests {

    @Autowired
    PlanLoader loader;

    @Autowired
    TestUsers users;

    @Autowired
    OrgDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void onlyWritersWithThePlanInScopeReachTheEditor() throws Exception {
        long plan = cityPlan();
        String page = get("/plans/" + plan + "/edit", "city_admin").getContentAsString();
        assertThat(page).contains("平顶山").contains("id=\"edit-header-link\"").contains("/plans/" + plan + "/leads");
        assertThat(get("/plans/" + plan, "city_admin").getContentAsString()).contains("id=\"plan-edit\"");
        assertThat(get("/plans/" + plan, "city_viewer").getContentAsString()).doesNotContain("id=\"plan-edit\"");
        assertThat(get("/plans/" + plan + "/edit", "city_viewer").getStatus()).isEqualTo(403);
        assertThat(get("/plans/" + plan + "/edit", "finance").getStatus()).isEqualTo(403);
        assertThat(get("/plans/" + plan + "/edit", "county_admin_1").getStatus()).isEqualTo(404);
        assertThat(get("/plans/" + plan + "/leads", "county_admin_1").getStatus()).isEqualTo(404);
        long task = firstTask(plan);
        String before = snapshot(plan);
        assertThat(post("/plans/" + plan + "/edit/header", "county_admin_1", header("改掉", "2024", "2027")).getStatus())
                .isEqualTo(404);
        assertThat(post("/plans/" + plan + "/edit/header", "city_viewer", header("改掉", "2024", "2027")).getStatus())
                .isEqualTo(403);
        assertThat(post("/plans/" + plan + "/edit/header", "finance", header("改掉", "2024", "2027")).getStatus())
                .isEqualTo(403);
        assertThat(post("/plans/" + plan + "/edit/tasks/" + task, "county_admin_1", task(plan, "2025-06-30"))
                .getStatus()).isEqualTo(404);
        assertThat(post("/plans/" + plan + "/edit/tasks/" + task + "/delete", "county_admin_1").getStatus())
                .isEqualTo(404);
        assertThat(post("/plans/" + plan + "/leads", "county_admin_1", "name.0", "", "unit.0", "").getStatus())
                .isEqualTo(404);
        assertThat(snapshot(plan)).isEqualTo(before);
    }

    @Test
    void theHeaderIsSavedWithItsAuditAndAPeriodLeavingADateOutsideIsRefused() throws Exception {
        long plan = cityPlan();
        assertThat(post("/plans/" + plan + "/edit/header", "city_admin", header("平顶山教育强市建设行动计划（修订）", "2024",
                "2027")).getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT title FROM plan.plan WHERE id = :p").param("p", plan).query(String.class).single())
                .isEqualTo("平顶山教育强市建设行动计划（修订）");
        assertThat(auditChanges("UPDATE", "Plan", plan)).contains("\"field\": \"title\"").contains("（修订）");

        long task = firstTask(plan);
        assertThat(post("/plans/" + plan + "/edit/tasks/" + task, "city_admin", task(plan, "2024-01-01")).getStatus())
                .isEqualTo(302);
        String code = jdbc.sql("SELECT code FROM plan.task WHERE id = :t").param("t", task).query(String.class).single();
        String before = snapshot(plan);
        assertRefused(post("/plans/" + plan + "/edit/header", "city_admin", header("新标题", "2025", "2027")),
                400, "任务 " + code + " 的时限 2024-01-01 将落在规划期 2025–2027 之外");
        assertRefused(post("/plans/" + plan + "/edit/header", "city_admin", header("新标题", "2027", "2024")),
                400, "规划期起始年 2027 晚于结束年 2024");
        assertThat(snapshot(plan)).isEqualTo(before);

        jdbc.sql("UPDATE plan.task SET deadline = NULL WHERE plan_id = :p").param("p", plan).update();
        long target = firstTarget(plan);
        jdbc.sql("UPDATE plan.target SET due_year = 2027 WHERE id = :t").param("t", target).update();
        String targetCode = jdbc.sql("SELECT code FROM plan.target WHERE id = :t").param("t", target)
                .query(String.class).single();
        String withoutDeadlines = snapshot(plan);
        assertRefused(post("/plans/" + plan + "/edit/header", "city_admin", header("新标题", "2024", "2026")),
                400, "目标 " + targetCode + " 的年份 2027 将落在规划期 2024–2026 之外");
        assertThat(snapshot(plan)).isEqualTo(withoutDeadlines);
    }

    @Test
    void aGoalIsDeletedOnlyWhenItHoldsNoTargets() throws Exception {
        long plan = cityPlan();
        assertThat(post("/plans/" + plan + "/edit/goals", "city_admin", "title", "新增目标组", "section", "二、目标")
                .getStatus()).isEqualTo(302);
        long goal = jdbc.sql("SELECT id FROM plan.goal WHERE plan_id = :p AND title = '新增目标组'").param("p", plan)
                .query(Long.class).single();
        assertThat(auditChanges("CREATE", "PlanGoal", goal)).contains("新增目标组");
        assertThat(post("/plans/" + plan + "/edit/goals/" + goal, "city_admin", "title", "改名的目标组", "section", "")
                .getStatus()).isEqualTo(302);
        assertThat(auditChanges("UPDATE", "PlanGoal", goal)).contains("改名的目标组");

        long full = jdbc.sql("SELECT goal_id FROM plan.target WHERE plan_id = :p ORDER BY sort LIMIT 1").param("p", plan)
                .query(Long.class).single();
        String before = snapshot(plan);
        assertRefused(post("/plans/" + plan + "/edit/goals/" + full + "/delete", "city_admin"), 409, "个目标，未删除");
        assertRefused(post("/plans/" + plan + "/edit/goals", "city_admin", "title", " ", "section", ""), 400,
                "请填写名称或内容");
        assertThat(snapshot(plan)).isEqualTo(before);
        assertThat(post("/plans/" + plan + "/edit/goals/" + goal + "/delete", "city_admin").getStatus()).isEqualTo(302);
        assertThat(count("SELECT count(*) FROM plan.goal WHERE id = " + goal)).isZero();
        assertThat(auditChanges("DELETE", "PlanGoal", goal)).contains("改名的目标组");
    }

    @Test
    void everyTargetRuleRefusesWithItsReasonAndChangesNothing() throws Exception {
        long plan = cityPlan();
        long goal = jdbc.sql("SELECT min(id) FROM plan.goal WHERE plan_id = :p").param("p", plan).query(Long.class)
                .single();
        String before = snapshot(plan);
        String add = "/plans/" + plan + "/edit/targets";
        assertRefused(post(add, "city_admin", target(goal, "PRESCHOOL_GER", ">=", "95", "")), 400, "请填写目标的完成年份");
        assertRefused(post(add, "city_admin", target(goal, "PRESCHOOL_GER", ">=", "95", "2028")), 400,
                "完成年份 2028 不在规划期 2024–2027 内");
        assertRefused(post(add, "city_admin", target(goal, "PRESCHOOL_GER", "<=", "95", "2027")), 400,
                "指标“学前三年毛入园率”（PRESCHOOL_GER）越高越好，目标不能写成“≤”");
        assertRefused(post(add, "city_admin", target(goal, "LARGE_CLASS_SHARE_COMPULSORY", ">=", "5", "2027")), 400,
                "（LARGE_CLASS_SHARE_COMPULSORY）越低越好，目标不能写成“≥”");
        assertRefused(post(add, "city_admin", target(goal, "PRESCHOOL_GER", ">=", "", "2027")), 400,
                "量化目标须有比较方式");
        assertRefused(post(add, "city_admin", target(goal, "PRESCHOOL_GER", ">=", "120", "2027")), 400,
                "120 不是有效的百分比");
        assertRefused(post(add, "city_admin", with(target(goal, "PRESCHOOL_GER", ">=", "95", "2027"),
                "milestoneYears", "2023", "milestoneValues", "90")), 400, "阶段目标年份 2023 不在规划期 2024–2027 内");
        assertRefused(post(add, "city_admin", with(target(goal, "PRESCHOOL_GER", ">=", "95", "2027"),
                "baselineYear", "2024", "baselineValue", "88", "milestoneYears", "2024", "milestoneValues", "90")), 400,
                "阶段目标年份 2024 应晚于基线年份 2024");
        assertRefused(post(add, "city_admin", target(0, "PRESCHOOL_GER", ">=", "95", "2027")), 400, "所选项无效");
        assertThat(snapshot(plan)).isEqualTo(before);

        assertThat(post(add, "city_admin", with(target(goal, "PRESCHOOL_GER", ">=", "95", "2027"), "baselineYear",
                "2023", "baselineValue", "88", "milestoneYears", "2025", "milestoneValues", "90", "milestoneYears", "2026",
                "milestoneValues", "92.5", "milestoneYears", "", "milestoneValues", "")).getStatus()).isEqualTo(302);
        long target = jdbc.sql("SELECT id FROM plan.target WHERE plan_id = :p AND text = '编辑器新增的目标'")
                .param("p", plan).query(Long.class).single();
        assertThat(jdbc.sql("SELECT string_agg(year || '=' || value, ',' ORDER BY year) FROM plan.milestone "
                + "WHERE target_id = :t").param("t", target).query(String.class).single()).isEqualTo("2025=90,2026=92.5");
        assertThat(auditChanges("CREATE", "PlanTarget", target)).contains("PRESCHOOL_GER").contains("2026=92.5");
        assertThat(post(add + "/" + target, "city_admin", target(goal, "PRESCHOOL_GER", ">=", "96", "2027"))
                .getStatus()).isEqualTo(302);
        assertThat(auditChanges("UPDATE", "PlanTarget", target)).contains("\"newValue\": \"96\"")
                .contains("\"field\": \"milestones\"");
    }

    @Test
    void aTargetServedByTasksIsDeletedOnlyWhenTheLinksGoToo() throws Exception {
        long plan = cityPlan();
        long target = jdbc.sql("""
                SELECT tt.target_id FROM plan.task_target tt JOIN plan.task k ON k.id = tt.task_id
                 WHERE k.plan_id = :p ORDER BY k.sort LIMIT 1""").param("p", plan).query(Long.class).single();
        List<String> tasks = jdbc.sql("SELECT k.code FROM plan.task_target tt JOIN plan.task k ON k.id = tt.task_id "
                + "WHERE tt.target_id = :t ORDER BY k.sort").param("t", target).query(String.class).list();
        String before = snapshot(plan);
        assertRefused(post("/plans/" + plan + "/edit/targets/" + target + "/delete", "city_admin"), 409,
                "仍由任务 " + String.join("、", tasks) + " 服务，未删除");
        assertThat(snapshot(plan)).isEqualTo(before);
        assertThat(post("/plans/" + plan + "/edit/targets/" + target + "/delete", "city_admin", "unlink", "true")
                .getStatus()).isEqualTo(302);
        assertThat(count("SELECT count(*) FROM plan.target WHERE id = " + target)).isZero();
        assertThat(count("SELECT count(*) FROM plan.task_target WHERE target_id = " + target)).isZero();
        assertThat(auditChanges("DELETE", "PlanTarget", target)).contains("servedBy").contains(tasks.get(0));
    }

    @Test
    void actionsAndProjectsNestOneLevelDeep() throws Exception {
        long plan = cityPlan();
        assertThat(post("/plans/" + plan + "/edit/actions", "city_admin", "title", "新的主要任务", "section", "",
                "parentId", "").getStatus()).isEqualTo(302);
        long action = jdbc.sql("SELECT id FROM plan.action WHERE plan_id = :p AND title = '新的主要任务'").param("p", plan)
                .query(Long.class).single();
        assertThat(post("/plans/" + plan + "/edit/actions", "city_admin", "title", "新的工程", "section", "",
                "parentId", String.valueOf(action)).getStatus()).isEqualTo(302);
        long project = jdbc.sql("SELECT id FROM plan.action WHERE parent_id = :a").param("a", action)
                .query(Long.class).single();
        assertThat(jdbc.sql("SELECT a.code || '/' || p.code FROM plan.action a JOIN plan.action p ON p.parent_id = a.id "
                + "WHERE p.id = :p").param("p", project).query(String.class).single()).matches("A\\d+/A\\d+P1");
        assertThat(auditChanges("CREATE", "PlanAction", project)).contains("新的工程");
        long other = jdbc.sql("SELECT min(id) FROM plan.action WHERE plan_id = :p").param("p", plan).query(Long.class)
                .single();
        String before = snapshot(plan);
        assertRefused(post("/plans/" + plan + "/edit/actions", "city_admin", "title", "工程下的工程", "section", "",
                "parentId", String.valueOf(project)), 400, "所属主要任务须是本规划中的另一项主要任务");
        assertRefused(post("/plans/" + plan + "/edit/actions/" + action, "city_admin", "title", "新的主要任务",
                "section", "", "parentId", String.valueOf(other)), 400, "下已有工程，不能再挂到其他主要任务下");
        assertThat(snapshot(plan)).isEqualTo(before);
    }

    @Test
    void everyTaskRuleRefusesWithItsReasonAndATaskWithReportsIsKept() throws Exception {
        long plan = cityPlan();
        long otherPlansTarget = firstTarget(cityPlan());
        long task = firstTask(plan);
        String before = snapshot(plan);
        String path = "/plans/" + plan + "/edit/tasks/" + task;
        assertRefused(post(path, "city_admin", task(plan, "2023-12-31")), 400,
                "时限 2023-12-31 不在规划期（2024年1月1日至2027年12月31日）内");
        assertRefused(post(path, "city_admin", task(plan, "2028-01-01")), 400, "不在规划期");
        assertRefused(post(path, "city_admin", with(task(plan, "2025-06-30"), "targetIds",
                String.valueOf(otherPlansTarget))), 400, "所选项无效");
        long school = jdbc.sql("SELECT min(id) FROM org.org_unit WHERE kind = 'SCHOOL' AND path LIKE :p")
                .param("p", unit("419900").path().subtreePattern()).query(Long.class).single();
        assertRefused(post(path, "city_admin", with(task(plan, "2025-06-30"), "leadUnitId", String.valueOf(school))),
                400, "不是本规划单位的教育部门或协办部门");
        assertThat(snapshot(plan)).isEqualTo(before);

        assertThat(post(path, "city_admin", with(task(plan, "2024-01-01"), "leadUnitId",
                String.valueOf(unit("CZJ-419900").id()))).getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT deadline || ' ' || lead_unit_id FROM plan.task WHERE id = :t").param("t", task)
                .query(String.class).single()).isEqualTo("2024-01-01 " + unit("CZJ-419900").id());
        assertThat(auditChanges("UPDATE", "PlanTask", task)).contains("2024-01-01").contains("示范市财政局");

        jdbc.sql("""
                INSERT INTO plan.progress_report (plan_id, task_id, county_code, period, percent, narrative,
                                                  submitted_by, submitted_unit)
                VALUES (:p, :t, '419900', '2025Q1', 20, '已启动', 'finance', :u)""")
                .param("p", plan).param("t", task).param("u", unit("CZJ-419900").id()).update();
        String withReport = snapshot(plan);
        assertRefused(post(path + "/delete", "city_admin"), 409, "已有 1 份进展报告，不能删除");
        assertThat(snapshot(plan)).isEqualTo(withReport);

        long action = jdbc.sql("SELECT action_id FROM plan.task WHERE id = :t").param("t", task).query(Long.class)
                .single();
        assertThat(post("/plans/" + plan + "/edit/tasks", "city_admin", with(task(plan, ""), "actionId",
                String.valueOf(action), "text", "编辑器新增的任务")).getStatus()).isEqualTo(302);
        long added = jdbc.sql("SELECT id FROM plan.task WHERE plan_id = :p AND text = '编辑器新增的任务'")
                .param("p", plan).query(Long.class).single();
        assertThat(post("/plans/" + plan + "/edit/tasks/" + added + "/delete", "city_admin").getStatus())
                .isEqualTo(302);
        assertThat(count("SELECT count(*) FROM plan.task WHERE id = " + added)).isZero();
        assertThat(auditChanges("DELETE", "PlanTask", added)).contains("编辑器新增的任务");
    }

    @Test
    void aCountyPlansLeadUnitsComeFromTheCountyOnly() throws Exception {
        long plan = loader.load(users.current("county_admin_1"), "GANGNAN_2018", unit("419901").id());
        long task = firstTask(plan);
        String before = snapshot(plan);
        assertRefused(post("/plans/" + plan + "/edit/tasks/" + task, "county_admin_1", with(task(plan, "2019-06-30"),
                "leadUnitId", String.valueOf(unit("CZJ-419900").id()))), 400, "不是本规划单位的教育部门或协办部门");
        assertThat(snapshot(plan)).isEqualTo(before);
        assertThat(get("/plans/" + plan + "/edit/tasks/" + task, "county_admin_1").getContentAsString())
                .doesNotContain("示范市财政局");
    }

    @Test
    void leadUnitsAreAssignedPerNameWithPerTaskChoicesInOneTransaction() throws Exception {
        long plan = cityPlan();
        List<Long> tasks = jdbc.sql("SELECT id FROM plan.task WHERE plan_id = :p ORDER BY sort LIMIT 3").param("p", plan)
                .query(Long.class).list();
        jdbc.sql("UPDATE plan.task SET lead_name = '市发展改革委', lead_unit_id = NULL WHERE id IN (:ids)")
                .param("ids", tasks).update();
        String page = get("/plans/" + plan + "/leads", "city_admin").getContentAsString();
        assertThat(page).contains("data-lead=\"市发展改革委\"").contains("3 项未对应").contains("示范市发展和改革委员会");
        int group = groupIndex(plan, "市发展改革委");
        long fgw = unit("FGW-419900").id();
        long czj = unit("CZJ-419900").id();
        long town = jdbc.sql("SELECT min(id) FROM org.org_unit WHERE kind = 'TOWN' AND path LIKE :p")
                .param("p", unit("419900").path().subtreePattern()).query(Long.class).single();
        String before = snapshot(plan);
        assertRefused(post("/plans/" + plan + "/leads", "city_admin", "name." + group, "市发展改革委",
                "unit." + group, String.valueOf(fgw), "task." + tasks.get(2), String.valueOf(town)), 400,
                "不是本规划单位的教育部门或协办部门");
        assertThat(snapshot(plan)).isEqualTo(before);

        MockHttpServletResponse saved = post("/plans/" + plan + "/leads", "city_admin", "name." + group, "市发展改革委",
                "unit." + group, String.valueOf(fgw), "task." + tasks.get(2), String.valueOf(czj));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT lead_unit_id FROM plan.task WHERE id IN (:ids) ORDER BY sort").param("ids", tasks)
                .query(Long.class).list()).containsExactly(fgw, fgw, czj);
        assertThat(count("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'PlanTask' AND action = 'UPDATE' "
                + "AND entity_id IN ('" + tasks.get(0) + "','" + tasks.get(1) + "','" + tasks.get(2) + "')"))
                .isEqualTo(3);
        assertThat(auditChanges("UPDATE", "PlanTask", tasks.get(0))).contains("示范市发展和改革委员会");
        // tasks of names the form does not carry are left alone
        assertThat(count("SELECT count(*) FROM plan.task WHERE plan_id = " + plan + " AND lead_unit_id IS NOT NULL"))
                .isEqualTo(3 + count("SELECT count(*) FROM plan.task WHERE plan_id = " + plan
                        + " AND lead_unit_id IS NOT NULL AND lead_name <> '市发展改革委'"));
    }

    /** The position of a lead name among the groups the page shows (the form's {@code name.i}). */
    private int groupIndex(long plan, String leadName) {
        List<String> names = jdbc.sql("""
                SELECT lead_name FROM plan.task WHERE plan_id = :p GROUP BY lead_name ORDER BY min(sort)""")
                .param("p", plan).query(String.class).list();
        return names.indexOf(leadName);
    }

    private long cityPlan() {
        return loader.load(users.current("city_admin"), "PINGDINGSHAN_2024", unit("419900").id());
    }

    private org.edugov.org.OrgUnit unit(String code) {
        return directory.findByCode(DataScope.all(0), code).orElseThrow();
    }

    private long firstTask(long plan) {
        return jdbc.sql("SELECT id FROM plan.task WHERE plan_id = :p ORDER BY sort LIMIT 1").param("p", plan)
                .query(Long.class).single();
    }

    private long firstTarget(long plan) {
        return jdbc.sql("SELECT id FROM plan.target WHERE plan_id = :p ORDER BY sort LIMIT 1").param("p", plan)
                .query(Long.class).single();
    }

    /** A task form for the plan's first task as it is, with another deadline. */
    private String[] task(long plan, String deadline) {
        long task = firstTask(plan);
        return jdbc.sql("SELECT action_id, text, lead_name FROM plan.task WHERE id = :t").param("t", task)
                .query((rs, i) -> new String[] {"actionId", rs.getString(1), "text", rs.getString(2), "leadName",
                    rs.getString(3), "deadline", deadline, "leadUnitId", "", "coNames", "", "deadlineText", "",
                    "deliverables", ""}).single();
    }

    private static String[] target(long goal, String indicator, String comparator, String value, String dueYear) {
        return new String[] {"goalId", String.valueOf(goal), "text", "编辑器新增的目标", "indicatorCode", indicator,
            "comparator", comparator, "value", value, "unit", "%", "dueYear", dueYear, "conditions", ""};
    }

    private static String[] header(String title, String from, String to) {
        return new String[] {"title", title, "issuer", "平顶山市教育体育局", "documentNo", "平教体基〔2024〕35号",
            "publishedOn", "", "periodFrom", from, "periodTo", to};
    }

    /** The form with the fields replaced or added (repeated names are added each time). */
    private static String[] with(String[] form, String... more) {
        List<String> out = new java.util.ArrayList<>(List.of(form));
        for (int i = 0; i < more.length; i += 2) {
            int at = -1;
            for (int j = 0; j < out.size(); j += 2) {
                if (out.get(j).equals(more[i]) && !more[i].startsWith("milestone")) {
                    at = j;
                }
            }
            if (at >= 0) {
                out.set(at + 1, more[i + 1]);
            } else {
                out.add(more[i]);
                out.add(more[i + 1]);
            }
        }
        return out.toArray(String[]::new);
    }

    /** Everything the editor can change in a plan, as one text. */
    private String snapshot(long plan) {
        return jdbc.sql("""
                SELECT concat_ws('|', (SELECT CAST(p AS text) FROM plan.plan p WHERE p.id = :p),
                       (SELECT string_agg(CAST(g AS text), ',' ORDER BY g.id) FROM plan.goal g WHERE g.plan_id = :p),
                       (SELECT string_agg(CAST(t AS text), ',' ORDER BY t.id) FROM plan.target t WHERE t.plan_id = :p),
                       (SELECT string_agg(CAST(m AS text), ',' ORDER BY m.target_id, m.year) FROM plan.milestone m
                          JOIN plan.target t ON t.id = m.target_id WHERE t.plan_id = :p),
                       (SELECT string_agg(CAST(a AS text), ',' ORDER BY a.id) FROM plan.action a WHERE a.plan_id = :p),
                       (SELECT string_agg(CAST(k AS text), ',' ORDER BY k.id) FROM plan.task k WHERE k.plan_id = :p),
                       (SELECT string_agg(CAST(tt AS text), ',' ORDER BY tt.task_id, tt.target_id)
                          FROM plan.task_target tt JOIN plan.task k ON k.id = tt.task_id WHERE k.plan_id = :p),
                       (SELECT count(*) FROM audit.audit_event WHERE org_path = (SELECT u.path FROM plan.plan p
                          JOIN org.unit_scope u ON u.id = p.org_unit_id WHERE p.id = :p)))""")
                .param("p", plan).query(String.class).single();
    }

    private String auditChanges(String action, String entityType, long id) {
        return jdbc.sql("""
                SELECT CAST(changes AS text) FROM audit.audit_event
                 WHERE action = :action AND entity_type = :type AND entity_id = :id ORDER BY id DESC LIMIT 1""")
                .param("action", action).param("type", entityType).param("id", String.valueOf(id))
                .query(String.class).optional().orElse("");
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private static void assertRefused(MockHttpServletResponse response, int status, String message) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentAsString()).contains("id=\"form-error\"").contains(message);
    }

    private MockHttpServletResponse get(String path, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(users.as(user))).andReturn().getResponse();
    }

    private MockHttpServletResponse post(String path, String user, String... params) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(users.as(user)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
