package org.edugov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edugov.shared.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchoolYearFactsRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @ParameterizedTest
    @CsvSource({"2025-2026, 2025", "2026/2027, 2026", "2000—2001, 2000", "2024学年, 2024", "' 2023-2024 ', 2023"})
    void schoolYearsAsWritten(String raw, int start) {
        assertThat(SchoolYearFactsRules.year(raw, TODAY).startYear()).isEqualTo(start);
    }

    @ParameterizedTest
    @CsvSource({"2025, facts.year.malformed", "2025-2027, facts.year.malformed", "'', facts.year.malformed",
        "1999-2000, facts.year.range", "2027-2028, facts.year.range"})
    void refusedSchoolYears(String raw, String key) {
        assertThatThrownBy(() -> SchoolYearFactsRules.year(raw, TODAY)).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo(key);
    }

    @Test
    void theSummerStillBelongsToTheYearThatEnds() {
        assertThatThrownBy(() -> SchoolYearFactsRules.year(2026, LocalDate.of(2026, 8, 31)))
                .isInstanceOf(UserError.class);
        assertThat(SchoolYearFactsRules.year(2026, LocalDate.of(2026, 9, 1)).label()).isEqualTo("2026-2027");
    }

    @Test
    void figuresAreParsedByKindAndBlanksAreNotReported() {
        List<RowError> problems = new ArrayList<>();
        Map<SchoolFact, Object> values = SchoolYearFactsRules.values(7, f -> switch (f) {
            case TEACHING_AREA -> "1,234.5";
            case STUDENT_COMPUTERS -> "120.0";
            case BANDWIDTH -> "0";
            case COUNSELING_ROOM -> "是";
            case RESOURCE_ROOM -> "否";
            case ALARM -> "true";
            case PUBLIC_FUNDS_PER_PUPIL -> " 850 ";
            default -> "";
        }, problems);
        assertThat(problems).isEmpty();
        assertThat(values).containsOnlyKeys(SchoolFact.TEACHING_AREA, SchoolFact.STUDENT_COMPUTERS,
                SchoolFact.BANDWIDTH, SchoolFact.COUNSELING_ROOM, SchoolFact.RESOURCE_ROOM, SchoolFact.ALARM,
                SchoolFact.PUBLIC_FUNDS_PER_PUPIL);
        assertThat(values.get(SchoolFact.TEACHING_AREA)).isEqualTo(new BigDecimal("1234.50"));
        assertThat(values.get(SchoolFact.STUDENT_COMPUTERS)).isEqualTo(120);
        assertThat(values.get(SchoolFact.COUNSELING_ROOM)).isEqualTo(true);
        assertThat(values.get(SchoolFact.RESOURCE_ROOM)).isEqualTo(false);
        SchoolYearFacts facts = new SchoolYearFacts(2025, values);
        assertThat(facts.number(SchoolFact.TEACHING_AREA)).isEqualTo("1234.5");
        assertThat(facts.number(SchoolFact.PUBLIC_FUNDS_PER_PUPIL)).isEqualTo("850");
        assertThat(facts.number(SchoolFact.BANDWIDTH)).isEqualTo("0");
        assertThat(facts.formValues()).containsEntry("counseling_room", "true").containsEntry("sports_ground_m2", "");
    }

    @Test
    void everyWrongFigureIsNamedByItsColumn() {
        List<RowError> problems = new ArrayList<>();
        SchoolYearFactsRules.values(9, f -> switch (f) {
            case TEACHING_AREA -> "-3";
            case SPORTS_GROUND -> "12.345";
            case STUDENT_COMPUTERS -> "3.5";
            case TEACHER_COMPUTERS -> "许多";
            case BANDWIDTH -> "99999999";
            case VIDEO -> "有";
            default -> "";
        }, problems);
        assertThat(problems).extracting(RowError::rowNumber).containsOnly(9);
        assertThat(problems).extracting(RowError::column, RowError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("teaching_area_m2", "facts.number.negative"),
                org.assertj.core.groups.Tuple.tuple("sports_ground_m2", "facts.number.decimals"),
                org.assertj.core.groups.Tuple.tuple("student_computers", "facts.number.whole"),
                org.assertj.core.groups.Tuple.tuple("teacher_computers", "facts.number.malformed"),
                org.assertj.core.groups.Tuple.tuple("bandwidth_mbps", "facts.number.tooLarge"),
                org.assertj.core.groups.Tuple.tuple("video_compliant", "facts.flag"));
        assertThat(problems.get(4).args()).containsExactly("99999999", "1000000");
    }

    @Test
    void everyLimitFitsItsColumn() {
        // numeric(12, 2) for areas, numeric(14, 2) for totals in yuan, numeric(10, 2) per pupil, int for counts
        Map<SchoolFact, BigDecimal> columnLimits = Map.of(SchoolFact.TEACHING_AREA, new BigDecimal("1E10"),
                SchoolFact.BUILDING_AREA, new BigDecimal("1E10"), SchoolFact.SPORTS_GROUND, new BigDecimal("1E10"),
                SchoolFact.EQUIPMENT_VALUE, new BigDecimal("1E12"), SchoolFact.TEACHER_TRAINING,
                new BigDecimal("1E12"), SchoolFact.PUBLIC_FUNDS_PER_PUPIL, new BigDecimal("1E8"));
        for (SchoolFact f : SchoolFact.values()) {
            switch (f.kind()) {
                case AMOUNT -> assertThat(f.max()).as(f.column()).isLessThan(columnLimits.get(f));
                case COUNT -> assertThat(f.max()).as(f.column()).isLessThan(BigDecimal.valueOf(Integer.MAX_VALUE));
                case FLAG -> assertThat(f.max()).as(f.column()).isNull();
            }
        }
    }
}
