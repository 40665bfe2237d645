package org.edugov.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import org.edugov.IntegrationTest;
import org.edugov.org.OrgImportRow;
import org.edugov.registry.SchoolRecordsChanged;
import org.edugov.shared.DataScope;
import org.edugov.shared.SchoolYear;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine on a small city built by hand (示范 codes 4598xx, outside the demo city): roll-up along the
 * hierarchy of the reference date, zero denominators and levels, the coefficient of variation, and an
 * incremental refresh that must equal a full run.
 *
 * <pre>
 * city 459800
 *   county A 459801: town A1 — S1 primary (公办): P1 56 pupils (大班额), P2 40; 4 teachers (3 本科, 1 专科); 480 m²
 *                    town A2 — S2 primary (公办): P1 30 pupils; 2 teachers (本科); 120 m²
 *   county B 459802: town B1 — S3 primary: P3 66 pupils (超大班额); 5 teachers (2 本科)
 *                               S5 teaching point of S3: multi-grade P1 class of 10 (not an ordinary class)
 *                               S4 kindergarten (民办 普惠): 20 children aged 3, no teacher; 25 residents aged 3–5
 * </pre>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorEngineTests {

    static final String CITY = "459800";
    static final String COUNTY_A = "459801";
    static final String COUNTY_B = "459802";
    static final String TOWN_A1 = "459801001000";
    static final String TOWN_A2 = "459801002000";
    static final String TOWN_B1 = "459802001000";
    static final String S1 = "1459801001";
    static final String S2 = "1459801002";
    static final String S3 = "1459802001";
    static final String S4 = "1459802002";
    static final String S5 = "1459802003";

    @Autowired
    RegistryFixture fixture;

    @Autowired
    IndicatorRuns runs;

    @Autowired
    ValueQueries values;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    int year;
    LocalDate ref;

    @BeforeAll
    void world() {
        SchoolYear current = SchoolYear.containing(LocalDate.now());
        year = current.startYear();
        ref = current.referenceDate();
        if (!fixture.tree(List.of(
                new OrgImportRow(2, "CITY", CITY, "引擎测试市", null, null),
                new OrgImportRow(3, "COUNTY", COUNTY_A, "甲县", CITY, null),
                new OrgImportRow(4, "COUNTY", COUNTY_B, "乙县", CITY, null),
                new OrgImportRow(5, "TOWN", TOWN_A1, "甲一镇", COUNTY_A, null),
                new OrgImportRow(6, "TOWN", TOWN_A2, "甲二镇", COUNTY_A, null),
                new OrgImportRow(7, "TOWN", TOWN_B1, "乙一镇", COUNTY_B, null),
                new OrgImportRow(8, "SCHOOL", S1, "甲一小学", TOWN_A1, "211"),
                new OrgImportRow(9, "SCHOOL", S2, "甲二小学", TOWN_A2, "211"),
                new OrgImportRow(10, "SCHOOL", S3, "乙一小学", TOWN_B1, "211"),
                new OrgImportRow(11, "SCHOOL", S4, "乙一幼儿园", TOWN_B1, "111"),
                new OrgImportRow(12, "TEACHING_POINT", S5, "乙一小学教学点", S3, "218")))) {
            return;
        }
        fixture.school(S1, "1", false, "111", "PRIMARY");
        fixture.school(S2, "1", false, "220", "PRIMARY");
        fixture.school(S3, "1", false, "220", "PRIMARY");
        fixture.school(S4, "2", true, "220", "PRESCHOOL");
        fixture.school(S5, "1", false, "220", "PRIMARY");
        LocalDate age6 = ref.minusYears(6);
        fixture.pupils(56, S1, fixture.classOf(S1, year, "P1", "一年级(1)班", false, false), "P1", age6);
        fixture.pupils(40, S1, fixture.classOf(S1, year, "P2", "二年级(1)班", false, false), "P2", age6.minusYears(1));
        fixture.pupils(30, S2, fixture.classOf(S2, year, "P1", "一年级(1)班", false, false), "P1", age6);
        fixture.pupils(66, S3, fixture.classOf(S3, year, "P3", "三年级(1)班", false, false), "P3", age6.minusYears(2));
        fixture.pupils(10, S5, fixture.classOf(S5, year, "P1", "复式班", true, false), "P1", age6);
        fixture.pupils(20, S4, null, "K1", ref.minusYears(3));
        for (int i = 0; i < 4; i++) {
            fixture.teacher(RegistryFixture.Teacher.of(S1, "PRIMARY").education(i < 3 ? "21" : "31"));
        }
        fixture.teacher(RegistryFixture.Teacher.of(S2, "PRIMARY"));
        fixture.teacher(RegistryFixture.Teacher.of(S2, "PRIMARY"));
        for (int i = 0; i < 5; i++) {
            fixture.teacher(RegistryFixture.Teacher.of(S3, "PRIMARY").education(i < 2 ? "21" : "31"));
        }
        fixture.facilities(S1, year, new RegistryFixture.Facilities(new BigDecimal("480"), BigDecimal.ZERO, 0, 0,
                BigDecimal.ZERO));
        fixture.facilities(S2, year, new RegistryFixture.Facilities(new BigDecimal("120"), BigDecimal.ZERO, 0, 0,
                BigDecimal.ZERO));
        for (int age = 3; age <= 5; age++) {
            fixture.population(TOWN_B1, year, "RESIDENT", age, age == 3 ? 9 : 8);
        }
        runs.computeNow("test", year, ref);
    }

    @Test
    void largeClassShareSumsClassesUpTheHierarchyNeverAveraging() {
        assertValue("LARGE_CLASS_SHARE_COMPULSORY", S1, 1, 2, "50");
        assertValue("LARGE_CLASS_SHARE_COMPULSORY", TOWN_A2, 0, 1, "0");
        assertValue("LARGE_CLASS_SHARE_COMPULSORY", COUNTY_A, 1, 3, "33.3333");
        assertValue("LARGE_CLASS_SHARE_COMPULSORY", COUNTY_B, 1, 1, "100");
        // the mean of the two county ratios would be 66.67%; the city sums parts: 2 of 4 ordinary classes
        assertValue("LARGE_CLASS_SHARE_COMPULSORY", CITY, 2, 4, "50");
        assertValue("OVERSIZED_CLASSES_COMPULSORY", COUNTY_A, 0, 0, "0");
        assertValue("OVERSIZED_CLASSES_COMPULSORY", CITY, 1, 0, "1");
    }

    @Test
    void countyEqualsTheSumOfItsSchools() {
        for (String code : List.of("PUPIL_TEACHER_RATIO_PRIMARY", "QUALIFIED_TEACHER_SHARE_PRIMARY",
                "LARGE_CLASS_SHARE_COMPULSORY")) {
            ValueRow county = value(code, COUNTY_A);
            ValueRow s1 = value(code, S1);
            ValueRow s2 = value(code, S2);
            assertThat(county.numerator()).as(code).isEqualByComparingTo(s1.numerator().add(s2.numerator()));
            assertThat(county.denominator()).as(code).isEqualByComparingTo(s1.denominator().add(s2.denominator()));
        }
        // 56 + 40 + 30 + 66 + 10 primary pupils over 4 + 2 + 5 full-time primary teachers
        assertValue("PUPIL_TEACHER_RATIO_PRIMARY", CITY, 202, 11, "18.363636");
        assertValue("QUALIFIED_TEACHER_SHARE_PRIMARY", CITY, 7, 11, "63.636364");
    }

    @Test
    void noValueIsShownWithItsReasonNeverAsZero() {
        ValueRow kindergarten = value("PUPIL_TEACHER_RATIO_PRESCHOOL", S4);
        assertThat(kindergarten.value()).isNull();
        assertThat(kindergarten.noValueReason()).isEqualTo("ZERO_DENOMINATOR");
        ValueRow school = value("PRESCHOOL_GER", S4);
        assertThat(school.value()).isNull();
        assertThat(school.noValueReason()).isEqualTo("BELOW_LEVEL");
        assertValue("PRESCHOOL_GER", TOWN_B1, 20, 25, "80");
    }

    @Test
    void coefficientOfVariationIsPupilWeightedPerCounty() {
        // per-pupil area 480/96 = 5 and 120/30 = 4, weights 96 and 30: mean 4.7619, variance 0.181406
        ValueRow a = value("CV_TEACHING_AREA_PRIMARY", COUNTY_A);
        assertThat(a.value().doubleValue()).isCloseTo(0.0894427, within(1e-6));
        assertThat(a.denominator()).isEqualByComparingTo("2");
        ValueRow b = value("CV_TEACHING_AREA_PRIMARY", COUNTY_B);
        assertThat(b.value()).isNull();
        assertThat(b.noValueReason()).isEqualTo("TOO_FEW_SCHOOLS");
    }

    @Test
    void aTownMovedAfterTheReferenceDateStillCountsForItsOldCounty() {
        long townA2 = fixture.id(TOWN_A2);
        long countyB = fixture.id(COUNTY_B);
        LocalDate moved = ref.plusDays(30);
        jdbc.sql("UPDATE org.org_membership SET valid_to = :on WHERE unit_id = :town AND valid_to IS NULL")
                .param("on", moved).param("town", townA2).update();
        jdbc.sql("INSERT INTO org.org_membership (unit_id, parent_id, valid_from) VALUES (:town, :county, :on)")
                .param("town", townA2).param("county", countyB).param("on", moved).update();
        try {
            runs.computeNow("test", year, ref);
            assertValue("LARGE_CLASS_SHARE_COMPULSORY", COUNTY_A, 1, 3, "33.3333");
            assertValue("LARGE_CLASS_SHARE_COMPULSORY", COUNTY_B, 1, 1, "100");
            assertThat(values.children(definition("LARGE_CLASS_SHARE_COMPULSORY").id(), year, fixture.id(COUNTY_A), ref,
                    DataScope.all(0))).extracting(ValueRow::unitCode).contains(TOWN_A2);
            if (!moved.isAfter(LocalDate.now())) {
                runs.computeNow("test", year, moved);
                assertValue("LARGE_CLASS_SHARE_COMPULSORY", COUNTY_A, 1, 2, "50");
                assertValue("LARGE_CLASS_SHARE_COMPULSORY", COUNTY_B, 1, 2, "50");
            }
        } finally {
            jdbc.sql("DELETE FROM org.org_membership WHERE unit_id = :town AND valid_from = :on")
                    .param("town", townA2).param("on", moved).update();
            jdbc.sql("UPDATE org.org_membership SET valid_to = NULL WHERE unit_id = :town").param("town", townA2).update();
            runs.computeNow("test", year, ref);
        }
    }

    @Test
    void anIncrementalRefreshGivesWhatAFullRunGives() {
        long classId = jdbc.sql("SELECT id FROM registry.class WHERE school_id = :s AND name = '一年级(1)班'")
                .param("s", fixture.id(S2)).query(Long.class).single();
        fixture.pupils(5, S2, classId, "P1", ref.minusYears(6));
        events.publishEvent(new SchoolRecordsChanged(List.of(fixture.id(S2))));
        assertThat(runs.refresh()).isPresent();
        assertValue("PUPIL_TEACHER_RATIO_PRIMARY", COUNTY_A, 131, 6, "21.833333");
        List<ValueRow> refreshed = all();
        runs.computeNow("test", year, ref);
        assertThat(all()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("computedAt")
                .containsExactlyInAnyOrderElementsOf(refreshed);
        jdbc.sql("""
                DELETE FROM registry.pupil_event WHERE pupil_id IN (SELECT id FROM registry.pupil WHERE class_id = :c
                  ORDER BY id DESC LIMIT 5)""").param("c", classId).update();
        jdbc.sql("DELETE FROM registry.pupil WHERE id IN (SELECT id FROM registry.pupil WHERE class_id = :c "
                + "ORDER BY id DESC LIMIT 5)").param("c", classId).update();
        runs.computeNow("test", year, ref);
    }

    private List<ValueRow> all() {
        return catalog.current(ref).stream().flatMap(d -> List.of(CITY, COUNTY_A, COUNTY_B, TOWN_A1, TOWN_A2, TOWN_B1,
                S1, S2, S3, S4, S5).stream().map(c -> values.value(d.id(), year, fixture.id(c))))
                .flatMap(java.util.Optional::stream).toList();
    }

    private Definition definition(String code) {
        return catalog.current(ref).stream().filter(d -> d.code().equals(code) && d.regionCode().isEmpty())
                .findFirst().orElseThrow();
    }

    private ValueRow value(String code, String unitCode) {
        return values.value(definition(code).id(), year, fixture.id(unitCode)).orElseThrow(
                () -> new AssertionError("no value of " + code + " for " + unitCode));
    }

    private void assertValue(String code, String unitCode, int numerator, int denominator, String value) {
        ValueRow v = value(code, unitCode);
        assertThat(v.numerator()).as(code + " numerator at " + unitCode).isEqualByComparingTo(String.valueOf(numerator));
        assertThat(v.denominator()).as(code + " denominator at " + unitCode)
                .isEqualByComparingTo(String.valueOf(denominator));
        assertThat(v.value().round(new MathContext(value.replace(".", "").length()))).as(code + " at " + unitCode)
                .isEqualByComparingTo(new BigDecimal(value));
    }
}
