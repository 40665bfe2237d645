package org.edugov.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.edugov.shared.SchoolYear;
import org.edugov.shared.UserError;

/**
 * Checks facilities and finance figures as typed in an import row or the edit form; plain Java so that every
 * rule is a unit test. A blank figure means "not reported"; anything written must be a non-negative number
 * (at most two decimals, whole for counts, below a sanity limit) or 是/否.
 */
final class SchoolYearFactsRules {

    /** Facts are kept from this school year on; earlier ones belong to archives, not to the registry. */
    static final int EARLIEST_YEAR = 2000;

    private SchoolYearFactsRules() {
    }

    /** A school year as written ("2025-2026", "2025学年"), from 2000 to the one in progress. */
    static SchoolYear year(String raw, LocalDate today) {
        SchoolYear year;
        try {
            year = SchoolYear.parse(raw);
        } catch (IllegalArgumentException e) {
            throw UserError.invalid("facts.year.malformed", raw == null ? "" : raw.strip());
        }
        return year(year.startYear(), today);
    }

    static SchoolYear year(int startYear, LocalDate today) {
        SchoolYear current = SchoolYear.containing(today);
        if (startYear < EARLIEST_YEAR || startYear > current.startYear()) {
            throw UserError.invalid("facts.year.range", String.valueOf(startYear),
                    SchoolYear.of(EARLIEST_YEAR).label(), current.label());
        }
        return SchoolYear.of(startYear);
    }

    /** Every figure parsed; each refused one adds a problem for its column to {@code problems}. */
    static Map<SchoolFact, Object> values(int rowNumber, Function<SchoolFact, String> raw, List<RowError> problems) {
        Map<SchoolFact, Object> values = new EnumMap<>(SchoolFact.class);
        for (SchoolFact fact : SchoolFact.values()) {
            String text = raw.apply(fact);
            String s = text == null ? "" : text.strip();
            if (s.isEmpty()) {
                continue;
            }
            try {
                values.put(fact, fact.isFlag() ? flag(s) : number(fact, s));
            } catch (UserError e) {
                problems.add(new RowError(rowNumber, fact.column(), e.messageKey(), List.of(e.args())));
            }
        }
        return values;
    }

    private static Boolean flag(String s) {
        return switch (s) {
            case "是", "true" -> Boolean.TRUE;
            case "否", "false" -> Boolean.FALSE;
            default -> throw UserError.invalid("facts.flag", s);
        };
    }

    private static Object number(SchoolFact fact, String s) {
        BigDecimal value;
        try {
            value = new BigDecimal(s.replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            throw UserError.invalid("facts.number.malformed", s);
        }
        if (value.signum() < 0) {
            throw UserError.invalid("facts.number.negative", s);
        }
        if (value.compareTo(fact.max()) > 0) {
            throw UserError.invalid("facts.number.tooLarge", s, fact.max().toPlainString());
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (fact.kind() == SchoolFact.Kind.COUNT) {
            if (plain.scale() > 0) {
                throw UserError.invalid("facts.number.whole", s);
            }
            return value.intValueExact();
        }
        if (plain.scale() > 2) {
            throw UserError.invalid("facts.number.decimals", s);
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
