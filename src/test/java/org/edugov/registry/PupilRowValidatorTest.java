package org.edugov.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.edugov.TestIds;
import org.edugov.spreadsheet.SheetRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PupilRowValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Map<String, PupilRowValidator.SchoolRef> SCHOOLS = Map.of(
            "1419901007", new PupilRowValidator.SchoolRef(7, "419901", "211"),
            "1419901010", new PupilRowValidator.SchoolRef(10, "419901", "111"));
    private static final PupilRowValidator VALIDATOR = new PupilRowValidator(
            (type, raw) -> Optional.of(raw.split(" ")[0]).filter(v -> !v.equals("??")),
            code -> Optional.ofNullable(SCHOOLS.get(code)), TODAY);

    @Test
    void aValidRowBecomesADraft() {
        PupilRowValidator.Result r = validate(PupilFiles.row("1419901007", "张三", "419901", LocalDate.of(2017, 3, 1),
                11, "P3"));
        assertThat(r.errors()).isEmpty();
        assertThat(r.draft().schoolId()).isEqualTo(7);
        assertThat(r.draft().countyCode()).isEqualTo("419901");
        assertThat(r.draft().sex()).isEqualTo("1");
    }

    @Test
    void aFifteenDigitIdIsUpgraded() {
        String[] row = PupilFiles.row("1419901007", "李四", "110105", LocalDate.of(1949, 12, 31), 2, "P3");
        row[3] = "110105491231002";
        row[5] = "G11010519491231002X";
        row[6] = "2";
        row[7] = "1949-12-31";
        row[11] = "1956-09-01";
        PupilRowValidator.Result r = validate(row);
        assertThat(r.errors()).isEmpty();
        assertThat(r.draft().idNumber()).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest(name = "column {0} = \"{1}\" → {3}")
    @CsvSource(delimiter = '|', value = {
        "0|9999999999|schoolCode|pupil.import.school.unknown",
        "1|''|name|pupil.import.required",
        "3|41990120170301011X|idNumber|pupil.import.id.CHECK_DIGIT",
        "3|4199012017023001|idNumber|pupil.import.id.LENGTH",
        "3|41990120170230011A|idNumber|pupil.import.id.CHARACTERS",
        "5|G123|studentNo|pupil.import.studentNo.notG",
        "6|2|sex|pupil.import.sex.mismatch",
        "7|2017-03-02|birthDate|pupil.import.birthDate.mismatch",
        "7|2017-02-30|birthDate|pupil.import.date.malformed",
        "7|2027-01-01|birthDate|pupil.import.date.impossible",
        "8|??|ethnicity|pupil.import.code.unknown",
        "9|J1|grade|pupil.import.grade.notOffered",
        "11|2016-09-01|enteredOn|pupil.import.enteredBeforeBirth",
        "17|1|disability|pupil.import.disability.missing"})
    void eachRuleNamesItsColumn(int column, String value, String columnKey, String messageKey) {
        String[] row = PupilFiles.row("1419901007", "王五", "419901", LocalDate.of(2017, 3, 1), 11, "P3");
        row[column] = value;
        assertThat(validate(row).errors()).extracting(RowError::column, RowError::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(columnKey, messageKey));
    }

    @Test
    void pupilsWithoutAnIdNeedAReasonAndAProvisionalNumber() {
        String[] row = PupilFiles.row("1419901007", "赵六", "419901", LocalDate.of(2017, 3, 1), 11, "P3");
        row[2] = "9";
        row[3] = "";
        row[5] = "L2017030101AB";
        assertThat(validate(row).errors()).extracting(RowError::messageKey)
                .containsExactly("pupil.import.noIdReason.required");
        row[4] = "户口未落实";
        assertThat(validate(row).errors()).isEmpty();
        row[5] = "G123";
        assertThat(validate(row).errors()).extracting(RowError::messageKey)
                .containsExactly("pupil.import.studentNo.provisional");
    }

    @Test
    void aDisabilityNeedsItsGradeAndPlacement() {
        String[] row = PupilFiles.row("1419901007", "钱七", "419901", LocalDate.of(2017, 3, 1), 11, "P3");
        row[16] = "5";
        assertThat(validate(row).errors()).extracting(RowError::column).containsExactly("disabilityGrade", "placement");
    }

    @Test
    void datesInTheWaysPeopleWriteThem() {
        for (String s : List.of("2018-03-19", "2018/3/19", "2018.3.19", "20180319", "2018年3月19日", "2018-03-19 00:00:00")) {
            assertThat(ImportDates.parse(s)).as(s).contains(LocalDate.of(2018, 3, 19));
        }
        assertThat(ImportDates.parse("19/03/2018")).isEmpty();
        assertThat(ImportDates.parse("2018-02-30")).isEmpty();
    }

    @Test
    void kindergartensTakeOnlyKindergartenGrades() {
        assertThat(SchoolGrades.allowed("111")).containsExactly(Grade.K1, Grade.K2, Grade.K3);
        assertThat(SchoolGrades.allows("218", Grade.P4)).isTrue();
        assertThat(SchoolGrades.allows("312", Grade.J2)).isTrue();
        assertThat(SchoolGrades.allows("342", Grade.J2)).isFalse();
        assertThat(SchoolGrades.allows(null, Grade.P1)).isFalse();
    }

    private static PupilRowValidator.Result validate(String[] cells) {
        return VALIDATOR.validate(PupilImportRow.of(new SheetRow(2, Arrays.asList(cells))));
    }
}
