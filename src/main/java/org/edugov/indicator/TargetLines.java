package org.edugov.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * Targets other modules set on an indicator for a unit (a plan's 目标值), drawn as lines on the indicator's
 * trend chart. The plans module implements it; without one there are no lines.
 */
public interface TargetLines {

    /** A target value with its comparator (">=", "<=", "="), due year and where it comes from. */
    record TargetLine(BigDecimal value, String comparator, Integer year, String source) {
    }

    List<TargetLine> targets(String indicatorCode, long orgUnitId);
}
