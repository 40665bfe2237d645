package org.edugov.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.edugov.org.OrgUnit;
import org.edugov.shared.DataScope;
import org.springframework.stereotype.Component;

/**
 * The stored values of an indicator, for other modules (a plan's target reads its live value, its trend and the
 * units below here): by the definition that applies to the unit.
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

    /** A school year's value (null with a reason when there is none). */
    public record YearValue(int schoolYear, BigDecimal value, String noValueReason) {
    }

    /** The value of a unit directly below the one asked for (null with a reason when there is none). */
    public record UnitValue(long unitId, String unitName, String unitCode, BigDecimal value, String noValueReason) {
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

    /** The unit's values over the school years, oldest first, as its indicator page draws them. */
    public List<YearValue> history(String code, OrgUnit unit) {
        return indicators.trend(code, unit).stream()
                .map(v -> new YearValue(v.schoolYear(), v.value(), v.noValueReason())).toList();
    }

    /**
     * The values of {@code year} of the units directly below {@code unit} in that year's hierarchy, within
     * {@code scope}, by the definition that applies to {@code unit} (as its indicator page compares them); empty
     * when the indicator does not apply to it.
     */
    public List<UnitValue> children(String code, OrgUnit unit, int year, DataScope scope) {
        return indicators.definitions(unit, year).stream().filter(d -> d.code().equals(code)).findFirst()
                .map(d -> values.children(d.id(), year, unit.id(), indicators.referenceDate(year), scope).stream()
                        .map(v -> new UnitValue(v.unitId(), v.unitName(), v.unitCode(), v.value(), v.noValueReason()))
                        .toList())
                .orElse(List.of());
    }
}
