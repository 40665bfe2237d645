package org.edugov.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.edugov.indicator.IndicatorValues;
import org.edugov.shared.UserError;

/**
 * What the plan editor accepts, plain Java: the forms' text turned into checked values, or a {@link UserError}
 * naming the first thing wrong. Checks that need the database (does the goal belong to the plan, is the unit in
 * its subtree) are the editors'; these are the ones that need only the plan period and the indicator catalog.
 */
final class PlanEditRules {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    static final int MAX_TITLE = 500;
    static final int MAX_TEXT = 4000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Plan figures are percentages, counts, areas and amounts: anything from a trillion up is a typing error. */
    private static final BigDecimal LARGEST = BigDecimal.TEN.pow(12);

    private PlanEditRules() {
    }

    /** A plan period in whole years: tasks are due between 1 January of the first and 31 December of the last. */
    record Period(int from, int to) {

        boolean contains(int year) {
            return year >= from && year <= to;
        }

        boolean contains(LocalDate date) {
            return contains(date.getYear());
        }
    }

    /** Something the plan already dates: a task's deadline, a target's due year or one of its milestones. */
    record Dated(String code, String when, int year) {
    }

    record Header(String title, String issuer, String documentNo, String publishedOn, Period period) {
    }

    record Titled(String title, String section) {
    }

    record Target(String text, String indicatorCode, String comparator, BigDecimal value, String unit, int dueYear,
            Integer baselineYear, BigDecimal baselineValue, SortedMap<Integer, BigDecimal> milestones,
            boolean qualitative, List<String> conditions) {
    }

    record Task(String text, String leadName, List<String> coNames, LocalDate deadline, String deadlineText,
            List<String> deliverables) {
    }

    /** The header; a new period must still hold every task deadline and every target year the plan has. */
    static Header header(HeaderForm f, List<Dated> taskDeadlines, List<Dated> targetYears) {
        String title = required(f.title(), MAX_TITLE);
        Period period = new Period(year(f.periodFrom()), year(f.periodTo()));
        if (period.from() > period.to()) {
            throw UserError.invalid("plan.edit.period.order", asText(period.from()), asText(period.to()));
        }
        for (Dated d : taskDeadlines) {
            if (!period.contains(d.year())) {
                throw UserError.invalid("plan.edit.period.task", d.code(), d.when(), asText(period.from()),
                        asText(period.to()));
            }
        }
        for (Dated d : targetYears) {
            if (!period.contains(d.year())) {
                throw UserError.invalid("plan.edit.period.target", d.code(), d.when(), asText(period.from()),
                        asText(period.to()));
            }
        }
        return new Header(title, optional(f.issuer(), MAX_TITLE), optional(f.documentNo(), MAX_TITLE),
                optional(f.publishedOn(), MAX_TITLE), period);
    }

    /** A goal or an action: a title, and the heading of the plan's text it sits under. */
    static Titled titled(String title, String section) {
        return new Titled(required(title, MAX_TITLE), optional(section, MAX_TITLE));
    }

    /**
     * A target. Every target needs a due year inside the period. A quantified one needs a comparator and a value;
     * bound to an indicator, the comparator must not contradict the indicator's direction and a percentage lies
     * between 0 and 100. A baseline has a year and a value; milestones lie inside the period after the baseline.
     * A qualitative target keeps only its conditions besides text, binding, unit and due year.
     */
    static Target target(TargetForm f, Period period, Map<String, IndicatorValues.Entry> catalog) {
        String text = required(f.text(), MAX_TEXT);
        String code = optional(f.indicatorCode(), MAX_TITLE);
        IndicatorValues.Entry indicator = null;
        if (!code.isEmpty()) {
            indicator = catalog.get(code);
            if (indicator == null) {
                throw UserError.invalid("plan.edit.target.indicator.unknown", code);
            }
        }
        Integer due = optionalYear(f.dueYear());
        if (due == null) {
            throw UserError.invalid("plan.edit.target.dueYear.required");
        }
        if (!period.contains(due)) {
            throw UserError.invalid("plan.edit.target.dueYear.outside", asText(due), asText(period.from()),
                    asText(period.to()));
        }
        String unit = optional(f.unit(), 20);
        List<String> conditions = lines(f.conditions());
        String boundCode = indicator == null ? null : code;
        if (Boolean.TRUE.equals(f.qualitative())) {
            return new Target(text, boundCode, null, null, unit, due, null, null, new TreeMap<>(), true, conditions);
        }
        String comparator = comparator(f.comparator());
        BigDecimal value = optionalNumber(f.value());
        if (comparator == null || value == null) {
            throw UserError.invalid("plan.edit.target.comparator.required");
        }
        if (indicator != null && (comparator.equals(">=") && !indicator.higherIsBetter()
                || comparator.equals("<=") && indicator.higherIsBetter())) {
            String direction = indicator.higherIsBetter() ? "HIGHER" : "LOWER";
            throw UserError.invalid("plan.edit.target.direction." + direction, indicator.name(), indicator.code());
        }
        Integer baselineYear = optionalYear(f.baselineYear());
        BigDecimal baselineValue = optionalNumber(f.baselineValue());
        if ((baselineYear == null) != (baselineValue == null)) {
            throw UserError.invalid("plan.edit.target.baseline.incomplete");
        }
        if (baselineYear != null && baselineYear >= due) {
            throw UserError.invalid("plan.edit.target.baseline.late", asText(baselineYear), asText(due));
        }
        SortedMap<Integer, BigDecimal> milestones = milestones(f, period, baselineYear);
        if (indicator != null && indicator.unit().equals("PERCENT")) {
            percent(value);
            percent(baselineValue);
            milestones.values().forEach(PlanEditRules::percent);
        }
        return new Target(text, boundCode, comparator, value, unit, due, baselineYear, baselineValue, milestones,
                false, conditions);
    }

