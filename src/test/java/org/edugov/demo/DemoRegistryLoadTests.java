package org.edugov.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.edugov.IntegrationTest;
import org.edugov.registry.BulkPupil;
import org.edugov.registry.BulkTeacher;
import org.edugov.registry.RegistryBulkLoad;
import org.edugov.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The generated registry of a handful of schools, one of each type, through the bulk load into the real
 * database: every row arrives, the references hold, and the unique indexes refuse a second load. A school year
 * no other test uses (2019) keeps classes and cohorts apart from theirs; the test's transaction rolls back.
 */
@IntegrationTest
@Transactional
class DemoRegistryLoadTests {

    private static final long SEED = 20260901L;
    private static final int YEAR = 2019;

    @Autowired
    DemoRegistryLoader loader;

    @Autowired
    RegistryBulkLoad bulk;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aSmallRegistryLoadsCompletelyAndTheUniqueIndexesHold() {
        Set<String> schools = new HashSet<>(jdbc.sql("""
                SELECT DISTINCT ON (school_type) code FROM org.unit_scope u
                 WHERE county_code = '419904' AND school_type IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM registry.school s WHERE s.org_unit_id = u.id)
                   AND NOT EXISTS (SELECT 1 FROM registry.pupil p WHERE p.school_id = u.id)
                   AND NOT EXISTS (SELECT 1 FROM registry.teacher t WHERE t.school_id = u.id)
                 ORDER BY school_type, code""").query(String.class).list());
        DemoRegistry registry = DemoRegistry.of(DemoCity.generate(DemoScale.CITY, SEED).units(), SEED,
                LocalDate.of(YEAR, 10, 15)).onlySchools(schools::contains);
        long before = count("SELECT count(*) FROM registry.pupil");

        DemoRegistryLoader.Loaded loaded = loader.load(registry);

        assertThat(schools).hasSizeGreaterThanOrEqualTo(8);
        assertThat(loaded.schools()).isEqualTo(schools.size());
        assertThat(loaded.pupils()).isEqualTo(registry.pupilCount()).isGreaterThan(3_000);
        assertThat(count("SELECT count(*) FROM registry.pupil") - before).isEqualTo(loaded.pupils());
        assertThat(count("SELECT count(*) FROM registry.class WHERE school_year = " + YEAR)).isEqualTo(loaded.classes());
        assertThat(count("SELECT count(*) FROM registry.school_year_facts f JOIN registry.school s USING (org_unit_id) "
                + "WHERE s.created_by = 'system'")).isEqualTo(3L * schools.size());
        assertThat(count("SELECT count(*) FROM registry.pupil_event e JOIN registry.class c ON c.school_year = " + YEAR
                + " JOIN registry.pupil p ON p.class_id = c.id AND p.id = e.pupil_id"))
                .isEqualTo(registry.pupils().mapToLong(p -> p.events().size()).sum());
        List<BulkTeacher> teachers = registry.teachers().toList();
        assertThat(loaded.teachers()).isEqualTo(teachers.size());
        assertThat(count("SELECT count(*) FROM registry.teacher_posting tp JOIN registry.teacher t ON t.id = tp.teacher_id "
                + "WHERE t.created_by = 'system'")).isEqualTo(teachers.stream().mapToLong(t -> t.postings().size()).sum());
        assertThat(count("SELECT count(*) FROM registry.population WHERE year IN (" + (YEAR - 1) + ", " + YEAR + ")"))
                .isEqualTo(loaded.cohorts());
        assertThat(count("SELECT count(*) FROM registry.v_class_size WHERE school_year = " + YEAR + " AND pupils = 0"))
                .isZero();
        assertThat(count("SELECT count(*) FROM registry.pupil_status_on(DATE '2019-10-15') s "
                + "JOIN registry.pupil p ON p.id = s.pupil_id WHERE p.school_id <> s.school_id")).isZero();

        TransactionTemplate savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        List<BulkPupil> again = registry.pupils().limit(10).toList();
        assertThatThrownBy(() -> savepoint.executeWithoutResult(s -> bulk.pupils(Actor.system(), YEAR, again)))
                .hasStackTraceContaining("duplicate key");
        assertThatThrownBy(() -> savepoint.executeWithoutResult(s -> bulk.teachers(Actor.system(), teachers)))
                .hasStackTraceContaining("teacher_one_record_per_id");
        assertThat(count("SELECT count(*) FROM registry.pupil") - before).isEqualTo(loaded.pupils());
    }

    @Test
    void unknownSchoolsAndGradesTheSchoolDoesNotTeachAreRefused() {
        DemoRegistry registry = DemoRegistry.of(DemoCity.generate(DemoScale.CITY, SEED).units(), SEED,
                LocalDate.of(YEAR, 10, 15));
        BulkPupil pupil = registry.pupils().findFirst().orElseThrow();
        BulkPupil nowhere = new BulkPupil("1999999999", null, pupil.grade(), pupil.name(), pupil.idType(),
                pupil.idNumber(), null, pupil.studentNo(), pupil.sex(), pupil.birthDate(), null, null, null, false,
                false, null, null, null, pupil.status(), pupil.enteredOn(), List.of());
        String kindergarten = jdbc.sql("SELECT min(code) FROM org.unit_scope WHERE school_type = '111'")
                .query(String.class).single();
        BulkPupil wrongGrade = new BulkPupil(kindergarten, null, org.edugov.registry.Grade.J3, pupil.name(),
                pupil.idType(), pupil.idNumber(), null, pupil.studentNo(), pupil.sex(), pupil.birthDate(), null, null,
                null, false, false, null, null, null, pupil.status(), pupil.enteredOn(), List.of());

        assertThatThrownBy(() -> bulk.pupils(Actor.system(), YEAR, List.of(nowhere)))
                .hasMessageContaining("unknown org unit code");
        assertThatThrownBy(() -> bulk.pupils(Actor.system(), YEAR, List.of(wrongGrade)))
                .hasMessageContaining("not offered");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
