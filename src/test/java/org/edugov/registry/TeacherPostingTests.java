package org.edugov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.edugov.ControlCity;
import org.edugov.IntegrationTest;
import org.edugov.TestIds;
import org.edugov.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The teacher page (masking, audited unmasking, years at the school) and recording a new posting. */
@IntegrationTest
class TeacherPostingTests {

    private static final LocalDate SINCE = LocalDate.of(2018, 9, 1);

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ControlCity control;

    MockMvc mvc;
    long from;
    long to;
    long otherCounty;

    @BeforeEach
    void setUp() {
        control.ensure();
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        from = school("419901", 5);
        to = school("419901", 6);
        otherCounty = school("419902", 5);
    }

    @Test
    void thePageShowsTheProfileMaskedThePostingsAndTheRotationDue() throws Exception {
        String idNumber = TestIds.of("419901", LocalDate.of(1980, 2, 3), 515);
        long teacher = teacher("轮岗页教师", idNumber);
        String page = page(teacher, "county_admin_1");
        assertThat(page).contains("轮岗页教师").contains(masked(idNumber)).doesNotContain(idNumber)
                .contains("id=\"unmask\"").contains("2018-09-01 – 至今").contains("已满 6 年，可参加交流轮岗")
                .contains("id=\"posting-form\"");
        String viewer = page(teacher, "county_viewer_1");
        assertThat(viewer).contains("轮岗页教师").doesNotContain(idNumber).doesNotContain("id=\"unmask\"")
                .doesNotContain("id=\"posting-form\"");
        assertThat(mvc.perform(get("/registry/teachers?name=轮岗页").with(users.as("county_admin_1"))).andReturn()
                .getResponse().getContentAsString()).contains("href=\"/registry/teachers/" + teacher + "\"");

        long reads = piiReads(teacher);
        MockHttpServletResponse unmasked = mvc.perform(post("/registry/teachers/" + teacher + "/unmask")
                .with(users.as("county_admin_1")).with(csrf()).header("HX-Request", "true")).andReturn().getResponse();
        assertThat(unmasked.getContentAsString()).contains(idNumber).doesNotContain("<html");
        assertThat(piiReads(teacher)).isEqualTo(reads + 1);
        assertThat(mvc.perform(post("/registry/teachers/" + teacher + "/unmask").with(users.as("county_viewer_1"))
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(piiReads(teacher)).isEqualTo(reads + 1);
    }

    @Test
    void otherCountiesAndOtherCitiesCannotSeeOrMoveTheTeacher() throws Exception {
        long teacher = teacher("轮岗范围教师", TestIds.of("419901", LocalDate.of(1981, 2, 3), 517));
        assertThat(status(get("/registry/teachers/" + teacher), "county_admin_2")).isEqualTo(404);
        assertThat(status(post("/registry/teachers/" + teacher + "/unmask"), "county_admin_2")).isEqualTo(404);
        assertThat(status(post("/registry/teachers/" + teacher + "/postings").param("toSchoolId", String.valueOf(
                otherCounty)).param("effectiveDate", "2025-09-01"), "county_admin_2")).isEqualTo(404);
        long controlTeacher = control.teacherId();
        assertThat(status(get("/registry/teachers/" + controlTeacher), "city_admin")).isEqualTo(404);
        assertThat(status(post("/registry/teachers/" + controlTeacher + "/postings").param("toSchoolId",
                String.valueOf(from)).param("effectiveDate", "2025-09-01"), "city_admin")).isEqualTo(404);
        assertThat(page(controlTeacher, ControlCity.USER)).contains(ControlCity.MARKER + "教师");
        assertThat(postings(teacher)).isEqualTo(from + ":2018-09-01:");
    }

    @Test
    void aNewPostingClosesTheOldOneOpensTheNewOneAndMovesTheTeacher() throws Exception {
        long teacher = teacher("调动教师", TestIds.of("419901", LocalDate.of(1979, 6, 7), 519));

        MockHttpServletResponse early = move(teacher, to, "2018-08-31");
        assertThat(early.getStatus()).isEqualTo(400);
        assertThat(early.getContentAsString()).contains("生效日期须晚于当前任职的开始日期（2018-09-01）。")
                .contains("id=\"posting-form\"");
        assertThat(move(teacher, to, "2018-09-01").getStatus()).isEqualTo(400);
        assertThat(move(teacher, to, LocalDate.now().plusDays(1).toString()).getContentAsString())
                .contains("生效日期不能晚于今天。");
        assertThat(move(teacher, otherCounty, "2025-09-01").getContentAsString())
                .contains("请选择您权限范围内的调入学校。");
        assertThat(move(teacher, from, "2025-09-01").getContentAsString()).contains("调入学校与当前任职学校相同。");
        assertThat(move(teacher, to, "not-a-date").getStatus()).isEqualTo(400);
        assertThat(postings(teacher)).as("refusals change nothing").isEqualTo(from + ":2018-09-01:");

        MockHttpServletResponse moved = move(teacher, to, "2025-09-01");
        assertThat(moved.getRedirectedUrl()).isEqualTo("/registry/teachers/" + teacher);
        assertThat(postings(teacher)).isEqualTo(from + ":2018-09-01:2025-09-01," + to + ":2025-09-01:");
        assertThat(jdbc.sql("SELECT school_id || ':' || at_school_since || ':' || county_code FROM registry.teacher "
                + "WHERE id = :id").param("id", teacher).query(String.class).single())
                .isEqualTo(to + ":2025-09-01:419901");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit.audit_event
                 WHERE entity_type = 'Teacher' AND entity_id = :id AND action = 'MOVE'""")
                .param("id", String.valueOf(teacher)).query(Long.class).single()).isEqualTo(1);
        String page = page(teacher, "county_admin_1");
        assertThat(page).contains("2025-09-01 – 至今").contains("2018-09-01 – 2025-09-01").contains("未满 6 年")
                .doesNotContain("可参加交流轮岗");
        assertThat(move(teacher, from, "2025-09-01").getContentAsString())
                .contains("生效日期须晚于当前任职的开始日期（2025-09-01）。");
    }

    private MockHttpServletResponse move(long teacher, long school, String date) throws Exception {
        return mvc.perform(post("/registry/teachers/" + teacher + "/postings").param("toSchoolId", String.valueOf(school))
                .param("effectiveDate", date).with(users.as("county_admin_1")).with(csrf())
                .header("Accept-Language", "zh-CN")).andReturn().getResponse();
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user)
            throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf())).andReturn().getResponse().getStatus();
    }

    private String page(long teacher, String user) throws Exception {
        return mvc.perform(get("/registry/teachers/" + teacher).with(users.as(user)).header("Accept-Language", "zh-CN"))
                .andReturn().getResponse().getContentAsString();
    }

    private String postings(long teacher) {
        return jdbc.sql("""
                SELECT string_agg(concat_ws(':', school_id, valid_from, coalesce(CAST(valid_to AS text), '')), ','
                                  ORDER BY valid_from)
                  FROM registry.teacher_posting WHERE teacher_id = :id""")
                .param("id", teacher).query(String.class).single();
    }

    private long piiReads(long teacher) {
        return jdbc.sql("""
                SELECT count(*) FROM audit.audit_event
                 WHERE action = 'READ_PII' AND entity_type = 'Teacher' AND entity_id = :id""")
                .param("id", String.valueOf(teacher)).query(Long.class).single();
    }

    private static String masked(String idNumber) {
        return org.edugov.shared.Masked.idNumber(idNumber);
    }

    private long teacher(String name, String idNumber) {
        long id = jdbc.sql("""
                INSERT INTO registry.teacher (county_code, school_id, name, id_number, sex, birth_date, staffing,
                                              at_school_since, created_by)
                VALUES ('419901', :school, :name, :id, '1', DATE '1980-01-01', 'IN', :since, 'test') RETURNING id""")
                .param("school", from).param("name", name).param("id", idNumber).param("since", SINCE)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO registry.teacher_posting (teacher_id, school_id, valid_from) VALUES (:t, :s, :since)")
                .param("t", id).param("s", from).param("since", SINCE).update();
        return id;
    }

    private long school(String county, int index) {
        return jdbc.sql("""
                SELECT id FROM org.unit_scope WHERE county_code = :county AND kind = 'SCHOOL' AND school_type = '211'
                 ORDER BY code OFFSET :index LIMIT 1""")
                .param("county", county).param("index", index).query(Long.class).single();
    }
}