    /** A task; its deadline, when it has one, lies inside the plan period. */
    static Task task(TaskForm f, Period period) {
        String text = required(f.text(), MAX_TEXT);
        LocalDate deadline = optionalDate(f.deadline());
        if (deadline != null && !period.contains(deadline)) {
            throw UserError.invalid("plan.edit.task.deadline.outside", deadline.toString(), asText(period.from()),
                    asText(period.to()));
        }
        return new Task(text, optional(f.leadName(), MAX_TITLE), lines(f.coNames()), deadline,
                optional(f.deadlineText(), MAX_TITLE), lines(f.deliverables()));
    }

    /** An id chosen in a form, or null when none was chosen. */
    static Long optionalId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw UserError.invalid("plan.edit.choice.invalid");
        }
    }

    /** Non-blank lines, stripped. */
    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> lines = Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String line : lines) {
            if (line.length() > MAX_TITLE) {
                throw UserError.invalid("plan.edit.tooLong", MAX_TITLE);
            }
        }
        return lines;
    }

    private static SortedMap<Integer, BigDecimal> milestones(TargetForm f, Period period, Integer baselineYear) {
        List<String> years = f.milestoneYears() == null ? List.of() : f.milestoneYears();
        List<String> values = f.milestoneValues() == null ? List.of() : f.milestoneValues();
        SortedMap<Integer, BigDecimal> out = new TreeMap<>();
        for (int i = 0; i < Math.max(years.size(), values.size()); i++) {
            Integer year = optionalYear(i < years.size() ? years.get(i) : null);
            BigDecimal value = optionalNumber(i < values.size() ? values.get(i) : null);
            if (year == null && value == null) {
                continue;
            }
            if (year == null || value == null) {
                throw UserError.invalid("plan.edit.milestone.incomplete");
            }
            if (!period.contains(year)) {
                throw UserError.invalid("plan.edit.milestone.outside", asText(year), asText(period.from()),
                        asText(period.to()));
            }
            if (baselineYear != null && year <= baselineYear) {
                throw UserError.invalid("plan.edit.milestone.beforeBaseline", asText(year), asText(baselineYear));
            }
            if (out.put(year, value) != null) {
                throw UserError.invalid("plan.edit.milestone.duplicate", asText(year));
            }
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /** Years as text: message formats would write a number as 2,024. */
    private static String asText(int year) {
        return String.valueOf(year);
    }

    private static void percent(BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            throw UserError.invalid("plan.edit.target.percent", value.toPlainString());
        }
    }

    private static String comparator(String text) {
        String c = text == null ? "" : text.strip();
        return switch (c) {
            case ">=", "≥" -> ">=";
            case "<=", "≤" -> "<=";
            case "=" -> "=";
            default -> null;
        };
    }

    private static String required(String text, int max) {
        String s = optional(text, max);
        if (s.isEmpty()) {
            throw UserError.invalid("plan.edit.required");
        }
        return s;
    }

    private static String optional(String text, int max) {
        String s = text == null ? "" : text.strip();
        if (s.length() > max) {
            throw UserError.invalid("plan.edit.tooLong", max);
        }
        return s;
    }

    private static int year(String text) {
        Integer year = optionalYear(text);
        if (year == null) {
            throw UserError.invalid("plan.edit.period.required");
        }
        return year;
    }

    private static Integer optionalYear(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below with the text as typed
        }
        throw UserError.invalid("plan.edit.year.invalid", text.strip());
    }

    private static BigDecimal optionalNumber(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(text.strip());
            if (number.abs().compareTo(LARGEST) < 0 && number.scale() <= 6) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the text as typed
        }
        throw UserError.invalid("plan.edit.number.invalid", text.strip());
    }

    private static LocalDate optionalDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw UserError.invalid("plan.edit.date.invalid", text.strip());
        }
    }
}
