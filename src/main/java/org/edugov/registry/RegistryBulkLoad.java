package org.edugov.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.shared.Actor;
import org.edugov.shared.IdNumber;
import org.edugov.shared.Sex;
import org.edugov.shared.Stage;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes already-checked registry data in bulk (generated demo data, migrations from another system) with
 * COPY on the transaction's connection, a chunk at a time, so that millions of rows stream through without
 * being held in memory. Rows name schools and towns by their codes; each call checks that those exist, that
 * grades fit the school type and that identity numbers are valid, and fails as a whole otherwise. There is no
 * scope check: this is for system callers, never for a request. One audit row per call.
 */
@Component
public class RegistryBulkLoad {

    static final int CHUNK = 20_000;
    private static final String PUPIL_COPY = "COPY registry.pupil (id, county_code, school_id, class_id, grade, name, "
            + "id_type, id_number, no_id_reason, student_no, sex, birth_date, ethnicity, hukou_address, hukou_type, "
            + "migrant, left_behind, disability, disability_grade, disability_placement, status, entered_on, "
            + "created_by) FROM STDIN";
    private static final String EVENT_COPY = "COPY registry.pupil_event (pupil_id, county_code, school_id, kind, "
            + "occurred_on, reason, actor) FROM STDIN";
    private static final String TEACHER_COPY = "COPY registry.teacher (id, county_code, school_id, name, id_number, "
            + "sex, birth_date, staffing, full_time, education, title, subject, stage, backbone_level, dual_qualified, "
            + "psychology, at_school_since, created_by) FROM STDIN";
    private static final String POSTING_COPY = "COPY registry.teacher_posting (teacher_id, school_id, valid_from, "
            + "valid_to) FROM STDIN";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final AuditLog audit;

