package org.edugov;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.edugov.org.CurrentUser;
import org.edugov.org.ImportResult;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgImportRow;
import org.edugov.org.OrgTreeImport;
import org.edugov.org.OrgUnit;
import org.edugov.org.UserAccountService;
import org.edugov.org.UserCommand;
import org.edugov.shared.DataScope;
import org.edugov.shared.SchoolYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A second city beside the demo city, outside the scope of every demo account except the system
 * administrator. Its names carry a marker that must never appear in a response to anyone else.
 */
@Component
public class ControlCity {

    public static final String MARKER = "对照ZQX";
    public static final String CITY = "429900";
    public static final String COUNTY = "429901";
    public static final String TOWN = "429901001000";
    public static final String SCHOOL = "1429901001";
    public static final String USER = "control_admin";
    public static final String PHONE = "13900004321";
    public static final String POPULATION = "4321987";
    /** The control school's pupil computers (the POPULATION figure) as pages show it. */
    public static final String FACT_SHOWN = "4,321,987";
    public static final String PUPIL_ID_NUMBER = TestIds.of("429901", LocalDate.of(2016, 3, 14), 913);

    private final OrgTreeImport importer;
    private final OrgDirectory directory;
    private final UserAccountService users;
    private final JdbcClient jdbc;

    ControlCity(OrgTreeImport importer, OrgDirectory directory, UserAccountService users, JdbcClient jdbc) {
        this.importer = importer;
        this.directory = directory;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** Creates the control city once per database; later calls find it. */
    public synchronized void ensure() {
        if (directory.findByCode(DataScope.all(0), CITY).isPresent()) {
            return;
        }
        ImportResult result = importer.importRows(CurrentUser.system(), List.of(
                new OrgImportRow(2, "CITY", CITY, MARKER + "市", null, null),
                new OrgImportRow(3, "COUNTY", COUNTY, MARKER + "县", CITY, null),
                new OrgImportRow(4, "TOWN", TOWN, MARKER + "镇", COUNTY, null),
                new OrgImportRow(5, "SCHOOL", SCHOOL, MARKER + "小学", TOWN, "211")), LocalDate.of(2020, 9, 1));
        assertThat(result.errors()).isEmpty();
        long role = users.roleByCode("CITY_ADMIN").orElseThrow().id();
        users.create(CurrentUser.system(), new UserCommand(USER, MARKER + "管理员", unit(CITY).id(), role, PHONE,
                true, List.of(), "control2026secret"), false);
        long school = unit(SCHOOL).id();
        long pupil = jdbc.sql("""
                INSERT INTO registry.pupil (county_code, school_id, grade, name, id_type, id_number, student_no, sex,
                                            birth_date, entered_on, created_by)
                VALUES (:county, :school, 'P4', :name, '1', :id, :studentNo, '1', DATE '2016-03-14', DATE '2022-09-01',
                        'test') RETURNING id""")
                .param("county", COUNTY).param("school", school).param("name", MARKER + "学生")
                .param("id", PUPIL_ID_NUMBER).param("studentNo", "G" + PUPIL_ID_NUMBER).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO registry.pupil_event (pupil_id, county_code, school_id, kind, occurred_on, actor)
                VALUES (:pupil, :county, :school, 'ENROL', DATE '2022-09-01', 'test')""")
                .param("pupil", pupil).param("county", COUNTY).param("school", school).update();
        long teacher = jdbc.sql("""
                INSERT INTO registry.teacher (county_code, school_id, name, id_number, sex, birth_date, staffing,
                                              at_school_since, created_by)
                VALUES (:county, :school, :name, :id, '2', DATE '1985-04-02', 'IN', DATE '2015-09-01', 'test')
                RETURNING id""")
                .param("county", COUNTY).param("school", school).param("name", MARKER + "教师")
                .param("id", TestIds.of("429901", LocalDate.of(1985, 4, 2), 914)).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO registry.teacher_posting (teacher_id, school_id, valid_from)
                VALUES (:teacher, :school, DATE '2015-09-01')""").param("teacher", teacher).param("school", school)
                .update();
        int year = SchoolYear.containing(LocalDate.now()).startYear();
        jdbc.sql("""
                INSERT INTO registry.school (org_unit_id, county_code, ownership, stages, created_by)
                VALUES (:school, :county, '1', '{PRIMARY}', 'test')""").param("school", school).param("county", COUNTY)
                .update();
        jdbc.sql("""
                INSERT INTO registry.school_year_facts (org_unit_id, school_year, county_code, student_computers)
                VALUES (:school, :year, :county, CAST(:computers AS int))""").param("school", school)
                .param("year", year).param("county", COUNTY).param("computers", POPULATION).update();
        long schoolClass = jdbc.sql("""
                INSERT INTO registry.class (county_code, school_id, school_year, grade, name)
                VALUES (:county, :school, :year, 'P4', :name) RETURNING id""")
                .param("county", COUNTY).param("school", school).param("year", year).param("name", MARKER + "班")
                .query(Long.class).single();
        jdbc.sql("UPDATE registry.pupil SET class_id = :class WHERE id = :pupil").param("class", schoolClass)
                .param("pupil", pupil).update();
        jdbc.sql("""
                INSERT INTO registry.population (town_id, county_code, year, basis, age, sex, persons)
                VALUES (:town, :county, 2025, 'RESIDENT', 6, '1', CAST(:persons AS int))""")
                .param("town", unit(TOWN).id()).param("county", COUNTY).param("persons", POPULATION).update();
        createPlan();
    }

