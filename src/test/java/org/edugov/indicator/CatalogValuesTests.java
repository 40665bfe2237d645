package org.edugov.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.edugov.IntegrationTest;
import org.edugov.indicator.RegistryFixture.Facilities;
import org.edugov.indicator.RegistryFixture.Pupil;
import org.edugov.indicator.RegistryFixture.Teacher;
import org.edugov.org.OrgImportRow;
import org.edugov.shared.SchoolYear;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every indicator of the shipped catalog ({@code src/main/resources/indicators/*.yaml}) on one small city built by
 * hand, each value worked out by hand in the comments: the numerator, the denominator and the value at the city
 * (at a county for the 差异系数, which exist per county only), and for some at a county, town or school. The last
 * test fails when an indicator file has no worked-out value here, so a new indicator cannot ship untested.
 *
 * <p>Ages are 周岁 on the reference date ref (9月1日 of the current school year). All teachers are full-time
 * (专任), 本科 (21), at their school for 3 years unless said otherwise; 31 = 专科, 14 = 硕士, 60 = 高中.
 *
 * <pre>
 * city 469700
 *  county A 469701
 *   town A1 469701001000 (resident population 3–5: 20, 6–11: 100, 12–14: 50, 15–17: 30)
 *    KA  1469701001 111 kindergarten 公办: 4+4+4 children aged 3/4/5 (+1 休学); teachers 专科 (兼职心理),
 *                   本科, and a part-time one
 *    PA  1469701002 211 primary 公办: P1 class of 66 aged 6 (大班额, 超大班额); 附设幼儿班 K3 of 6 aged 5;
 *                   teachers: 1 学前 专科; 4 primary: 硕士 县骨干 8 years at school, 本科 兼职心理 6 years, 专科, 本科
 *    TA  1469701003 218 teaching point of PA: 复式班 P2 of 14 aged 7; 1 teacher 高中
 *    JA  1469701004 311 junior 公办: J2 class of 40 aged 13 (+1 休学 +1 辍学 in the class), J3 class of 20 aged 14;
 *                   teachers: 本科 县骨干 rotated in this year after 3 years elsewhere (not eligible),
 *                   硕士 省骨干 5 years, 专科 专职心理, and a 专科 who moves to JB 20 days after ref (on ref: here)
 *   town A2 469701002000 (3–5: 12, 6–11: 96, 12–14: 50, 15–17: 30)
 *    NA  1469701005 312 nine-year 公办: P3 of 56 aged 8 (大班额), P4 of 18 aged 9 (4 随迁), 特教班 P4 of 6 aged 9,
 *                   J1 of 40 aged 12; primary teachers: 本科 市骨干 rotated in this year after 7 years at JA,
 *                   本科 县骨干, 专科, 高中, and a part-time 本科 县骨干 专职心理 10 years at school;
 *                   junior teachers: 本科, 本科, 本科 县骨干
 *    HA  1469701006 342 senior 公办: S1 of 66 aged 15 (3 随迁); 4 teachers, one 专职心理, one 10 years at school
 *    KA2 1469701007 111 kindergarten 民办 普惠: 6 aged 4; 1 teacher 高中
 *  county B 469702
 *   town B1 469702001000 (3–5: 8, 6–11: 64, 12–14: 20, 15–17: 80)
 *    KB  1469702001 111 kindergarten 民办, not 普惠: 9 aged 3 (2 随迁), 3 aged 6 still in K3; 1 teacher 高中
 *    PB  1469702002 211 primary 民办: P5 of 55 aged 10 (10 随迁; +1 休学 and +1 entering after ref in the class);
 *                   teachers: 本科 12 years at school, 本科 县骨干, 专科 专职心理, and one hired 30 days after ref
 *    JB  1469702003 311 junior 公办: J3 of 30 (21 aged 14, 6 随迁 aged 14, 2 aged 16, 1 aged 11); teachers: 本科
 *                   rotated in this year after 6 years at PB (eligible), 专科, and a part-time one rotated after 10
 *    HB  1469702004 342 senior 民办: S2 of 30 aged 16; 2 teachers; no facilities recorded
 *    VB  1469702005 365 vocational 公办: 20 aged 16; teachers 语文 (兼职心理), 数控 双师, 电子商务, 汽修 双师, and a
 *                   part-time 数控 双师
 *    WB  1469702006 366 skilled-workers 公办: 10 aged 17; teachers 焊接 双师, 数学 双师 (a general subject)
 *    XB  1469702007 513 special 公办: 特教班 P3 of 8 aged 9, 2 in J1 aged 13; 2 special teachers, one 专职心理
 * </pre>
 *
 * Facilities (teaching area m², sports ground m², student computers, multimedia classrooms, equipment yuan), split
 * between a school's 学段 by its enrolled pupils: PA 720 / 1200 / 36 / 12 / 144000 (66 of 72 pupils primary: 11/12);
 * TA 60 / 300 / 7 / 1 / 8000; JA 600 / 1200 / 30 / 6 / 150000; NA 720 / 1800 / 30 / 6 / 240000 (80 primary and 40
 * junior of 120: 2/3 and 1/3); HA computers 33; PB 550 / 550 / 11 / 2 / 55000; JB 300 / 450 / 15 / 1 / 45000;
 * VB computers 10; KA computers 4 (学前: left out); XB computers 5 (特殊教育: left out).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogValuesTests {

    static final String CITY = "469700";
    static final String COUNTY_A = "469701";
    static final String COUNTY_B = "469702";
    static final String TOWN_A1 = "469701001000";
    static final String TOWN_A2 = "469701002000";
    static final String TOWN_B1 = "469702001000";
    static final String KA = "1469701001";
    static final String PA = "1469701002";
    static final String TA = "1469701003";
    static final String JA = "1469701004";
    static final String NA = "1469701005";
    static final String HA = "1469701006";
    static final String KA2 = "1469701007";
    static final String KB = "1469702001";
    static final String PB = "1469702002";
    static final String JB = "1469702003";
    static final String HB = "1469702004";
    static final String VB = "1469702005";
    static final String WB = "1469702006";
    static final String XB = "1469702007";

    /** One expected stored value; a null numerator or denominator is not checked, a null value expects a reason. */
    record Expect(String code, String unit, String numerator, String denominator, String value, String reason) {
    }

    static Expect ratio(String code, String unit, String numerator, String denominator, String value) {
        return new Expect(code, unit, numerator, denominator, value, null);
    }

    static Expect count(String code, String unit, String count) {
        return new Expect(code, unit, count, "0", count, null);
    }

    static Expect cv(String code, String county, int schools, String value) {
        return new Expect(code, county, null, String.valueOf(schools), value, null);
    }

    static Expect none(String code, String unit, String numerator, String denominator, String reason) {
        return new Expect(code, unit, numerator, denominator, null, reason);
    }

    // 学前: 36 children enrolled (the 休学 child at KA is out): KA 12 + PA's 附设幼儿班 6 (公办) + KA2 6 (民办 普惠)
    // + KB 12 (民办, 3 of them aged 6: a gross ratio counts every age). 5 full-time pre-school teachers.
    static final List<Expect> PRESCHOOL = List.of(
            // 公办: KA 12 + PA 6 = 18 of 36 → 50%
            ratio("PUBLIC_KG_SHARE", CITY, "18", "36", "50"),
            // county A: 18 of 24 → 75%; a primary school's 附设幼儿班 counts as 公办 pre-school: 6 of 6
            ratio("PUBLIC_KG_SHARE", COUNTY_A, "18", "24", "75"),
            ratio("PUBLIC_KG_SHARE", PA, "6", "6", "100"),
            // 公办 18 + 普惠 民办 KA2 6 = 24 of 36 → 66.67%; KB (民办, not 普惠) 0 of 12
            ratio("INCLUSIVE_KG_COVERAGE", CITY, "24", "36", "66.666667"),
            ratio("INCLUSIVE_KG_COVERAGE", KB, "0", "12", "0"),
            // 36 children ÷ 3–5 residents 20 + 12 + 8 = 40 → 90% (户籍 rows and ages 2 and 18 are not counted)
            ratio("PRESCHOOL_GER", CITY, "36", "40", "90"),
            // town A1: KA 12 + PA 6 = 18 of 20 → 90%; B1: 12 children of 8 residents → 150% (a gross ratio)
            ratio("PRESCHOOL_GER", TOWN_A1, "18", "20", "90"),
            ratio("PRESCHOOL_GER", TOWN_B1, "12", "8", "150"),
            // no value below the town
            none("PRESCHOOL_GER", KA, "12", "0", "BELOW_LEVEL"),
            // 36 children ÷ 5 full-time teachers (KA 2, KA2 1, KB 1, PA 1; KA's part-time one left out) → 7.2
            ratio("PUPIL_TEACHER_RATIO_PRESCHOOL", CITY, "36", "5", "7.2"),
            ratio("PUPIL_TEACHER_RATIO_PRESCHOOL", KB, "12", "1", "12"),
            // 专科 or above: KA 专科 + KA 本科 + PA 专科 = 3 of 5 (KA2 and KB 高中) → 60%
            ratio("QUALIFIED_TEACHER_SHARE_PRESCHOOL", CITY, "3", "5", "60"));

    // 在校生 by 学段: primary PA 66 + TA 14 + NA 80 + PB 55 = 215 (XB's pupils are 特殊教育); junior JA 60 + NA 40
    // + JB 30 = 130; general senior HA 66 + HB 30 = 96; vocational VB 20 + WB 10 = 30.
    static final List<Expect> ENROLMENT = List.of(
            // aged 6–11 in 小学 or above: A1 PA 66 + TA 14 = 80 (PA's 5-year-olds are pre-school); A2 NA 56 + 18 + 6
            // = 80; B1 PB 55 + JB's 11-year-old 1 + XB's 8 aged 9 (特殊教育) = 64 (KB's three 6-year-olds are still
            // in kindergarten, PB's 休学 and late pupils are out) → 224 of 100 + 96 + 64 = 260 residents → 86.15%
            ratio("PRIMARY_NER", CITY, "224", "260", "86.153846"),
            ratio("PRIMARY_NER", COUNTY_A, "160", "196", "81.632653"),
            ratio("PRIMARY_NER", TOWN_A2, "80", "96", "83.333333"),
            ratio("PRIMARY_NER", TOWN_B1, "64", "64", "100"),
            // junior pupils of any age (JB's 11- and 16-year-olds count; XB's J1 pupils are 特殊教育) 130 ÷ 12–14
            // residents 50 + 50 + 20 = 120 → 108.33%; town A1: JA 60 of 50 → 120%
            ratio("JUNIOR_GER", CITY, "130", "120", "108.333333"),
            ratio("JUNIOR_GER", TOWN_A1, "60", "50", "120"),
            ratio("JUNIOR_GER", COUNTY_A, "100", "100", "100"),
            // general senior 96 + vocational 30 (技工 WB included) = 126 ÷ 15–17 residents 30 + 30 + 80 = 140 → 90%
            ratio("SENIOR_GER", CITY, "126", "140", "90"),
            ratio("SENIOR_GER", COUNTY_A, "66", "60", "110"),
            ratio("SENIOR_GER", COUNTY_B, "60", "80", "75"),
            // lowest level is the county
            none("SENIOR_GER", TOWN_B1, "60", "80", "BELOW_LEVEL"),
            // without the 技工学校 WB: 126 − 10 = 116 of 140 → 82.86%; county B 50 of 80 → 62.5%
            ratio("SENIOR_GER_EXCL_SKILLED", CITY, "116", "140", "82.857143"),
            ratio("SENIOR_GER_EXCL_SKILLED", COUNTY_B, "50", "80", "62.5"),
            // 公办 HA 66 of 96 general senior pupils → 68.75%
            ratio("PUBLIC_SENIOR_SHARE", CITY, "66", "96", "68.75"),
            ratio("PUBLIC_SENIOR_SHARE", HB, "0", "30", "0"),
            // 随迁 in compulsory education: NA 4 + JB 6 in 公办, PB 10 in 民办 → 10 of 20 = 50% (KB's 2 and HA's 3
            // are not compulsory pupils); county B: 6 of 16 → 37.5%
            ratio("MIGRANT_IN_PUBLIC_SHARE", CITY, "10", "20", "50"),
            ratio("MIGRANT_IN_PUBLIC_SHARE", COUNTY_A, "4", "4", "100"),
            ratio("MIGRANT_IN_PUBLIC_SHARE", COUNTY_B, "6", "16", "37.5"));

    // Ordinary compulsory classes: PA P1 66, NA P3 56, NA P4 18, NA J1 40, JA J2 40 (its 休学 and 辍学 pupils are not
    // counted), JA J3 20, PB P5 55 (56 on the register with the 休学 pupil, 57 with the one entering after ref),
    // JB J3 30 = 8. Left out: TA's 复式班, NA's 特教班, PA's 学前班 (pre-school) and XB's class (特殊教育).
    // Senior: HA S1 66, HB S2 30.
    static final List<Expect> CLASSES = List.of(
            // ≥ 56: PA P1 and NA P3 → 2 of 8 = 25%
            ratio("LARGE_CLASS_SHARE_COMPULSORY", CITY, "2", "8", "25"),
            ratio("LARGE_CLASS_SHARE_COMPULSORY", COUNTY_A, "2", "6", "33.333333"),
            // PB's class counts 55 enrolled pupils: not large
            ratio("LARGE_CLASS_SHARE_COMPULSORY", PB, "0", "1", "0"),
            ratio("LARGE_CLASS_SHARE_COMPULSORY", PA, "1", "1", "100"),
            // ≥ 66: PA P1 only
            count("OVERSIZED_CLASSES_COMPULSORY", CITY, "1"),
            count("OVERSIZED_CLASSES_COMPULSORY", COUNTY_B, "0"),
            // HA S1 of 66 of the 2 senior classes → 50%, and it is 超大班额
            ratio("LARGE_CLASS_SHARE_SENIOR", CITY, "1", "2", "50"),
            count("OVERSIZED_CLASSES_SENIOR", CITY, "1"),
            count("OVERSIZED_CLASSES_SENIOR", HA, "1"));

    // Full-time teachers on ref by stage: primary PA 4 + TA 1 + NA 4 + PB 3 = 12 (NA's part-time one and the one PB
    // hired after ref left out); junior JA 4 (with the 专科 who moves to JB after ref) + NA 3 + JB 2 = 9 (JB's
    // part-time one left out); senior HA 4 + HB 2 = 6; vocational VB 4 + WB 2 = 6.
    static final List<Expect> TEACHERS = List.of(
            // 215 ÷ 12 → 17.92; PB 55 ÷ 3 → 18.33 (its teacher hired after ref is not counted)
            ratio("PUPIL_TEACHER_RATIO_PRIMARY", CITY, "215", "12", "17.916667"),
            ratio("PUPIL_TEACHER_RATIO_PRIMARY", PB, "55", "3", "18.333333"),
            // 130 ÷ 9 → 14.44; the teacher moving after ref counts where it taught on ref: county A JA 60 + NA 40
            // = 100 ÷ 4 + 3 → 14.29, county B JB 30 ÷ 2 → 15
            ratio("PUPIL_TEACHER_RATIO_JUNIOR", CITY, "130", "9", "14.444444"),
            ratio("PUPIL_TEACHER_RATIO_JUNIOR", COUNTY_A, "100", "7", "14.285714"),
            ratio("PUPIL_TEACHER_RATIO_JUNIOR", COUNTY_B, "30", "2", "15"),
            // 96 ÷ 6 → 16; county A 66 ÷ 4 → 16.5
            ratio("PUPIL_TEACHER_RATIO_SENIOR", CITY, "96", "6", "16"),
            ratio("PUPIL_TEACHER_RATIO_SENIOR", COUNTY_A, "66", "4", "16.5"),
            // 30 ÷ 6 → 5 (VB's part-time teacher left out)
            ratio("PUPIL_TEACHER_RATIO_VOCATIONAL", CITY, "30", "6", "5"),
            // 本科 or above, primary: PA 硕士 + 2 本科, NA 2 本科, PB 2 本科 = 7 of 12 → 58.33%
            ratio("QUALIFIED_TEACHER_SHARE_PRIMARY", CITY, "7", "12", "58.333333"),
            // junior: JA 本科 + 硕士, NA 3 本科, JB 本科 = 6 of 9 → 66.67%
            ratio("QUALIFIED_TEACHER_SHARE_JUNIOR", CITY, "6", "9", "66.666667"),
            // 专业课 full-time vocational teachers: VB 数控, 电子商务, 汽修 and WB 焊接 = 4 (语文 and 数学 are general
            // subjects, VB's part-time 数控 is not full-time); 双师: 数控, 汽修, 焊接 = 3 → 75%; VB alone 2 of 3
            ratio("DUAL_QUALIFIED_SHARE", CITY, "3", "4", "75"),
            ratio("DUAL_QUALIFIED_SHARE", VB, "2", "3", "66.666667"),
            // schools other than kindergartens and teaching points: PA, JA, NA, HA, PB, JB, HB, VB, WB, XB = 10; with
            // a full-time teacher who teaches psychology (专职 or 兼职): PA, JA, HA, PB, VB, XB = 6 → 60% (NA's is
            // part-time; KA's is at a kindergarten)
            ratio("PSYCHOLOGY_TEACHER_SCHOOL_SHARE", CITY, "6", "10", "60"),
            ratio("PSYCHOLOGY_TEACHER_SCHOOL_SHARE", COUNTY_A, "3", "4", "75"),
            ratio("PSYCHOLOGY_TEACHER_SCHOOL_SHARE", TOWN_A2, "1", "2", "50"),
            none("PSYCHOLOGY_TEACHER_SCHOOL_SHARE", PA, "1", "1", "BELOW_LEVEL"),
            // full-time compulsory teachers with ≥ 6 years at their school: PA's 8-year and 6-year ones, PB's 12-year
            // one = 3 (NA's 10-year one is part-time, HA's is senior); rotated in this year after ≥ 6 years: NA's
            // (7 years at JA) and JB's (6 at PB) = 2 (JA's came after 3, JB's part-time one does not count)
            // → 2 of 3 + 2 = 40%; county A: 1 of 2 + 1 → 33.33%; county B: 1 of 1 + 1 → 50%
            ratio("TEACHER_ROTATION_SHARE", CITY, "2", "5", "40"),
            ratio("TEACHER_ROTATION_SHARE", COUNTY_A, "1", "3", "33.333333"),
            ratio("TEACHER_ROTATION_SHARE", COUNTY_B, "1", "2", "50"));

    // 优质均衡 per-pupil ratios. Facilities split by the school's pupils: PA's primary part is 11/12 of its
    // facilities, NA's 2/3 primary and 1/3 junior. Primary parts: PA 660 m² / 1100 m² / 33 computers / 11 rooms /
    // 132000 yuan; TA 60 / 300 / 7 / 1 / 8000; NA 480 / 1200 / 20 / 4 / 160000; PB 550 / 550 / 11 / 2 / 55000.
    // Junior parts: JA 600 / 1200 / 30 / 6 / 150000; NA 240 / 600 / 10 / 2 / 80000; JB 300 / 450 / 15 / 1 / 45000.
    static final List<Expect> QUALITY_BALANCE = List.of(
            // 660 + 60 + 480 + 550 = 1750 m² ÷ 215 → 8.14
            ratio("TEACHING_AREA_PRIMARY", CITY, "1750", "215", "8.139535"),
            // a school's value includes its teaching points: PA 660 (its kindergarten class has the other 60 m²)
            // + TA 60 = 720 ÷ 66 + 14 = 80 → 9; TA alone 60 ÷ 14 → 4.29
            ratio("TEACHING_AREA_PRIMARY", PA, "720", "80", "9"),
            ratio("TEACHING_AREA_PRIMARY", TA, "60", "14", "4.285714"),
            ratio("TEACHING_AREA_PRIMARY", COUNTY_A, "1200", "160", "7.5"),
            // 600 + 240 + 300 = 1140 ÷ 130 → 8.77
            ratio("TEACHING_AREA_JUNIOR", CITY, "1140", "130", "8.769231"),
            ratio("TEACHING_AREA_JUNIOR", NA, "240", "40", "6"),
            // 1100 + 300 + 1200 + 550 = 3150 ÷ 215 → 14.65
            ratio("SPORTS_GROUND_PRIMARY", CITY, "3150", "215", "14.651163"),
            // 1200 + 600 + 450 = 2250 ÷ 130 → 17.31
            ratio("SPORTS_GROUND_JUNIOR", CITY, "2250", "130", "17.307692"),
            // 132000 + 8000 + 160000 + 55000 = 355000 ÷ 215 → 1651.16 yuan
            ratio("EQUIPMENT_VALUE_PRIMARY", CITY, "355000", "215", "1651.162791"),
            // 150000 + 80000 + 45000 = 275000 ÷ 130 → 2115.38 yuan
            ratio("EQUIPMENT_VALUE_JUNIOR", CITY, "275000", "130", "2115.384615"),
            // 11 + 1 + 4 + 2 = 18 rooms × 100 ÷ 215 → 8.37 per 100 pupils
            ratio("MULTIMEDIA_PRIMARY", CITY, "18", "215", "8.372093"),
            // 6 + 2 + 1 = 9 × 100 ÷ 130 → 6.92
            ratio("MULTIMEDIA_JUNIOR", CITY, "9", "130", "6.923077"),
            // full-time 专科 or above: PA 4, TA 0, NA 3, PB 3 = 10 × 100 ÷ 215 → 4.65 per 100 pupils
            ratio("QUALIFIED_PRIMARY", CITY, "10", "215", "4.651163"),
            // full-time 本科 or above: JA 2, NA 3, JB 1 = 6 × 100 ÷ 130 → 4.62
            ratio("QUALIFIED_JUNIOR", CITY, "6", "130", "4.615385"),
            // full-time 骨干 (any level from 县 up): PA 1, NA 2 (not its part-time one), PB 1 = 4 × 100 ÷ 215 → 1.86
            ratio("BACKBONE_PRIMARY", CITY, "4", "215", "1.860465"),
            // JA 2, NA 1, JB 0 = 3 × 100 ÷ 130 → 2.31
            ratio("BACKBONE_JUNIOR", CITY, "3", "130", "2.307692"),
            // 小学 to 中职 pupils 215 + 130 + 96 + 30 = 471 ÷ their computers PA 33 + TA 7 + JA 30 + NA 30 + HA 33
            // + PB 11 + JB 15 + VB 10 = 169 → 2.79:1 (KA's and XB's and PA's pre-school share are left out)
            ratio("PUPILS_PER_COMPUTER", CITY, "471", "169", "2.786982"),
            // PA with TA: 66 + 14 pupils ÷ 33 + 7 computers → 2 (PA's 6 pre-school children and the 3 computers
            // apportioned to them are left out)
            ratio("PUPILS_PER_COMPUTER", PA, "80", "40", "2"),
            // HB has pupils but no facilities recorded: no value, never 0 or infinity
            none("PUPILS_PER_COMPUTER", HB, "30", "0", "ZERO_DENOMINATOR"));

    // 差异系数 in county A, weighted by pupils: CV = σ ÷ mean, mean = Σ num ÷ Σ pupils, σ² = Σ w·x² ÷ Σ w − mean².
    // For two schools with pupils w1, w2 and numerators n1, n2 this is |n1·w2 − n2·w1| ÷ (√(w1·w2) · (n1 + n2)),
    // and |x1 − x2| ÷ (x1 + x2) when w1 = w2.
    // Primary: TA is merged into PA (66 + 14 = 80 pupils) against NA's 80: equal weights.
    // Junior: JA 60 pupils against NA 40 (√2400 = 48.98979): the weighting matters here.
    // County B has one primary (PB; XB is special) and one junior school (JB): no coefficient.
    static final List<Expect> VARIATION = List.of(
            // PA+TA (660 + 60) ÷ 80 = 9 m², NA 480 ÷ 80 = 6 → 3 ÷ 15 = 0.2 (TA apart it would be 0.286)
            cv("CV_TEACHING_AREA_PRIMARY", COUNTY_A, 2, "0.2"),
            none("CV_TEACHING_AREA_PRIMARY", COUNTY_B, null, "1", "TOO_FEW_SCHOOLS"),
            // PA+TA 1400 ÷ 80 = 17.5, NA 15 → 2.5 ÷ 32.5 = 0.076923
            cv("CV_SPORTS_GROUND_PRIMARY", COUNTY_A, 2, "0.076923"),
            // PA+TA 12 ÷ 80 = 0.15, NA 4 ÷ 80 = 0.05 → 0.1 ÷ 0.2 = 0.5
            cv("CV_MULTIMEDIA_PRIMARY", COUNTY_A, 2, "0.5"),
            // PA+TA 140000 ÷ 80 = 1750, NA 2000 → 250 ÷ 3750 = 0.066667
            cv("CV_EQUIPMENT_VALUE_PRIMARY", COUNTY_A, 2, "0.066667"),
            // 专科 or above: PA+TA 4, NA 3 → 1 ÷ 7 = 0.142857
            cv("CV_QUALIFIED_PRIMARY", COUNTY_A, 2, "0.142857"),
            // 骨干: PA+TA 1, NA 2 → 1 ÷ 3
            cv("CV_BACKBONE_PRIMARY", COUNTY_A, 2, "0.333333"),
            // JA 600 ÷ 60 = 10, NA 240 ÷ 40 = 6: mean 840 ÷ 100 = 8.4, σ² = (60·100 + 40·36) ÷ 100 − 70.56 = 3.84,
            // σ = 1.959592 → 0.233285 (unweighted it would be 0.25)
            cv("CV_TEACHING_AREA_JUNIOR", COUNTY_A, 2, "0.233285"),
            none("CV_TEACHING_AREA_JUNIOR", COUNTY_B, null, "1", "TOO_FEW_SCHOOLS"),
            // |1200·40 − 600·60| = 12000 ÷ (48.98979 · 1800) → 0.136083
            cv("CV_SPORTS_GROUND_JUNIOR", COUNTY_A, 2, "0.136083"),
            // |6·40 − 2·60| = 120 ÷ (48.98979 · 8) → 0.306186
            cv("CV_MULTIMEDIA_JUNIOR", COUNTY_A, 2, "0.306186"),
            // |150000·40 − 80000·60| = 1200000 ÷ (48.98979 · 230000) → 0.106500
            cv("CV_EQUIPMENT_VALUE_JUNIOR", COUNTY_A, 2, "0.106500"),
            // 本科 or above JA 2, NA 3: |2·40 − 3·60| = 100 ÷ (48.98979 · 5) → 0.408248
            cv("CV_QUALIFIED_JUNIOR", COUNTY_A, 2, "0.408248"),
            // 骨干 JA 2, NA 1: |2·40 − 1·60| = 20 ÷ (48.98979 · 3) → 0.136083
            cv("CV_BACKBONE_JUNIOR", COUNTY_A, 2, "0.136083"));

    // 巩固率 from the base-report flows of the cohort that entered 一年级 nine school years ago (year − 9) and left
    // 九年级 last summer (year − 1). County A: intake PA 50 + NA 30, transfers in PA 2 (三年级) + JA 4 (七年级),
    // out PA 3 (五年级) + NA 1 (八年级), graduates NA 25 + JA 45 → 70 ÷ (80 + 6 − 4 = 82) = 85.365854%.
    // Rows of other cohorts (PA's intake a year later, JA's graduates a year earlier) are not counted.
    // County B: intake PB 20, graduates JB 19 → 95%. City: 89 ÷ 102 = 87.254902%.
    static final List<Expect> RETENTION = List.of(
            ratio("COMPULSORY_RETENTION", CITY, "89", "102", "87.254902"),
            ratio("COMPULSORY_RETENTION", COUNTY_A, "70", "82", "85.365854"),
            ratio("COMPULSORY_RETENTION", COUNTY_B, "19", "20", "95"),
            none("COMPULSORY_RETENTION", JA, "45", "4", "BELOW_LEVEL"));

    // 适龄残疾儿童入学率, ages 6–14: county A NA's 6 pupils of its 特教班 (aged 9) ÷ 7 on the roster = 85.714286%;
    // county B XB's 8 aged 9 and 2 aged 13 (特殊教育) ÷ 8 + 2 = 100%; the city 16 ÷ 17 = 94.117647%.
    static final List<Expect> DISABLED = List.of(
            ratio("DISABLED_ENROLMENT", CITY, "16", "17", "94.117647"),
            ratio("DISABLED_ENROLMENT", COUNTY_A, "6", "7", "85.714286"),
            ratio("DISABLED_ENROLMENT", COUNTY_B, "10", "10", "100"),
            none("DISABLED_ENROLMENT", TOWN_B1, "10", "10", "BELOW_LEVEL"));

    static final Map<String, List<Expect>> ALL = Map.of("PRESCHOOL", PRESCHOOL, "ENROLMENT", ENROLMENT, "CLASSES",
            CLASSES, "TEACHERS", TEACHERS, "QUALITY_BALANCE", QUALITY_BALANCE, "VARIATION", VARIATION,
            "RETENTION", RETENTION, "DISABLED", DISABLED);

    @Autowired
    RegistryFixture fixture;

    @Autowired
    IndicatorRuns runs;

    @Autowired
    ValueQueries values;

    @Autowired
    Catalog catalog;

    int year;
    LocalDate ref;

    @BeforeAll
    void city() {
        SchoolYear current = SchoolYear.containing(LocalDate.now());
        year = current.startYear();
        ref = current.referenceDate();
        if (fixture.tree(List.of(
                new OrgImportRow(2, "CITY", CITY, "指标目录测试市", null, null),
                new OrgImportRow(3, "COUNTY", COUNTY_A, "目录甲县", CITY, null),
                new OrgImportRow(4, "COUNTY", COUNTY_B, "目录乙县", CITY, null),
                new OrgImportRow(5, "TOWN", TOWN_A1, "目录甲一镇", COUNTY_A, null),
                new OrgImportRow(6, "TOWN", TOWN_A2, "目录甲二镇", COUNTY_A, null),
                new OrgImportRow(7, "TOWN", TOWN_B1, "目录乙一镇", COUNTY_B, null),
                new OrgImportRow(8, "SCHOOL", KA, "甲一公办幼儿园", TOWN_A1, "111"),
                new OrgImportRow(9, "SCHOOL", PA, "甲一小学", TOWN_A1, "211"),
                new OrgImportRow(10, "TEACHING_POINT", TA, "甲一小学教学点", PA, "218"),
                new OrgImportRow(11, "SCHOOL", JA, "甲一初级中学", TOWN_A1, "311"),
                new OrgImportRow(12, "SCHOOL", NA, "甲二九年一贯制学校", TOWN_A2, "312"),
                new OrgImportRow(13, "SCHOOL", HA, "甲二高级中学", TOWN_A2, "342"),
                new OrgImportRow(14, "SCHOOL", KA2, "甲二普惠幼儿园", TOWN_A2, "111"),
                new OrgImportRow(15, "SCHOOL", KB, "乙一民办幼儿园", TOWN_B1, "111"),
                new OrgImportRow(16, "SCHOOL", PB, "乙一民办小学", TOWN_B1, "211"),
                new OrgImportRow(17, "SCHOOL", JB, "乙一初级中学", TOWN_B1, "311"),
                new OrgImportRow(18, "SCHOOL", HB, "乙一民办高中", TOWN_B1, "342"),
                new OrgImportRow(19, "SCHOOL", VB, "乙一职业高中", TOWN_B1, "365"),
                new OrgImportRow(20, "SCHOOL", WB, "乙一技工学校", TOWN_B1, "366"),
                new OrgImportRow(21, "SCHOOL", XB, "乙一培智学校", TOWN_B1, "513")))) {
            registry();
        }
        runs.computeNow("test", year, ref);
    }

    private void registry() {
        fixture.flow(PA, year - 9, "P1", 50, 0, 0, 0);
        fixture.flow(PA, year - 8, "P1", 99, 0, 0, 0);
        fixture.flow(PA, year - 7, "P3", 0, 0, 2, 0);
        fixture.flow(PA, year - 5, "P5", 0, 0, 0, 3);
        fixture.flow(NA, year - 9, "P1", 30, 0, 0, 0);
        fixture.flow(NA, year - 2, "J2", 0, 0, 0, 1);
        fixture.flow(NA, year - 1, "J3", 0, 25, 0, 0);
        fixture.flow(JA, year - 3, "J1", 0, 0, 4, 0);
        fixture.flow(JA, year - 1, "J3", 0, 45, 0, 0);
        fixture.flow(JA, year - 2, "J3", 0, 77, 0, 0);
        fixture.flow(PB, year - 9, "P1", 20, 0, 0, 0);
        fixture.flow(JB, year - 1, "J3", 0, 19, 0, 0);
        fixture.school(KA, "1", false, "111", "PRESCHOOL");
        fixture.school(PA, "1", false, "111", "PRIMARY", "PRESCHOOL");
        fixture.school(TA, "1", false, "220", "PRIMARY");
        fixture.school(JA, "1", false, "111", "JUNIOR");
        fixture.school(NA, "1", false, "121", "PRIMARY", "JUNIOR");
        fixture.school(HA, "1", false, "121", "SENIOR");
        fixture.school(KA2, "2", true, "121", "PRESCHOOL");
        fixture.school(KB, "2", false, "220", "PRESCHOOL");
        fixture.school(PB, "2", false, "220", "PRIMARY");
        fixture.school(JB, "1", false, "220", "JUNIOR");
        fixture.school(HB, "2", false, "220", "SENIOR");
        fixture.school(VB, "1", false, "220", "VOCATIONAL");
        fixture.school(WB, "1", false, "220", "VOCATIONAL");
        fixture.school(XB, "1", false, "220", "SPECIAL");

        // town A1
        fixture.pupils(4, pupil(KA, null, "K1", 3));
        fixture.pupils(4, pupil(KA, null, "K2", 4));
        fixture.pupils(4, pupil(KA, null, "K3", 5));
        fixture.pupil(pupil(KA, null, "K1", 3).status("SUSPENDED"));
        fixture.pupils(66, pupil(PA, fixture.classOf(PA, year, "P1", "一年级(1)班", false, false), "P1", 6));
        fixture.pupils(6, pupil(PA, fixture.classOf(PA, year, "K3", "学前班", false, false), "K3", 5));
        fixture.pupils(14, pupil(TA, fixture.classOf(TA, year, "P2", "复式班", true, false), "P2", 7));
        long ja2 = fixture.classOf(JA, year, "J2", "八年级(1)班", false, false);
        fixture.pupils(40, pupil(JA, ja2, "J2", 13));
        fixture.pupil(pupil(JA, ja2, "J2", 13).status("SUSPENDED"));
        fixture.pupil(pupil(JA, ja2, "J2", 13).status("DROPPED_OUT"));
        fixture.pupils(20, pupil(JA, fixture.classOf(JA, year, "J3", "九年级(1)班", false, false), "J3", 14));
        // town A2
        fixture.pupils(56, pupil(NA, fixture.classOf(NA, year, "P3", "三年级(1)班", false, false), "P3", 8));
        long na4 = fixture.classOf(NA, year, "P4", "四年级(1)班", false, false);
        fixture.pupils(14, pupil(NA, na4, "P4", 9));
        fixture.pupils(4, pupil(NA, na4, "P4", 9).asMigrant());
        fixture.pupils(6, pupil(NA, fixture.classOf(NA, year, "P4", "特教班", false, true), "P4", 9).disabled("5", "2"));
        fixture.pupils(40, pupil(NA, fixture.classOf(NA, year, "J1", "七年级(1)班", false, false), "J1", 12));
        long ha1 = fixture.classOf(HA, year, "S1", "高一(1)班", false, false);
        fixture.pupils(63, pupil(HA, ha1, "S1", 15));
        fixture.pupils(3, pupil(HA, ha1, "S1", 15).asMigrant());
        fixture.pupils(6, pupil(KA2, null, "K2", 4));
        // town B1
        fixture.pupils(7, pupil(KB, null, "K1", 3));
        fixture.pupils(2, pupil(KB, null, "K1", 3).asMigrant());
        fixture.pupils(3, pupil(KB, null, "K3", 6));
        long pb5 = fixture.classOf(PB, year, "P5", "五年级(1)班", false, false);
        fixture.pupils(45, pupil(PB, pb5, "P5", 10));
        fixture.pupils(10, pupil(PB, pb5, "P5", 10).asMigrant());
        fixture.pupil(pupil(PB, pb5, "P5", 10).status("SUSPENDED"));
        fixture.pupil(pupil(PB, pb5, "P5", 10).entered(ref.plusDays(10)));
        long jb3 = fixture.classOf(JB, year, "J3", "九年级(1)班", false, false);
        fixture.pupils(21, pupil(JB, jb3, "J3", 14));
        fixture.pupils(6, pupil(JB, jb3, "J3", 14).asMigrant());
        fixture.pupils(2, pupil(JB, jb3, "J3", 16));
        fixture.pupil(pupil(JB, jb3, "J3", 11));
        fixture.pupils(30, pupil(HB, fixture.classOf(HB, year, "S2", "高二(1)班", false, false), "S2", 16));
        fixture.pupils(20, pupil(VB, null, "V1", 16));
        fixture.pupils(10, pupil(WB, null, "V1", 17));
        fixture.pupils(8, pupil(XB, fixture.classOf(XB, year, "P3", "培智一班", false, true), "P3", 9).disabled("5", "3"));
        fixture.pupils(2, pupil(XB, null, "J1", 13).disabled("5", "3"));

        // teachers
        fixture.teacher(teacher(KA, "PRESCHOOL").education("31").psychology("PART"));
        fixture.teacher(teacher(KA, "PRESCHOOL"));
        fixture.teacher(teacher(KA, "PRESCHOOL").partTime());
        fixture.teacher(teacher(KA2, "PRESCHOOL").education("60"));
        fixture.teacher(teacher(KB, "PRESCHOOL").education("60"));
        fixture.teacher(teacher(PA, "PRESCHOOL").education("31"));
        fixture.teacher(teacher(PA, "PRIMARY").education("14").backbone("县").since(ref.minusYears(8)));
        fixture.teacher(teacher(PA, "PRIMARY").psychology("PART").since(ref.minusYears(6)));
        fixture.teacher(teacher(PA, "PRIMARY").education("31"));
        fixture.teacher(teacher(PA, "PRIMARY"));
        fixture.teacher(teacher(TA, "PRIMARY").education("60"));
        fixture.rotatedTeacher(teacher(JA, "JUNIOR").backbone("县").since(ref.minusMonths(2)), PA, 3);
        fixture.teacher(teacher(JA, "JUNIOR").education("14").backbone("省").since(ref.minusYears(5)));
        fixture.teacher(teacher(JA, "JUNIOR").education("31").psychology("FULL"));
        fixture.rotatedTeacher(teacher(NA, "PRIMARY").backbone("市").since(ref.minusMonths(6)), JA, 7);
        fixture.teacher(teacher(NA, "PRIMARY").backbone("县"));
        fixture.teacher(teacher(NA, "PRIMARY").education("31"));
        fixture.teacher(teacher(NA, "PRIMARY").education("60"));
        fixture.teacher(teacher(NA, "PRIMARY").backbone("县").psychology("FULL").partTime().since(ref.minusYears(10)));
        fixture.teacher(teacher(NA, "JUNIOR"));
        fixture.teacher(teacher(NA, "JUNIOR"));
        fixture.teacher(teacher(NA, "JUNIOR").backbone("县"));
        fixture.teacher(teacher(HA, "SENIOR").since(ref.minusYears(10)));
        fixture.teacher(teacher(HA, "SENIOR").psychology("FULL"));
        fixture.teacher(teacher(HA, "SENIOR"));
        fixture.teacher(teacher(HA, "SENIOR"));
        fixture.teacher(teacher(PB, "PRIMARY").since(ref.minusYears(12)));
        fixture.teacher(teacher(PB, "PRIMARY").backbone("县"));
        fixture.teacher(teacher(PB, "PRIMARY").education("31").psychology("FULL"));
        // hired after the reference date: not a teacher of PB on ref
        fixture.teacher(teacher(PB, "PRIMARY").since(ref.plusDays(30)));
        fixture.rotatedTeacher(teacher(JB, "JUNIOR").since(ref.minusMonths(1)), PB, 6);
        fixture.teacher(teacher(JB, "JUNIOR").education("31"));
        fixture.rotatedTeacher(teacher(JB, "JUNIOR").partTime().since(ref.minusMonths(1)), PB, 10);
        // moves from JA to JB after the reference date: on ref a teacher of JA (4 years there, not eligible)
        fixture.rotatedTeacher(teacher(JB, "JUNIOR").education("31").since(ref.plusDays(20)), JA, 4);
        fixture.teacher(teacher(HB, "SENIOR"));
        fixture.teacher(teacher(HB, "SENIOR"));
        fixture.teacher(teacher(VB, "VOCATIONAL").psychology("PART"));
        fixture.teacher(teacher(VB, "VOCATIONAL").subject("数控技术应用", true));
        fixture.teacher(teacher(VB, "VOCATIONAL").subject("电子商务", false));
        fixture.teacher(teacher(VB, "VOCATIONAL").subject("汽车运用与维修", true));
        fixture.teacher(teacher(VB, "VOCATIONAL").subject("数控技术应用", true).partTime());
        fixture.teacher(teacher(WB, "VOCATIONAL").subject("焊接加工", true));
        fixture.teacher(teacher(WB, "VOCATIONAL").subject("数学", true));
        fixture.teacher(teacher(XB, "SPECIAL").psychology("FULL"));
        fixture.teacher(teacher(XB, "SPECIAL"));

        // facilities: teaching area, sports ground, student computers, multimedia classrooms, equipment value
        facilities(KA, 0, 0, 4, 0, 0);
        facilities(PA, 720, 1200, 36, 12, 144000);
        facilities(TA, 60, 300, 7, 1, 8000);
        facilities(JA, 600, 1200, 30, 6, 150000);
        facilities(NA, 720, 1800, 30, 6, 240000);
        facilities(HA, 0, 0, 33, 0, 0);
        facilities(PB, 550, 550, 11, 2, 55000);
        facilities(JB, 300, 450, 15, 1, 45000);
        facilities(VB, 0, 0, 10, 0, 0);
        facilities(XB, 0, 0, 5, 0, 0);

        // resident population by age: 3–5, 6–11, 12–14, 15–17 per town
        population(TOWN_A1, 3, 6, 6, 8);
        population(TOWN_A1, 6, 20, 20, 15, 15, 15, 15);
        population(TOWN_A1, 12, 17, 17, 16);
        population(TOWN_A1, 15, 10, 10, 10);
        population(TOWN_A2, 3, 4, 4, 4);
        population(TOWN_A2, 6, 16, 16, 16, 16, 16, 16);
        population(TOWN_A2, 12, 17, 17, 16);
        population(TOWN_A2, 15, 10, 10, 10);
        population(TOWN_B1, 3, 3, 3, 2);
        population(TOWN_B1, 6, 11, 11, 11, 11, 10, 10);
        population(TOWN_B1, 12, 7, 7, 6);
        population(TOWN_B1, 15, 27, 27, 26);
        // counted by no indicator: ages 2 and 18, and the 户籍 basis (the catalog's default is 常住)
        // the 残联 roster: 7 disabled 9-year-olds in A2, 8 of 9 and 2 of 13 in B1, and 5 of 15 (outside 6–14)
        fixture.population(TOWN_A2, year, "DISABLED", 9, 7);
        fixture.population(TOWN_B1, year, "DISABLED", 9, 8);
        fixture.population(TOWN_B1, year, "DISABLED", 13, 2);
        fixture.population(TOWN_B1, year, "DISABLED", 15, 5);
        fixture.population(TOWN_A1, year, "RESIDENT", 2, 40);
        fixture.population(TOWN_A1, year, "RESIDENT", 18, 9);
        fixture.population(TOWN_A1, year, "HUKOU", 3, 99);
        fixture.population(TOWN_A1, year, "HUKOU", 13, 99);
    }

    @Test
    void disabledChildrenAgainstTheRoster() {
        check(DISABLED);
    }

    @Test
    void retentionFromTheCohortsFlows() {
        check(RETENTION);
    }

    @Test
    void preschool() {
        check(PRESCHOOL);
    }

    @Test
    void enrolmentRatesAndShares() {
        check(ENROLMENT);
    }

    @Test
    void classSizes() {
        check(CLASSES);
    }

    @Test
    void teachers() {
        check(TEACHERS);
    }

    @Test
    void qualityBalancePerPupil() {
        check(QUALITY_BALANCE);
    }

    @Test
    void coefficientsOfVariation() {
        check(VARIATION);
        // a coefficient exists per county only
        assertThat(values.value(definition("CV_TEACHING_AREA_PRIMARY").id(), year, fixture.id(CITY))).isEmpty();
    }

    /** A new indicator file without a worked-out value here fails the build; so does a value for a removed one. */
    @Test
    void everyIndicatorOfTheCatalogHasAWorkedOutValue() throws IOException {
        List<Definition> files = CatalogFiles.read();
        Set<String> codes = files.stream().map(Definition::code).collect(Collectors.toCollection(TreeSet::new));
        Set<String> asserted = ALL.values().stream().flatMap(List::stream).map(Expect::code)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(codes);
        missing.removeAll(asserted);
        assertThat(missing).as("indicators with no worked-out value in CatalogValuesTests").isEmpty();
        Set<String> unknown = new TreeSet<>(asserted);
        unknown.removeAll(codes);
        assertThat(unknown).as("values worked out for indicators the catalog does not have").isEmpty();
        // the top of what each indicator reports: the city, or a county for a coefficient of variation
        for (Definition d : files) {
            Set<String> top = d.kind() == Definition.Kind.CV ? Set.of(COUNTY_A, COUNTY_B) : Set.of(CITY);
            assertThat(ALL.values().stream().flatMap(List::stream)
                    .anyMatch(e -> e.code().equals(d.code()) && top.contains(e.unit()) && e.value() != null))
                    .as(d.code() + " has a worked-out value at " + top).isTrue();
        }
    }

    private void check(List<Expect> expected) {
        SoftAssertions softly = new SoftAssertions();
        for (Expect e : expected) {
            String at = e.code() + " at " + e.unit();
            Optional<ValueRow> row = values.value(definition(e.code()).id(), year, fixture.id(e.unit()));
            if (row.isEmpty()) {
                softly.fail("no value of " + at);
                continue;
            }
            ValueRow v = row.get();
            if (e.numerator() != null) {
                softly.assertThat(v.numerator()).as(at + " numerator")
                        .isCloseTo(new BigDecimal(e.numerator()), within(new BigDecimal("1e-9")));
            }
            if (e.denominator() != null) {
                softly.assertThat(v.denominator()).as(at + " denominator")
                        .isCloseTo(new BigDecimal(e.denominator()), within(new BigDecimal("1e-9")));
            }
            if (e.value() == null) {
                softly.assertThat(v.value()).as(at + " value").isNull();
                softly.assertThat(v.noValueReason()).as(at + " reason").isEqualTo(e.reason());
            } else {
                softly.assertThat(v.value()).as(at + " value")
                        .isCloseTo(new BigDecimal(e.value()), within(tolerance(e.value())));
                softly.assertThat(v.noValueReason()).as(at + " reason").isNull();
            }
        }
        softly.assertAll();
    }

    /** Values written with 6 decimals are rounded (± half the last digit); shorter ones are exact. */
    private static BigDecimal tolerance(String value) {
        int scale = new BigDecimal(value).scale();
        return scale >= 6 ? BigDecimal.valueOf(5, scale + 1) : new BigDecimal("1e-9");
    }

    private Definition definition(String code) {
        return catalog.current(ref).stream().filter(d -> d.code().equals(code) && d.regionCode().isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no current definition " + code));
    }

    private Pupil pupil(String school, Long classId, String grade, int age) {
        return Pupil.of(school, classId, grade, ref.minusYears(age));
    }

    /** A full-time 本科 teacher of 语文, at the school for 3 years. */
    private Teacher teacher(String school, String stage) {
        return Teacher.of(school, stage).since(ref.minusYears(3));
    }

    private void facilities(String school, int teachingArea, int sportsGround, int computers, int multimedia,
            int equipment) {
        fixture.facilities(school, year, new Facilities(BigDecimal.valueOf(teachingArea),
                BigDecimal.valueOf(sportsGround), computers, multimedia, BigDecimal.valueOf(equipment)));
    }

    /** Resident persons of consecutive ages from {@code firstAge}. */
    private void population(String town, int firstAge, int... persons) {
        for (int i = 0; i < persons.length; i++) {
            fixture.population(town, year, "RESIDENT", firstAge + i, persons[i]);
        }
    }
}