    RegistryBulkLoad(JdbcClient jdbc, DataSource dataSource, AuditLog audit) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.audit = audit;
    }

    private record Unit(long id, String county, String schoolType) {
    }

    /** True while no school profile and no pupil exists: a loader can tell a fresh registry from a filled one. */
    public boolean isEmpty() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM registry.school) AND NOT EXISTS (SELECT 1 FROM registry.pupil)")
                .query(Boolean.class).single();
    }

    @Transactional
    public long schools(Actor actor, Iterable<BulkSchool> rows) {
        Map<String, Unit> schools = units("SCHOOL", "TEACHING_POINT");
        return copyAll(actor, "schools", "COPY registry.school (org_unit_id, county_code, ownership, inclusive_private, "
                + "inclusive_since, urban_rural, stages, boarding, created_by) FROM STDIN", rows, (out, s) -> {
                    Unit u = find(schools, s.schoolCode());
                    out.add(u.id, u.county, s.ownership(), s.inclusivePrivate(), s.inclusiveSince(), s.urbanRural(),
                            s.stages().stream().map(Stage::name).collect(Collectors.joining(",", "{", "}")),
                            s.boarding(), actor.username());
                });
    }

    @Transactional
    public long schoolYears(Actor actor, Iterable<BulkSchoolYear> rows) {
        Map<String, Unit> schools = units("SCHOOL", "TEACHING_POINT");
        return copyAll(actor, "schoolYears", "COPY registry.school_year_facts (org_unit_id, school_year, county_code, "
                + "teaching_area_m2, building_area_m2, sports_ground_m2, student_computers, teacher_computers, "
                + "multimedia_classrooms, bandwidth_mbps, counseling_room, resource_room, alarm_compliant, "
                + "video_compliant, closed_campus, equipment_value_yuan, public_funds_per_pupil, teacher_training_yuan) "
                + "FROM STDIN", rows, (out, f) -> {
                    Unit u = find(schools, f.schoolCode());
                    out.add(u.id, f.schoolYear(), u.county, f.teachingAreaM2(), f.buildingAreaM2(), f.sportsGroundM2(),
                            f.studentComputers(), f.teacherComputers(), f.multimediaClassrooms(), f.bandwidthMbps(),
                            f.counselingRoom(), f.resourceRoom(), f.alarmCompliant(), f.videoCompliant(),
                            f.closedCampus(), f.equipmentValueYuan(), f.publicFundsPerPupil(), f.teacherTrainingYuan());
                });
    }

    @Transactional
    public long classes(Actor actor, Iterable<BulkClass> rows) {
        Map<String, Unit> schools = units("SCHOOL", "TEACHING_POINT");
        return copyAll(actor, "classes", "COPY registry.class (county_code, school_id, school_year, grade, name, "
                + "multigrade, special) FROM STDIN", rows, (out, c) -> {
                    Unit u = find(schools, c.schoolCode());
                    checkGrade(u, c.grade(), c.schoolCode());
                    out.add(u.county, u.id, c.schoolYear(), c.grade(), c.name(), c.multigrade(), c.special());
                });
    }

    @Transactional
    public long population(Actor actor, Iterable<BulkCohort> rows) {
        Map<String, Unit> towns = units("TOWN");
        return copyAll(actor, "population", "COPY registry.population (town_id, county_code, year, basis, age, sex, "
                + "persons) FROM STDIN", rows, (out, c) -> {
                    Unit u = find(towns, c.townCode());
                    out.add(u.id, u.county, c.year(), c.basis(), c.age(), sexCode(c.sex()), c.persons());
                });
    }

    @Transactional
    public long flows(Actor actor, Iterable<BulkFlow> rows) {
        Map<String, Unit> schools = units("SCHOOL", "TEACHING_POINT");
        return copyAll(actor, "flows", "COPY registry.school_year_flow (school_id, county_code, school_year, grade, "
                + "intake, graduates, transfers_in, transfers_out, dropouts, deaths) FROM STDIN", rows, (out, f) -> {
                    Unit u = find(schools, f.schoolCode());
                    out.add(u.id, u.county, f.schoolYear(), f.grade(), f.intake(), f.graduates(), f.transfersIn(),
                            f.transfersOut(), f.dropouts(), f.deaths());
                });
    }

    /** Pupils with their events; {@code className} refers to the classes of {@code schoolYear} already loaded. */
    @Transactional
    public long pupils(Actor actor, int schoolYear, Iterable<BulkPupil> rows) {
        Map<String, Unit> schools = units("SCHOOL", "TEACHING_POINT");
        Map<Long, Map<String, Long>> classes = classes(schoolYear);
        long count = withCopy(copy -> {
            CopyRows pupils = new CopyRows(copy, PUPIL_COPY);
            CopyRows events = new CopyRows(copy, EVENT_COPY);
            chunked(rows, chunk -> {
                List<Long> ids = ids("registry.pupil", chunk.size());
                for (int i = 0; i < chunk.size(); i++) {
                    addPupil(pupils, events, ids.get(i), chunk.get(i), schools, classes, actor.username());
                }
                pupils.flush();
                events.flush();
            });
            return pupils.flush();
        });
        audited(actor, "pupils", count);
        return count;
    }

    /** Teachers with their postings; the current posting is the one without an end. */
    @Transactional
    public long teachers(Actor actor, Iterable<BulkTeacher> rows) {
        Map<String, Unit> schools = units("SCHOOL", "TEACHING_POINT");
        long count = withCopy(copy -> {
            CopyRows teachers = new CopyRows(copy, TEACHER_COPY);
            CopyRows postings = new CopyRows(copy, POSTING_COPY);
            chunked(rows, chunk -> {
                List<Long> ids = ids("registry.teacher", chunk.size());
                for (int i = 0; i < chunk.size(); i++) {
                    addTeacher(teachers, postings, ids.get(i), chunk.get(i), schools, actor.username());
                }
                teachers.flush();
                postings.flush();
            });
            return teachers.flush();
        });
        audited(actor, "teachers", count);
        return count;
    }

    private void addPupil(CopyRows pupils, CopyRows events, long id, BulkPupil p, Map<String, Unit> schools,
            Map<Long, Map<String, Long>> classes, String actor) {
        Unit u = find(schools, p.schoolCode());
        checkGrade(u, p.grade(), p.schoolCode());
        Long classId = null;
        if (p.className() != null) {
            classId = classes.getOrDefault(u.id, Map.of()).get(p.className());
            if (classId == null) {
                throw new IllegalArgumentException("no class " + p.className() + " in school " + p.schoolCode());
            }
        }
        if (p.idType() == IdType.ID_CARD) {
            checkIdentity(p.idNumber(), p.sex(), p.birthDate());
        }
        pupils.add(id, u.county, u.id, classId, p.grade(), p.name(), p.idType().code(), p.idNumber(), p.noIdReason(),
                p.studentNo(), sexCode(p.sex()), p.birthDate(), p.ethnicity(), p.hukouAddress(), p.hukouType(),
                p.migrant(), p.leftBehind(), p.disability(), p.disabilityGrade(), p.disabilityPlacement(), p.status(),
                p.enteredOn(), actor);
        for (BulkPupilEvent e : p.events()) {
            Unit at = find(schools, e.schoolCode());
            events.add(id, at.county, at.id, e.kind(), e.occurredOn(), e.reason(), actor);
        }
    }

    private void addTeacher(CopyRows teachers, CopyRows postings, long id, BulkTeacher t, Map<String, Unit> schools,
            String actor) {
        Unit u = t.schoolCode() == null ? null : find(schools, t.schoolCode());
        String county = u == null ? t.countyCode() : u.county;
        if (county == null) {
            throw new IllegalArgumentException("teacher without school needs a county code: " + t.name());
        }
        checkIdentity(t.idNumber(), t.sex(), t.birthDate());
        teachers.add(id, county, u == null ? null : u.id, t.name(), t.idNumber(), sexCode(t.sex()), t.birthDate(),
                t.staffing(), t.fullTime(), t.education(), t.title(), t.subject(), t.stage(), t.backboneLevel(),
                t.dualQualified(), t.psychology(), t.atSchoolSince(), actor);
        for (BulkPosting p : t.postings()) {
            postings.add(id, find(schools, p.schoolCode()).id, p.validFrom(), p.validTo());
        }
    }

    private <T> long copyAll(Actor actor, String what, String sql, Iterable<T> rows, BiConsumer<CopyRows, T> row) {
        long count = withCopy(copy -> {
            CopyRows out = new CopyRows(copy, sql);
            chunked(rows, chunk -> {
                chunk.forEach(r -> row.accept(out, r));
                out.flush();
            });
            return out.flush();
        });
        audited(actor, what, count);
        return count;
    }

    private static <T> void chunked(Iterable<T> rows, Consumer<List<T>> write) {
        List<T> chunk = new ArrayList<>(CHUNK);
        for (T row : rows) {
            chunk.add(row);
            if (chunk.size() == CHUNK) {
                write.accept(chunk);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            write.accept(chunk);
        }
    }

    private long withCopy(Function<CopyManager, Long> work) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return work.apply(connection.unwrap(PGConnection.class).getCopyAPI());
        } catch (SQLException e) {
            throw new IllegalStateException("no COPY on this connection", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Ids drawn from the table's identity sequence, so child rows can refer to them in the same chunk. */
    private List<Long> ids(String table, int n) {
        return jdbc.sql("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)")
                .param("table", table).param("n", n).query(Long.class).list();
    }

    private Map<String, Unit> units(String... kinds) {
        Map<String, Unit> units = new HashMap<>();
        jdbc.sql("SELECT id, code, county_code, school_type FROM org.unit_scope WHERE kind IN (:kinds)")
                .param("kinds", List.of(kinds))
                .query((rs, i) -> units.put(rs.getString("code"), new Unit(rs.getLong("id"),
                        rs.getString("county_code"), rs.getString("school_type"))))
                .list();
        return units;
    }

    private Map<Long, Map<String, Long>> classes(int schoolYear) {
        Map<Long, Map<String, Long>> classes = new HashMap<>();
        jdbc.sql("SELECT id, school_id, name FROM registry.class WHERE school_year = :year").param("year", schoolYear)
                .query((rs, i) -> classes.computeIfAbsent(rs.getLong("school_id"), k -> new HashMap<>())
                        .put(rs.getString("name"), rs.getLong("id")))
                .list();
        return classes;
    }

    private void audited(Actor actor, String what, long count) {
        audit.changed(actor, AuditAction.IMPORT, "RegistryBulkLoad", count + " " + what, actor.orgPath(),
                FieldChange.created(Map.of(what, count)));
    }

    private static Unit find(Map<String, Unit> units, String code) {
        Unit u = units.get(code);
        if (u == null) {
            throw new IllegalArgumentException("unknown org unit code: " + code);
        }
        return u;
    }

    private static void checkGrade(Unit school, Grade grade, String code) {
        if (!SchoolGrades.allows(school.schoolType(), grade)) {
            throw new IllegalArgumentException("grade " + grade + " not offered by school " + code);
        }
    }

    private static void checkIdentity(String idNumber, Sex sex, LocalDate birthDate) {
        IdNumber id = IdNumber.parse(idNumber);
        if (!id.value().equals(idNumber) || id.sex() != sex || !id.birthDate().equals(birthDate)) {
            throw new IllegalArgumentException("identity number disagrees with sex or birth date: " + id.masked());
        }
    }

    private static String sexCode(Sex sex) {
        return sex == Sex.MALE ? "1" : "2";
    }
}
