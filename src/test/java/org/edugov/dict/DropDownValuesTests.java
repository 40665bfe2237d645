package org.edugov.dict;

import static org.assertj.core.api.Assertions.assertThat;

import org.edugov.dict.DropDownValues.CodeAndLabel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DropDownValuesTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "01 汉族|01|汉族",
            "01-汉族|01|汉族",
            "01 - 汉族|01|汉族",
            "01－汉族|01|汉族",
            "01：汉族|01|汉族",
            "01汉族|01|汉族",
            "111 主城区|111|主城区",
            "1 Not stated|1|Not stated",
            "SENIOR_FULL 正高级教师|SENIOR_FULL|正高级教师"})
    void splitsCodeAndLabel(String raw, String code, String label) {
        assertThat(DropDownValues.split(DropDownValues.normalize(raw))).hasValue(new CodeAndLabel(code, label));
    }

    @ParameterizedTest
    @ValueSource(strings = {"汉族", "-汉族", "01", ""})
    void rejectsValuesWithoutBothParts(String raw) {
        assertThat(DropDownValues.split(DropDownValues.normalize(raw))).isEmpty();
    }

    @Test
    void normalizeTrimsAndCollapsesAllBlanks() {
        assertThat(DropDownValues.normalize("\u3000 01\u00A0\u00A0汉族 \t")).isEqualTo("01 汉族");
        assertThat(DropDownValues.normalize(null)).isNull();
    }

    @Test
    void formatIsCodeSpaceChineseLabel() {
        DictItem han = new DictItem(DictType.ETHNICITY, "01", "汉族", "Han", 1, null, true);
        assertThat(DropDownValues.format(han)).isEqualTo("01 汉族");
        assertThat(DropDownValues.split(DropDownValues.format(han))).hasValue(new CodeAndLabel("01", "汉族"));
    }
}
