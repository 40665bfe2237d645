package org.edugov.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored value of one definition for one org unit: numerator and denominator as exact sums, the value (NULL
 * with a reason when there is none), the reference date and when it was computed.
 */
record ValueRow(long definitionId, int schoolYear, long unitId, String unitName, String unitKind, String unitCode,
        BigDecimal numerator, BigDecimal denominator, BigDecimal value, String noValueReason, LocalDate asOf,
        String origin, Instant computedAt) {

    public boolean present() {
        return value != null;
    }
}
