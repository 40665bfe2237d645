package org.edugov.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.edugov.shared.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The expression grammar and each refusal, without Spring or a database. */
class ExpressionParserTest {

    private static Expression parse(String text) {
        return ExpressionParser.parse(text, Map.of());
    }

    private static UserError refusal(String text, Map<String, String> settings) {
        UserError e = catchThrowableOfType(UserError.class, () -> ExpressionParser.parse(text, settings));
        assertThat(e).as("refusal of '" + text + "'").isNotNull();
        assertThat(e.kind()).isEqualTo(UserError.Kind.INVALID);
        return e;
    }

    private static UserError refusal(String text) {
        return refusal(text, Map.of());
    }

    @Test
    void aPlainFactCountsEveryRecordWithCoefficientOne() {
        Expression e = parse("pupils");
        assertThat(e.terms()).hasSize(1);
        Expression.Term t = e.terms().getFirst();
        assertThat(t.fact()).isEqualTo(Fact.PUPILS);
        assertThat(t.coefficient()).isEqualByComparingTo("1");
        assertThat(t.measure()).isNull();
        assertThat(t.conditions()).isEmpty();
        assertThat(e.facts()).containsExactly(Fact.PUPILS);
    }

    @Test
    void coefficientsAndSignsMultiplyTheirTerm() {
        Expression e = parse("2 * pupils[stage=PRIMARY] - 0.5*teachers + 3 * classes");
        assertThat(e.terms()).extracting(Expression.Term::coefficient)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2"), new BigDecimal("-0.5"), new BigDecimal("3"));
        assertThat(e.terms()).extracting(Expression.Term::fact)
                .containsExactly(Fact.PUPILS, Fact.TEACHERS, Fact.CLASSES);
        assertThat(e.facts()).containsExactlyInAnyOrder(Fact.PUPILS, Fact.TEACHERS, Fact.CLASSES);
    }

    @Test
    void aLeadingMinusNegatesTheFirstTerm() {
        Expression e = parse("-pupils + pupils[stage=JUNIOR]");
        assertThat(e.terms().get(0).coefficient()).isEqualByComparingTo("-1");
        assertThat(e.terms().get(1).coefficient()).isEqualByComparingTo("1");
        assertThat(parse("- 2 * pupils").terms().getFirst().coefficient()).isEqualByComparingTo("-2");
    }

    @Test
    void aMinusInsideBracketsBelongsToTheValue() {
        Expression e = parse("teachers[subject=数控-技术]");
        assertThat(e.terms()).hasSize(1);
        assertThat(e.terms().getFirst().conditions().getFirst().values()).containsExactly("数控-技术");
    }

    @Test
    void alternativesWithABarMeanAnyOf() {
        Expression.Condition c = parse("pupils[stage=PRIMARY|JUNIOR | SPECIAL]").terms().getFirst().conditions()
                .getFirst();
        assertThat(c.dimension().key()).isEqualTo("stage");
        assertThat(c.op()).isEqualTo(Expression.Op.IN);
        assertThat(c.values()).containsExactly("PRIMARY", "JUNIOR", "SPECIAL");
    }

    @Test
    void notEqualMeansNoneOf() {
        Expression.Condition c = parse("schools[school_type!=111|218]").terms().getFirst().conditions().getFirst();
        assertThat(c.dimension().key()).isEqualTo("school_type");
        assertThat(c.op()).isEqualTo(Expression.Op.NOT_IN);
        assertThat(c.values()).containsExactly("111", "218");
    }

    @Test
    void severalConditionsAllApply() {
        List<Expression.Condition> cs =
                parse("teachers[full_time=true, stage=PRIMARY, education=BACHELOR|POSTGRADUATE]").terms().getFirst()
                        .conditions();
        assertThat(cs).extracting(c -> c.dimension().key()).containsExactly("full_time", "stage", "education");
        assertThat(cs.getFirst().values()).containsExactly("true");
        assertThat(cs.get(2).values()).containsExactly("BACHELOR", "POSTGRADUATE");
    }

    @Test
    void anIntegerRangeIsInclusive() {
        Expression.Condition c = parse("population[age=3..5]").terms().getFirst().conditions().getFirst();
        assertThat(c.dimension().key()).isEqualTo("age");
        assertThat(c.op()).isEqualTo(Expression.Op.RANGE);
        assertThat(c.values()).containsExactly("3", "5");
        assertThat(parse("classes[size = 56 .. 9999]").terms().getFirst().conditions().getFirst().values())
                .containsExactly("56", "9999");
    }

    @Test
    void settingsAreSubstitutedBeforeParsing() {
        Expression e = ExpressionParser.parse("population[age=$primary_ages, basis=$basis]",
                Map.of("primary_ages", "6..11", "basis", "HUKOU"));
        List<Expression.Condition> cs = e.terms().getFirst().conditions();
        assertThat(cs.get(0).op()).isEqualTo(Expression.Op.RANGE);
        assertThat(cs.get(0).values()).containsExactly("6", "11");
        assertThat(cs.get(1).values()).containsExactly("HUKOU");
        // a setting may be one end of a range
        assertThat(ExpressionParser.parse("teachers[years_at_school=$eligible_years..99]",
                Map.of("eligible_years", "6")).terms().getFirst().conditions().getFirst().values())
                .containsExactly("6", "99");
    }

