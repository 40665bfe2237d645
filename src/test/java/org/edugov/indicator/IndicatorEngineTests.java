package org.edugov.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import static org.edugov.indicator.SmallCity.CITY;
import static org.edugov.indicator.SmallCity.COUNTY_A;
import static org.edugov.indicator.SmallCity.COUNTY_B;
import static org.edugov.indicator.SmallCity.S1;
import static org.edugov.indicator.SmallCity.S2;
import static org.edugov.indicator.SmallCity.S3;
import static org.edugov.indicator.SmallCity.S4;
import static org.edugov.indicator.SmallCity.S5;
import static org.edugov.indicator.SmallCity.TOWN_A1;
import static org.edugov.indicator.SmallCity.TOWN_A2;
import static org.edugov.indicator.SmallCity.TOWN_B1;

import org.edugov.IntegrationTest;
import org.edugov.registry.SchoolRecordsChanged;
import org.edugov.shared.DataScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine on {@link SmallCity}: roll-up along the hierarchy of the reference date, zero denominators and
 * levels, the coefficient of variation, and an incremental refresh that must equal a full run.
 *
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorEngineTests {

    @Autowired
    SmallCity city;

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
        city.ensure();
        year = city.year;
        ref = city.ref;
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
