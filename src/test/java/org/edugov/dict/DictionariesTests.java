package org.edugov.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.edugov.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DictionariesTests {

    @Autowired
    Dictionaries dictionaries;

    @Autowired
    DictLabels dictLabels;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void everyEnumTypeIsSeededAndViceVersa() {
        List<String> tableTypes = jdbc.sql("SELECT code FROM dict.dict_type ORDER BY code").query(String.class).list();
        assertThat(tableTypes).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(DictType.values()).map(Enum::name).toList());
        for (DictType type : DictType.values()) {
            assertThat(dictionaries.items(type)).as(type.name()).isNotEmpty();
        }
    }

    @Test
    void ethnicitiesAreThe56NationalitiesPlusTwo() {
        List<DictItem> items = dictionaries.items(DictType.ETHNICITY);
        assertThat(items).hasSize(58);
        assertThat(items.getFirst().code()).isEqualTo("01");
        assertThat(items.getFirst().labelZh()).isEqualTo("汉族");
        assertThat(items.get(55)).extracting(DictItem::code, DictItem::labelZh, DictItem::labelEn)
                .containsExactly("56", "基诺族", "Jino");
        assertThat(items).extracting(DictItem::code).endsWith("97", "98");
        assertThat(dictionaries.codeForLabel(DictType.ETHNICITY, "汉族")).hasValue("01");
        assertThat(dictionaries.label(DictType.ETHNICITY, "46", Locale.ENGLISH)).isEqualTo("De'ang");
    }

    @Test
    void genderLabelFollowsLocale() {
        assertThat(dictionaries.label(DictType.GENDER, "1", Locale.SIMPLIFIED_CHINESE)).isEqualTo("男");
        assertThat(dictionaries.label(DictType.GENDER, "1", Locale.CHINESE)).isEqualTo("男");
        assertThat(dictionaries.label(DictType.GENDER, "1", null)).isEqualTo("男");
        assertThat(dictionaries.label(DictType.GENDER, "1", Locale.ENGLISH)).isEqualTo("Male");
        assertThat(dictionaries.label(DictType.GENDER, "1", Locale.GERMANY)).isEqualTo("Male");
    }

    @Test
    void codeForLabelAcceptsTheFormsUsersType() {
        assertThat(dictionaries.codeForLabel(DictType.GENDER, "女")).hasValue("2");
        assertThat(dictionaries.codeForLabel(DictType.GENDER, "Female")).hasValue("2");
        assertThat(dictionaries.codeForLabel(DictType.GENDER, "female")).hasValue("2");
        assertThat(dictionaries.codeForLabel(DictType.GENDER, "2")).hasValue("2");
        assertThat(dictionaries.codeForLabel(DictType.ETHNICITY, "01 汉族")).hasValue("01");
        assertThat(dictionaries.codeForLabel(DictType.ETHNICITY, "01-汉族")).hasValue("01");
        assertThat(dictionaries.codeForLabel(DictType.ETHNICITY, " 汉族 ")).hasValue("01");
        assertThat(dictionaries.codeForLabel(DictType.ETHNICITY, "\u3000汉族\u00A0")).hasValue("01");
        assertThat(dictionaries.codeForLabel(DictType.ETHNICITY, "01 Han")).hasValue("01");
        assertThat(dictionaries.codeForLabel(DictType.ETHNICITY, "1")).as("Excel dropped the leading zero").hasValue("01");
        assertThat(dictionaries.codeForLabel(DictType.TEACHER_TITLE, "SENIOR_FULL 正高级教师")).hasValue("SENIOR_FULL");
    }

    @Test
    void codeForLabelRejectsUnknownAndContradictoryInput() {
        assertThat(dictionaries.codeForLabel(DictType.GENDER, "unbekannt")).isEmpty();
        assertThat(dictionaries.codeForLabel(DictType.GENDER, "")).isEmpty();
        assertThat(dictionaries.codeForLabel(DictType.GENDER, "   ")).isEmpty();
        assertThat(dictionaries.codeForLabel(DictType.GENDER, null)).isEmpty();
        assertThat(dictionaries.codeForLabel(DictType.ETHNICITY, "02 汉族")).as("code and label disagree").isEmpty();
        assertThat(dictionaries.codeForLabel(DictType.ETHNICITY, "男")).as("label of another list").isEmpty();
    }

    @Test
    void dropDownValueRoundTrips() {
        DictItem han = dictionaries.find(DictType.ETHNICITY, "01").orElseThrow();
        assertThat(dictionaries.dropDownValue(han)).isEqualTo("01 汉族");
        for (DictType type : DictType.values()) {
            for (String value : dictionaries.dropDownValues(type)) {
                assertThat(dictionaries.codeForLabel(type, value)).as(value).hasValue(value.substring(0, value.indexOf(' ')));
            }
        }
    }

    @Test
    void unknownCodeIsShownAsIs() {
        assertThat(dictionaries.label(DictType.GENDER, "X", Locale.CHINESE)).isEqualTo("X");
        assertThat(dictionaries.label(DictType.GENDER, null, Locale.CHINESE)).isEmpty();
        assertThat(dictionaries.find(DictType.GENDER, "X")).isEmpty();
        assertThat(dictionaries.isValid(DictType.GENDER, "X")).isFalse();
        assertThat(dictionaries.isValid(DictType.GENDER, null)).isFalse();
        assertThat(dictionaries.isValid(DictType.GENDER, "9")).isTrue();
    }

    @Test
    void disabilityHasSevenCategoriesAndFourGrades() {
        assertThat(dictionaries.items(DictType.DISABILITY)).extracting(DictItem::code)
                .containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(dictionaries.label(DictType.DISABILITY, "7", Locale.CHINESE)).isEqualTo("多重残疾");
        assertThat(dictionaries.items(DictType.DISABILITY_GRADE)).extracting(DictItem::labelZh)
                .containsExactly("一级", "二级", "三级", "四级");
    }

    @Test
    void urbanRuralCodes() {
        assertThat(dictionaries.items(DictType.URBAN_RURAL)).extracting(DictItem::code)
                .containsExactly("111", "112", "121", "122", "123", "210", "220");
    }

    @Test
    void schoolTypesContainTheCoreCodes() {
        assertThat(dictionaries.items(DictType.SCHOOL_TYPE)).extracting(DictItem::code)
                .contains("111", "211", "218", "312", "341", "342", "345", "366", "371", "511", "512", "513", "514");
        assertThat(dictionaries.label(DictType.SCHOOL_TYPE, "312", Locale.CHINESE)).isEqualTo("九年一贯制学校");
    }

    @Test
    void educationChildrenPointToTheirCategory() {
        DictItem doctor = dictionaries.find(DictType.EDUCATION, "11").orElseThrow();
        assertThat(doctor.labelZh()).isEqualTo("博士研究生毕业");
        assertThat(doctor.parentCode()).isEqualTo("10");
        assertThat(dictionaries.find(DictType.EDUCATION, "61").orElseThrow().parentCode()).isEqualTo("60");
        assertThat(dictionaries.find(DictType.EDUCATION, "10").orElseThrow().parentCode()).isNull();
    }

    @Test
    void itemsAreSortedBySortOrder() {
        for (DictType type : DictType.values()) {
            assertThat(dictionaries.items(type)).as(type.name())
                    .isSortedAccordingTo(Comparator.comparingInt(DictItem::sortOrder));
        }
    }

    @Test
    void inactiveItemsAreHiddenFromInputButKeepTheirLabel() {
        setActive("ETHNICITY", "98", false);
        try {
            dictionaries.reload();
            assertThat(dictionaries.items(DictType.ETHNICITY)).hasSize(57)
                    .extracting(DictItem::code).doesNotContain("98");
            assertThat(dictionaries.isValid(DictType.ETHNICITY, "98")).isFalse();
            assertThat(dictionaries.codeForLabel(DictType.ETHNICITY, "外国血统中国籍人士")).isEmpty();
            assertThat(dictionaries.codeForLabel(DictType.ETHNICITY, "98")).isEmpty();
            assertThat(dictionaries.label(DictType.ETHNICITY, "98", Locale.CHINESE)).isEqualTo("外国血统中国籍人士");
            assertThat(dictionaries.find(DictType.ETHNICITY, "98")).get().extracting(DictItem::active).isEqualTo(false);
        } finally {
            setActive("ETHNICITY", "98", true);
            dictionaries.reload();
        }
        assertThat(dictionaries.items(DictType.ETHNICITY)).hasSize(58);
    }

    @Test
    void templateHelperUsesTheRequestLocale() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(dictLabels.label("GENDER", "2")).isEqualTo("女");
        LocaleContextHolder.setLocale(Locale.US);
        assertThat(dictLabels.label("GENDER", "2")).isEqualTo("Female");
        assertThat(dictLabels.items("STAGE")).extracting(DictItem::code).first().isEqualTo("PRESCHOOL");
        assertThatThrownBy(() -> dictLabels.label("GENDRE", "2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GENDRE");
    }

    private void setActive(String type, String code, boolean active) {
        jdbc.sql("UPDATE dict.dict_item SET active = :active WHERE type_code = :type AND code = :code")
                .param("active", active)
                .param("type", type)
                .param("code", code)
                .update();
    }
}