    @Test
    void aMeasureNamesWhatEachRecordContributes() {
        Expression.Term t = parse("facilities.student_computers[stage=PRIMARY|JUNIOR]").terms().getFirst();
        assertThat(t.fact()).isEqualTo(Fact.FACILITIES);
        assertThat(t.measure()).isEqualTo("student_computers");
        assertThat(t.conditions()).hasSize(1);
        assertThat(parse("3 * facilities.equipment_value_yuan").terms().getFirst().measure())
                .isEqualTo("equipment_value_yuan");
    }

    @Test
    void everyShippedExpressionParses() throws Exception {
        for (Definition d : CatalogFiles.read()) {
            assertThat(d.numeratorExpression().terms()).as(d.code()).isNotEmpty();
            if (d.kind() != Definition.Kind.COUNT) {
                assertThat(d.denominatorExpression().terms()).as(d.code()).isNotEmpty();
            }
        }
    }

    @Test
    void anEmptyExpressionIsRefused() {
        assertThat(refusal("").messageKey()).isEqualTo("indicator.expression.empty");
        assertThat(refusal("   ").messageKey()).isEqualTo("indicator.expression.empty");
        assertThat(refusal(null).messageKey()).isEqualTo("indicator.expression.empty");
    }

    @Test
    void anUnknownFactIsRefusedByName() {
        UserError e = refusal("pupil[stage=PRIMARY]");
        assertThat(e.messageKey()).isEqualTo("indicator.expression.unknownFact");
        assertThat(e.args()).containsExactly("pupil");
    }

    @Test
    void anUnknownKeyIsRefusedWithTheKnownOnes() {
        UserError e = refusal("pupils[colour=red]");
        assertThat(e.messageKey()).isEqualTo("indicator.expression.unknownKey");
        assertThat(e.args()[0]).isEqualTo("pupils");
        assertThat(e.args()[1]).isEqualTo("colour");
        assertThat((String) e.args()[2]).contains("stage", "age", "migrant");
        // keys are per fact: population has no school attributes
        assertThat(refusal("population[ownership=1]").messageKey()).isEqualTo("indicator.expression.unknownKey");
    }

    @Test
    void anUnknownMeasureIsRefused() {
        UserError e = refusal("facilities.pianos[stage=PRIMARY]");
        assertThat(e.messageKey()).isEqualTo("indicator.expression.unknownMeasure");
        assertThat(e.args()).containsExactly("facilities", "pianos");
        // counted facts have no measures at all
        assertThat(refusal("pupils.weight").messageKey()).isEqualTo("indicator.expression.unknownMeasure");
    }

    @Test
    void facilitiesNeedAMeasure() {
        UserError e = refusal("facilities[stage=PRIMARY]");
        assertThat(e.messageKey()).isEqualTo("indicator.expression.measureRequired");
        assertThat(e.args()[0]).isEqualTo("facilities");
        assertThat((String) e.args()[1]).contains("teaching_area_m2", "student_computers");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "pupils[age=abc]; age; abc",
            "pupils[age=6|x]; age; x",
            "teachers[full_time=yes]; full_time; yes",
            "pupils[stage=PRI MARY]; stage; PRI MARY",
            "pupils[stage=|PRIMARY]; stage; ''",
            "pupils[stage=P1.5]; stage; P1.5"})
    void aValueOfTheWrongTypeOrShapeIsRefused(String text, String key, String value) {
        UserError e = refusal(text);
        assertThat(e.messageKey()).isEqualTo("indicator.expression.badValue");
        assertThat(e.args()).containsExactly(key, value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "pupils[age=3..]; age",
            "pupils[age=..5]; age",
            "pupils[age=a..5]; age",
            "pupils[age=3..5..7]; age",
            "pupils[age=-1..5]; age",
            "pupils[age!=3..5]; age",
            "pupils[stage=3..5]; stage"})
    void aBadRangeIsRefused(String text, String key) {
        UserError e = refusal(text);
        assertThat(e.messageKey()).isEqualTo("indicator.expression.badRange");
        assertThat(e.args()[0]).isEqualTo(key);
    }

    @Test
    void anUndefinedSettingIsRefusedByName() {
        UserError e = refusal("population[age=$junior_ages]", Map.of("basis", "RESIDENT"));
        assertThat(e.messageKey()).isEqualTo("indicator.expression.unknownSetting");
        assertThat(e.args()).containsExactly("junior_ages");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "pupils[stage=PRIMARY",
            "pupils]stage=PRIMARY[",
            "pupils[stage=PRIMARY]]",
            "+ pupils",
            "pupils +",
            "pupils + - pupils",
            "pupils[stage]",
            "pupils[=PRIMARY]",
            "pupils[]",
            "3 pupils",
            "2 * 3 * pupils",
            "pupils teachers",
            "Pupils"})
    void malformedTextIsASyntaxError(String text) {
        assertThat(refusal(text).messageKey()).as(text).isEqualTo("indicator.expression.syntax");
    }
}
