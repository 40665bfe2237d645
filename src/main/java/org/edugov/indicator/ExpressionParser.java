package org.edugov.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edugov.shared.UserError;

/**
 * Parses numerator and denominator expressions. Every name is checked against {@link Fact}: an unknown fact,
 * measure or filter key, a value of the wrong type or a {@code $setting} that the indicator does not define is a
 * {@link UserError} naming the offending part, so nothing unparseable is ever stored.
 *
 * <pre>
 * expression := ['-'] term (('+' | '-') term)*
 * term       := [number '*'] fact ['.' measure] ['[' condition (',' condition)* ']']
 * condition  := key ('=' | '!=') values
 * values     := value ('|' value)* | integer '..' integer
 * </pre>
 */
final class ExpressionParser {

    private static final Pattern SETTING = Pattern.compile("\\$([a-z_]+)");
    private static final Pattern TERM = Pattern.compile(
            "(?:(\\d+(?:\\.\\d+)?)\\s*\\*\\s*)?([a-z_]+)(?:\\.([a-z_0-9]+))?\\s*(?:\\[(.*)])?");
    private static final Pattern VALUE = Pattern.compile("[\\p{L}\\p{N}_\\-]+");

    private ExpressionParser() {
    }

    /** Parses {@code text} after replacing each {@code $name} by the indicator's setting of that name. */
    static Expression parse(String text, Map<String, String> settings) {
        if (text == null || text.isBlank()) {
            throw UserError.invalid("indicator.expression.empty");
        }
        String expanded = expand(text, settings);
        List<Expression.Term> terms = new ArrayList<>();
        for (String[] signed : split(expanded)) {
            terms.add(term(signed[1].strip(), signed[0].equals("-"), text));
        }
        return new Expression(terms);
    }

    private static String expand(String text, Map<String, String> settings) {
        Matcher m = SETTING.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = settings.get(m.group(1));
            if (value == null) {
                throw UserError.invalid("indicator.expression.unknownSetting", m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Splits at top-level + and − (outside brackets) into {sign, term}. */
    private static List<String[]> split(String text) {
        List<String[]> parts = new ArrayList<>();
        int depth = 0;
        String sign = "+";
        StringBuilder current = new StringBuilder();
        String trimmed = text.strip();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
            if (depth == 0 && (c == '+' || c == '-')) {
                if (!current.toString().isBlank()) {
                    parts.add(new String[] {sign, current.toString()});
                } else if (!parts.isEmpty() || c == '+') {
                    throw UserError.invalid("indicator.expression.syntax", text);
                }
                sign = String.valueOf(c);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (depth != 0 || current.toString().isBlank()) {
            throw UserError.invalid("indicator.expression.syntax", text);
        }
        parts.add(new String[] {sign, current.toString()});
        return parts;
    }

    private static Expression.Term term(String text, boolean negative, String whole) {
        Matcher m = TERM.matcher(text);
        if (!m.matches()) {
            throw UserError.invalid("indicator.expression.syntax", whole);
        }
        BigDecimal coefficient = m.group(1) == null ? BigDecimal.ONE : new BigDecimal(m.group(1));
        Fact fact = Fact.named(m.group(2))
                .orElseThrow(() -> UserError.invalid("indicator.expression.unknownFact", m.group(2)));
        String measure = m.group(3);
        if (fact.measure(measure).isEmpty()) {
            throw measure == null ? UserError.invalid("indicator.expression.measureRequired", fact.expressionName(),
                    String.join(", ", fact.measures().keySet()))
                    : UserError.invalid("indicator.expression.unknownMeasure", fact.expressionName(), measure);
        }
        List<Expression.Condition> conditions = new ArrayList<>();
        if (m.group(4) != null) {
            for (String c : m.group(4).split(",", -1)) {
                conditions.add(condition(fact, c.strip(), whole));
            }
        }
        return new Expression.Term(negative ? coefficient.negate() : coefficient, fact, measure, conditions);
    }

    private static Expression.Condition condition(Fact fact, String text, String whole) {
        int ne = text.indexOf("!=");
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw UserError.invalid("indicator.expression.syntax", whole);
        }
        boolean negated = ne > 0 && ne == eq - 1;
        String key = text.substring(0, negated ? ne : eq).strip();
        String raw = text.substring(eq + 1).strip();
        Dimension dimension = fact.dimension(key).orElseThrow(() -> UserError.invalid(
                "indicator.expression.unknownKey", fact.expressionName(), key,
                String.join(", ", fact.dimensions().keySet())));
        if (raw.contains("..")) {
            String[] range = raw.split("\\.\\.", -1);
            if (negated || range.length != 2 || dimension.type() != Dimension.Type.INT
                    || !range[0].strip().matches("\\d+") || !range[1].strip().matches("\\d+")) {
                throw UserError.invalid("indicator.expression.badRange", key, raw);
            }
            return new Expression.Condition(dimension, Expression.Op.RANGE, List.of(range[0].strip(), range[1].strip()));
        }
        List<String> values = Arrays.stream(raw.split("\\|", -1)).map(String::strip).toList();
        for (String v : values) {
            if (!VALUE.matcher(v).matches() || !fits(dimension.type(), v)) {
                throw UserError.invalid("indicator.expression.badValue", key, v);
            }
        }
        return new Expression.Condition(dimension, negated ? Expression.Op.NOT_IN : Expression.Op.IN, values);
    }

    private static boolean fits(Dimension.Type type, String value) {
        return switch (type) {
            case INT -> value.matches("-?\\d+");
            case BOOL -> value.equals("true") || value.equals("false");
            case TEXT, ARRAY -> true;
        };
    }
}
