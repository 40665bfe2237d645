package org.edugov.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.edugov.indicator.IndicatorValues;
import org.edugov.indicator.ValueFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A target's chart as the indicator pages' chart script reads it (static/js/indicator-charts.js): the unit's
 * values year by year from the baseline (or the first value) to the due year (or the last value), the target as a
 * line, and the baseline and milestones as points.
 */
@Component
class TargetChart {

    private final JsonMapper json;
    private final MessageSource messages;
    private final ValueFormat format;

    TargetChart(JsonMapper json, MessageSource messages, ValueFormat format) {
        this.json = json;
        this.messages = messages;
        this.format = format;
    }

    String json(PlanQueries.TargetRow t, Map<Integer, BigDecimal> milestones, IndicatorValues.Current current,
            List<IndicatorValues.YearValue> history, Locale locale) {
        Map<Integer, BigDecimal> byYear = new HashMap<>();
        history.forEach(v -> byYear.put(v.schoolYear(), format.plain(v.value(), current.unit())));
        List<Integer> years = new ArrayList<>(byYear.keySet());
        years.addAll(milestones.keySet());
        if (t.baselineYear() != null) {
            years.add(t.baselineYear());
        }
        if (t.dueYear() != null) {
            years.add(t.dueYear());
        }
        List<Integer> axis = years.isEmpty() ? List.of() : IntStream.rangeClosed(
                years.stream().min(Integer::compare).orElseThrow(), years.stream().max(Integer::compare).orElseThrow())
                .boxed().toList();
        List<Map<String, Object>> points = new ArrayList<>();
        if (t.baselineYear() != null && t.baselineValue() != null) {
            points.add(point(t.baselineYear(), t.baselineValue(),
                    messages.getMessage("plan.target.baseline.point", new Object[] {t.baselineValue().toPlainString()},
                            locale)));
        }
        milestones.forEach((year, value) -> points.add(point(year, value, messages.getMessage(
                "plan.target.milestone.point", new Object[] {value.toPlainString()}, locale))));
        List<Map<String, Object>> targets = t.qualitative() || t.value() == null ? List.of()
                : List.of(Map.of("value", t.value(), "label", TargetDetail.requirement(t)
                        + (t.dueYear() == null ? "" : " (" + t.dueYear() + ")")));
        Map<String, Object> chart = new HashMap<>();
        chart.put("labels", axis.stream().map(String::valueOf).toList());
        chart.put("values", axis.stream().map(byYear::get).toList());
        chart.put("name", current.name());
        chart.put("unit", messages.getMessage("indicator.unit." + current.unit(), null, locale));
        chart.put("targets", targets);
        chart.put("points", points);
        return json.writeValueAsString(chart);
    }

    private static Map<String, Object> point(int year, BigDecimal value, String name) {
        return Map.of("label", String.valueOf(year), "value", value, "name", name);
    }
}
