package org.edugov.indicator;

import java.math.BigDecimal;

/**
 * A published value of an earlier school year (统计公报, 基层报表 summaries): the registry does not rebuild past
 * years, so a bureau brings its trend in this way. Numerator and denominator as published; the value follows
 * from them with the indicator's factor.
 */
public record HistoryRow(int rowNumber, String indicatorCode, String unitCode, int schoolYear, BigDecimal numerator,
        BigDecimal denominator) {
}
