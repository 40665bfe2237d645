package org.edugov.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.edugov.indicator.HistoryRow;

/**
 * Four earlier school years of the city's and counties' indicator values, derived from this year's so that the
 * trend charts have something to show: each indicator drifts by a small fixed step a year (−1.8% to +2.4% of its
 * numerator, from its code), denominators shrink 1% a year back. Stands in for the bulletins a bureau imports.
 */
final class DemoHistory {

    static final int YEARS = 4;

    private DemoHistory() {
    }

    static List<HistoryRow> earlier(List<HistoryRow> current) {
        List<HistoryRow> rows = new ArrayList<>();
        int row = 2;
        for (int back = 1; back <= YEARS; back++) {
            for (HistoryRow v : current) {
                double drift = ((v.indicatorCode().hashCode() & 7) - 3) * 0.006;
                BigDecimal numerator = scale(v.numerator(), 1 - drift * back);
                BigDecimal denominator = scale(v.denominator(), 1 - 0.01 * back);
                rows.add(new HistoryRow(row++, v.indicatorCode(), v.unitCode(), v.schoolYear() - back, numerator,
                        denominator));
            }
        }
        return rows;
    }

    private static BigDecimal scale(BigDecimal value, double factor) {
        BigDecimal scaled = value.multiply(BigDecimal.valueOf(factor));
        return value.stripTrailingZeros().scale() <= 0 ? scaled.setScale(0, RoundingMode.HALF_UP)
                : scaled.setScale(4, RoundingMode.HALF_UP);
    }
}
