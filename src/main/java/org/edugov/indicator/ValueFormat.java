package org.edugov.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How values are shown (C6): percentages with two decimals, "X:1" ratios, per-100 and per-pupil figures,
 * counts as integers, coefficients with three decimals. Available to templates as {@code @valueFormat}.
 */
@Component("valueFormat")
public class ValueFormat {

    private final MessageSource messages;

    ValueFormat(MessageSource messages) {
        this.messages = messages;
    }

    public String value(BigDecimal value, String unit, Locale locale) {
        if (value == null) {
            return "—";
        }
        int scale = switch (unit) {
            case "COUNT" -> 0;
            case "COEFFICIENT" -> 3;
            default -> 2;
        };
        return messages.getMessage("indicator.unit.format." + unit, new Object[] {number(value, scale, locale)},
                locale);
    }

    /** A numerator or denominator: integers as such, other sums with two decimals. */
    public String amount(BigDecimal value, Locale locale) {
        if (value == null) {
            return "—";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return number(value, stripped.scale() <= 0 ? 0 : 2, locale);
    }

    /** The value as a plain number for charts and spreadsheets, or null. */
    public BigDecimal plain(BigDecimal value, String unit) {
        if (value == null) {
            return null;
        }
        return value.setScale(unit.equals("COEFFICIENT") ? 3 : unit.equals("COUNT") ? 0 : 2, RoundingMode.HALF_UP);
    }

    private static String number(BigDecimal value, int scale, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(scale);
        f.setMaximumFractionDigits(scale);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }
}
