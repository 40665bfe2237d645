package org.edugov.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.edugov.TestIds;
import org.edugov.org.CurrentUser;
import org.edugov.org.ImportResult;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgImportRow;
import org.edugov.org.OrgTreeImport;
import org.edugov.org.OrgUnit;
import org.edugov.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes hand-built registry data for indicator tests: an org tree of its own (codes chosen by the test,
 * outside the demo city) and pupils, classes, teachers, facilities and population straight into the
 * registry tables, so each test knows every record it counts.
 */
@Component
class RegistryFixture {

    static final LocalDate TREE_FROM = LocalDate.of(2020, 9, 1);

    private final OrgTreeImport importer;
    private final OrgDirectory directory;
    private final JdbcClient jdbc;
    private final AtomicInteger sequence = new AtomicInteger(1);

    RegistryFixture(OrgTreeImport importer, OrgDirectory directory, JdbcClient jdbc) {
        this.importer = importer;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    /** Imports the rows unless their first unit exists already; returns whether it created them. */
    synchronized boolean tree(List<OrgImportRow> rows) {
        if (directory.findByCode(DataScope.all(0), rows.getFirst().code()).isPresent()) {
            return false;
        }
        ImportResult result = importer.importRows(CurrentUser.system(), rows, TREE_FROM);
        assertThat(result.errors()).isEmpty();
        return true;
    }

    OrgUnit unit(String code) {
        return directory.findByCode(DataScope.all(0), code).orElseThrow();
    }

    long id(String code) {
        return unit(code).id();
    }

    /** The school's registry profile: 办别 (1 公办, 2 民办), 普惠 recognition, 城乡 code and 学段 offered. */
    void school(String code, String ownership, boolean inclusive, String urbanRural, String... stages) {
        OrgUnit u = unit(code);
        jdbc.sql("""
                INSERT INTO registry.school (org_unit_id, county_code, ownership, inclusive_private, urban_rural, stages,
                                             created_by)
                VALUES (:id, :county, :ownership, :inclusive, :urbanRural, :stages, 'test')""")
                .param("id", u.id()).param("county", u.countyCode()).param("ownership", ownership)
                .param("inclusive", inclusive).param("urbanRural", urbanRural).param("stages", stages).update();
    }

    long classOf(String schoolCode, int year, String grade, String name, boolean multigrade, boolean special) {
        OrgUnit u = unit(schoolCode);
        return jdbc.sql("""
                INSERT INTO registry.class (county_code, school_id, school_year, grade, name, multigrade, special)
                VALUES (:county, :school, :year, :grade, :name, :multigrade, :special) RETURNING id""")
                .param("county", u.countyCode()).param("school", u.id()).param("year", year).param("grade", grade)
                .param("name", name).param("multigrade", multigrade).param("special", special)
                .query(Long.class).single();
    }

    /** A pupil attributes of which a test may set; defaults: boy, no flags, entered 2020-09-01, enrolled. */
    record Pupil(String schoolCode, Long classId, String grade, LocalDate birth, String sex, boolean migrant,
            String disability, String placement, String status, LocalDate enteredOn) {

        static Pupil of(String schoolCode, Long classId, String grade, LocalDate birth) {
            return new Pupil(schoolCode, classId, grade, birth, "1", false, null, null, "ENROLLED",
                    LocalDate.of(2020, 9, 1));
        }

        Pupil asMigrant() {
            return new Pupil(schoolCode, classId, grade, birth, sex, true, disability, placement, status, enteredOn);
        }

        Pupil disabled(String category, String placementCode) {
            return new Pupil(schoolCode, classId, grade, birth, sex, migrant, category, placementCode, status, enteredOn);
        }

        Pupil status(String newStatus) {
            return new Pupil(schoolCode, classId, grade, birth, sex, migrant, disability, placement, newStatus, enteredOn);
        }

        Pupil entered(LocalDate on) {
            return new Pupil(schoolCode, classId, grade, birth, sex, migrant, disability, placement, status, on);
        }
    }

    /** Inserts the pupil and its ENROL event (on its entry date); returns its id. */
    long pupil(Pupil p) {
        OrgUnit school = unit(p.schoolCode());
        String id = TestIds.of(school.countyCode(), p.birth(), sequence.getAndIncrement() % 1000);
        long pupil = jdbc.sql("""
                INSERT INTO registry.pupil (county_code, school_id, class_id, grade, name, id_type, id_number, student_no,
                                            sex, birth_date, migrant, disability, disability_placement, status,
                                            entered_on, created_by)
                VALUES (:county, :school, :class, :grade, '测试学生', '1', :id, :studentNo, :sex, :birth, :migrant,
                        :disability, :placement, :status, :entered, 'test') RETURNING id""")
                .param("county", school.countyCode()).param("school", school.id()).param("class", p.classId())
                .param("grade", p.grade()).param("id", id).param("studentNo", "G" + id).param("sex", p.sex())
                .param("birth", p.birth()).param("migrant", p.migrant()).param("disability", p.disability())
                .param("placement", p.placement()).param("status", p.status()).param("entered", p.enteredOn())
                .query(Long.class).single();
        event(pupil, school, "ENROL", p.enteredOn());
        return pupil;
    }

    /** {@code n} pupils of one class, all of the same grade and birth date. */
    void pupils(int n, String schoolCode, Long classId, String grade, LocalDate birth) {
        for (int i = 0; i < n; i++) {
            pupil(Pupil.of(schoolCode, classId, grade, birth));
        }
    }

    /** {@code n} copies of one pupil: same school, class, grade, birth date, flags and status. */
    void pupils(int n, Pupil template) {
        for (int i = 0; i < n; i++) {
            pupil(template);
        }
    }

    void event(long pupilId, OrgUnit school, String kind, LocalDate on) {
        jdbc.sql("""
                INSERT INTO registry.pupil_event (pupil_id, county_code, school_id, kind, occurred_on, actor)
                VALUES (:pupil, :county, :school, :kind, :on, 'test')""")
                .param("pupil", pupilId).param("county", school.countyCode()).param("school", school.id())
                .param("kind", kind).param("on", on).update();
    }

    /** A teacher; {@code education} is a GB/T 4658 code (21 本科, 31 专科, 14 硕士 …). */
    record Teacher(String schoolCode, String stage, boolean fullTime, String education, String subject,
            boolean dualQualified, String psychology, String backbone, LocalDate atSchoolSince) {

        static Teacher of(String schoolCode, String stage) {
            return new Teacher(schoolCode, stage, true, "21", "语文", false, null, null, LocalDate.of(2020, 9, 1));
        }

        Teacher education(String code) {
            return new Teacher(schoolCode, stage, fullTime, code, subject, dualQualified, psychology, backbone,
                    atSchoolSince);
        }

        Teacher partTime() {
            return new Teacher(schoolCode, stage, false, education, subject, dualQualified, psychology, backbone,
                    atSchoolSince);
        }

        Teacher subject(String s, boolean dual) {
            return new Teacher(schoolCode, stage, fullTime, education, s, dual, psychology, backbone, atSchoolSince);
        }

        Teacher psychology(String kind) {
            return new Teacher(schoolCode, stage, fullTime, education, subject, dualQualified, kind, backbone,
                    atSchoolSince);
        }

        Teacher backbone(String level) {
            return new Teacher(schoolCode, stage, fullTime, education, subject, dualQualified, psychology, level,
                    atSchoolSince);
        }

        Teacher since(LocalDate date) {
            return new Teacher(schoolCode, stage, fullTime, education, subject, dualQualified, psychology, backbone,
                    date);
        }
    }

    /** Inserts the teacher and its current posting; returns its id. */
    long teacher(Teacher t) {
        OrgUnit school = unit(t.schoolCode());
        LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(sequence.get());
        String id = TestIds.of(school.countyCode(), birth, sequence.getAndIncrement() % 1000);
        long teacher = jdbc.sql("""
                INSERT INTO registry.teacher (county_code, school_id, name, id_number, sex, birth_date, staffing,
                                              full_time, education, subject, stage, backbone_level, dual_qualified,
                                              psychology, at_school_since, created_by)
                VALUES (:county, :school, '测试教师', :id, '2', :birth, 'IN', :fullTime, :education, :subject, :stage,
                        :backbone, :dual, :psychology, :since, 'test') RETURNING id""")
                .param("county", school.countyCode()).param("school", school.id()).param("id", id)
                .param("birth", birth).param("fullTime", t.fullTime()).param("education", t.education())
                .param("subject", t.subject()).param("stage", t.stage()).param("backbone", t.backbone())
                .param("dual", t.dualQualified()).param("psychology", t.psychology()).param("since", t.atSchoolSince())
                .query(Long.class).single();
        posting(teacher, school.id(), t.atSchoolSince(), null);
        return teacher;
    }

    /**
     * A teacher who came to its school on {@code t.atSchoolSince()} after {@code years} full years at
     * {@code previousSchoolCode} (交流轮岗): the teacher, its current posting and the earlier one; returns its id.
     */
    long rotatedTeacher(Teacher t, String previousSchoolCode, int years) {
        long teacher = teacher(t);
        posting(teacher, id(previousSchoolCode), t.atSchoolSince().minusYears(years), t.atSchoolSince());
        return teacher;
    }

    /** An earlier posting, e.g. the school a rotated teacher came from. */
    void posting(long teacherId, long schoolId, LocalDate from, LocalDate to) {
        jdbc.sql("INSERT INTO registry.teacher_posting (teacher_id, school_id, valid_from, valid_to) "
                        + "VALUES (:teacher, :school, :from, :to)")
                .param("teacher", teacherId).param("school", schoolId).param("from", from).param("to", to).update();
    }

    /** Facilities and finance of a school year; areas in m², money in yuan. */
    record Facilities(BigDecimal teachingArea, BigDecimal sportsGround, int studentComputers, int multimedia,
            BigDecimal equipmentValue) {
    }

    void facilities(String schoolCode, int year, Facilities f) {
        OrgUnit u = unit(schoolCode);
        jdbc.sql("""
                INSERT INTO registry.school_year_facts (org_unit_id, school_year, county_code, teaching_area_m2,
                    sports_ground_m2, student_computers, multimedia_classrooms, equipment_value_yuan)
                VALUES (:id, :year, :county, :area, :sports, :computers, :multimedia, :equipment)""")
                .param("id", u.id()).param("year", year).param("county", u.countyCode()).param("area", f.teachingArea())
                .param("sports", f.sportsGround()).param("computers", f.studentComputers())
                .param("multimedia", f.multimedia()).param("equipment", f.equipmentValue()).update();
    }

    /** One grade's base-report flows at a school in a school year (start year). */
    void flow(String schoolCode, int year, String grade, int intake, int graduates, int transfersIn, int transfersOut) {
        OrgUnit u = unit(schoolCode);
        jdbc.sql("""
                INSERT INTO registry.school_year_flow (school_id, county_code, school_year, grade, intake, graduates,
                                                      transfers_in, transfers_out)
                VALUES (:school, :county, :year, :grade, :intake, :graduates, :in, :out)""")
                .param("school", u.id()).param("county", u.countyCode()).param("year", year).param("grade", grade)
                .param("intake", intake).param("graduates", graduates).param("in", transfersIn)
                .param("out", transfersOut).update();
    }

    /** Persons of one age in a town, all counted as boys (sex does not enter any rate). */
    void population(String townCode, int year, String basis, int age, int persons) {
        OrgUnit u = unit(townCode);
        jdbc.sql("""
                INSERT INTO registry.population (town_id, county_code, year, basis, age, sex, persons)
                VALUES (:town, :county, :year, :basis, :age, '1', :persons)""")
                .param("town", u.id()).param("county", u.countyCode()).param("year", year).param("basis", basis)
                .param("age", age).param("persons", persons).update();
    }
}
