package org.edugov.plan;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.edugov.indicator.IndicatorValues;
import org.edugov.org.OrgUnit;
import org.edugov.shared.DataScope;

/**
 * The live values of the counties under a city, read once per indicator (the values the city's indicator page
 * compares them by), to judge county targets of a breakdown each against its own target value and milestones.
 */
final class CountyValues {

    /** A county's value of a target's indicator and the status the target gives it (nulls: none or not judged). */
    record Judged(BigDecimal value, String unit, Status status) {
    }

    private record Indicator(String unit, int schoolYear, Map<Long, BigDecimal> byUnit) {
    }

    private final IndicatorValues values;
    private final OrgUnit city;
    private final DataScope scope;
    private final Locale locale;
    private final int year;
    private final Map<String, Optional<Indicator>> read = new HashMap<>();

    CountyValues(IndicatorValues values, OrgUnit city, DataScope scope, Locale locale) {
        this.values = values;
        this.city = city;
        this.scope = scope;
        this.locale = locale;
        this.year = values.latestYear();
    }

    /** The target of the county plan of unit {@code county} judged by that county's live value. */
    Judged judge(PlanQueries.TargetRow t, Map<Integer, BigDecimal> milestones, long county) {
        if (t.indicatorCode() == null) {
            return new Judged(null, null, null);
        }
        Optional<Indicator> indicator = read.computeIfAbsent(t.indicatorCode(), this::read);
        if (indicator.isEmpty()) {
            return new Judged(null, null, null);
        }
        BigDecimal value = indicator.get().byUnit().get(county);
        return new Judged(value, indicator.get().unit(), value == null ? null
                : PlanOverview.target(t, milestones, indicator.get().unit(), value, indicator.get().schoolYear()));
    }

    private Optional<Indicator> read(String code) {
        return values.current(code, city, year, locale).map(c -> {
            Map<Long, BigDecimal> byUnit = new HashMap<>();
            values.children(code, city, c.schoolYear(), scope).stream().filter(u -> u.value() != null)
                    .forEach(u -> byUnit.put(u.unitId(), u.value()));
            return new Indicator(c.unit(), c.schoolYear(), byUnit);
        });
    }
}