    /** A plan of the control city with one task it leads, a submitted report and an evidence file, all marked. */
    private void createPlan() {
        long city = unit(CITY).id();
        long plan = jdbc.sql("""
                INSERT INTO plan.plan (org_unit_id, county_code, title, period_from, period_to, level, created_by)
                VALUES (:city, :code, :title, 2020, 2100, 'CITY', 'test') RETURNING id""")
                .param("city", city).param("code", CITY).param("title", MARKER + "规划").query(Long.class).single();
        long action = jdbc.sql("""
                INSERT INTO plan.action (plan_id, code, title, sort) VALUES (:plan, 'A1', :title, 0) RETURNING id""")
                .param("plan", plan).param("title", MARKER + "行动").query(Long.class).single();
        long task = jdbc.sql("""
                INSERT INTO plan.task (plan_id, action_id, code, text, lead_unit_id, sort)
                VALUES (:plan, :action, 'A1K1', :text, :city, 0) RETURNING id""")
                .param("plan", plan).param("action", action).param("text", MARKER + "任务").param("city", city)
                .query(Long.class).single();
        long report = jdbc.sql("""
                INSERT INTO plan.progress_report (plan_id, task_id, county_code, period, percent, narrative,
                                                  submitted_by, submitted_unit)
                VALUES (:plan, :task, :code, '2026Q1', 10, :text, :user, :city) RETURNING id""")
                .param("plan", plan).param("task", task).param("code", CITY).param("text", MARKER + "进展")
                .param("user", USER).param("city", city).query(Long.class).single();
        // ASCII content, so that a leaked download shows up in the response text
        byte[] content = ("%PDF-1.4 " + PHONE).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        jdbc.sql("""
                INSERT INTO plan.evidence (report_id, county_code, file_name, content_type, size_bytes, sha256, content,
                                           uploaded_by)
                VALUES (:report, :code, :name, 'application/pdf', :size, 'probe', :content, :user)""")
                .param("report", report).param("code", CITY).param("name", MARKER + ".pdf")
                .param("size", content.length).param("content", content).param("user", USER).update();
    }

    /** Ids of the control plan's rows by path variable name: planId, taskId, reportId, evidenceId. */
    public java.util.Map<String, String> planIds() {
        return jdbc.sql("""
                SELECT p.id AS plan_id, k.id AS task_id, r.id AS report_id, e.id AS evidence_id
                  FROM plan.plan p JOIN plan.task k ON k.plan_id = p.id JOIN plan.progress_report r ON r.task_id = k.id
                       JOIN plan.evidence e ON e.report_id = r.id
                 WHERE p.title = :title""").param("title", MARKER + "规划")
                .query((rs, i) -> java.util.Map.of("planId", rs.getString(1), "taskId", rs.getString(2),
                        "reportId", rs.getString(3), "evidenceId", rs.getString(4))).single();
    }

    /** The control plan's progress that no other account may change: reports, their review, the task's percent. */
    public String planSnapshot() {
        return jdbc.sql("""
                SELECT string_agg(concat_ws(':', r.id, r.state, r.percent, r.review_comment, k.percent_done,
                                            (SELECT count(*) FROM plan.evidence e WHERE e.report_id = r.id)), ','
                                  ORDER BY r.id)
                  FROM plan.plan p JOIN plan.task k ON k.plan_id = p.id
                       LEFT JOIN plan.progress_report r ON r.task_id = k.id
                 WHERE p.title = :title""").param("title", MARKER + "规划").query(String.class).single();
    }

    public long pupilId() {
        return jdbc.sql("SELECT id FROM registry.pupil WHERE id_number = :id").param("id", PUPIL_ID_NUMBER)
                .query(Long.class).single();
    }

    public long teacherId() {
        return jdbc.sql("SELECT id FROM registry.teacher WHERE county_code = :county AND name = :name")
                .param("county", COUNTY).param("name", MARKER + "教师").query(Long.class).single();
    }

    /** The control city's registry rows that no other account may change: teachers, postings, facts, classes. */
    public String registrySnapshot() {
        return jdbc.sql("""
                SELECT (SELECT string_agg(concat_ws(':', t.id, t.school_id, t.county_code, t.at_school_since), ',')
                          FROM registry.teacher t WHERE t.county_code = :county)
                    || (SELECT string_agg(concat_ws(':', p.teacher_id, p.school_id, p.valid_from, p.valid_to), ','
                                          ORDER BY p.teacher_id, p.valid_from)
                          FROM registry.teacher_posting p JOIN registry.teacher t ON t.id = p.teacher_id
                         WHERE t.county_code = :county)
                    || (SELECT string_agg(CAST(f AS text), ',' ORDER BY f.school_year)
                          FROM registry.school_year_facts f WHERE f.county_code = :county)
                    || (SELECT string_agg(concat_ws(':', c.id, c.name, c.grade), ',')
                          FROM registry.class c WHERE c.county_code = :county)""")
                .param("county", COUNTY).query(String.class).single();
    }

    public OrgUnit unit(String code) {
        return directory.findByCode(DataScope.all(0), code).orElseThrow();
    }

    public long userId() {
        return jdbc.sql("SELECT id FROM org.user_account WHERE username = :u").param("u", USER).query(Long.class)
                .single();
    }
}
