package org.edugov.indicator;

import java.time.LocalDate;

/**
 * A new version of an indicator as a city (or county, province) admin writes it: the formula, its settings
 * as {@code key=value} lines, the date it applies from, and why (source). Names and kind stay those of the
 * version it starts from.
 */
record VersionForm(String numerator, String denominator, String factor, String settings, LocalDate validFrom,
        String definitionZh, String definitionEn, String source, String sourceStatus) {

    static VersionForm of(Definition d) {
        return new VersionForm(d.numerator(), d.denominator(), d.factor().toPlainString(),
                Definition.formatSettings(d.settings()), d.validFrom(), d.definitionZh(), d.definitionEn(), d.source(),
                d.sourceStatus());
    }
}
