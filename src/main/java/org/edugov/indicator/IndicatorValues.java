package org.edugov.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.edugov.org.OrgUnit;
import org.springframework.stereotype.Component;

/**
 * The stored value of an indicator for a unit, for other modules (a plan's target reads its live value here):
 * the newest school year with a value, by the definition that applies to the unit.
 */
@Component
public class IndicatorValues {

    /** A value with the school year it belongs to, its unit of measure and the indicator's direction. */
    public record Current(String code, String name, int schoolYear, BigDecimal value, String noValueReason,
            String unit, boolean higherIsBetter) {
    }

    /** A catalog indicator as pickers show it: code, name, unit of measure and direction. */
    public record Entry(String code, String name, String unit, boolean higherIsBetter) {
    }

    private final Indicators indicators;
    private final ValueQueries values;

    IndicatorValues(Indicators indicators, ValueQueries values) {
        this.indicators = indicators;
        this.values = values;
    }

    /** The newest school year with values (the current one when there are none yet). */
    public int latestYear() {
        return indicators.year(null);
    }

    /** The value of {@code year} (from {@link #latestYear()}, asked once for a page of values). */
    public Optional<Current> current(String code, OrgUnit unit, int year, Locale locale) {
        return indicators.definitions(unit, year).stream().filter(d -> d.code().equals(code)).findFirst()
                .map(d -> values.value(d.id(), year, unit.id())
                        .map(v -> new Current(code, d.name(locale), year, v.value(), v.noValueReason(), d.unit(),
                                d.higherIsBetter()))
                        .orElse(new Current(code, d.name(locale), year, null, "NO_DATA", d.unit(), d.higherIsBetter())));
    }

    /** The catalog's indicators as they apply to a unit in the newest school year, in catalog order. */
    public List<Entry> catalog(OrgUnit unit, Locale locale) {
        return indicators.definitions(unit, latestYear()).stream()
                .map(d -> new Entry(d.code(), d.name(locale), d.unit(), d.higherIsBetter())).toList();
    }
}
