package org.edugov.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.edugov.indicator.IndicatorValues;
import org.edugov.org.OrgUnit;
import org.edugov.shared.DataScope;
import org.springframework.stereotype.Service;

/**
 * One target of a plan: where the plan states it, its live value and status for the plan's unit, the indicator's
 * trend drawn against it, the units below (the counties of a city plan) with the status the same target gives each,
 * worst first, the county targets breaking it down (分解到县) with the status each county's own value gives, and the
 * tasks that serve it.
 */
@Service
class TargetDetail {

    /** A unit below the plan's unit with its value and the status the target gives it (null: not judged). */
    record UnitStatus(IndicatorValues.UnitValue unit, Status status) {
    }

    /**
     * Everything the target page shows; {@code current}, {@code chart} and the units are empty for a target
     * without an indicator (or one whose indicator does not apply to the plan's unit); {@code conditions} lists a
     * qualitative target's conditions with their latest checks (empty for a quantified one).
     */
    record View(PlanQueries.PlanRow plan, PlanQueries.GoalRow goal, PlanQueries.TargetRow target,
            Map<Integer, BigDecimal> milestones, IndicatorValues.Current current, Status status, String chart,
            List<UnitStatus> units, List<PlanOverview.TaskView> tasks, List<ConditionChecks.ConditionView> conditions,
            List<BreakdownViews.CountyTarget> counties) {

        public String requirement() {
            return TargetDetail.requirement(target);
        }
    }

    private static final List<Status> WORST_FIRST = List.of(Status.OVERDUE, Status.AT_RISK, Status.ON_TRACK,
            Status.DONE, Status.UNKNOWN);

    private final PlanQueries plans;
    private final ConditionChecks checks;
    private final IndicatorValues indicatorValues;
    private final TargetChart chart;
    private final BreakdownViews breakdowns;
    private final Clock clock;

    TargetDetail(PlanQueries plans, ConditionChecks checks, IndicatorValues indicatorValues, TargetChart chart,
            BreakdownViews breakdowns, Clock clock) {
        this.breakdowns = breakdowns;
        this.plans = plans;
        this.checks = checks;
        this.indicatorValues = indicatorValues;
        this.chart = chart;
        this.clock = clock;
    }

    /** The target {@code targetId} of a plan already checked to be visible, for its unit; empty if not the plan's. */
    Optional<View> view(PlanQueries.PlanRow plan, OrgUnit org, long targetId, DataScope scope, Locale locale) {
        Optional<PlanQueries.TargetRow> found = plans.targets(plan.id()).stream().filter(t -> t.id() == targetId)
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PlanQueries.TargetRow t = found.get();
        PlanQueries.GoalRow goal = plans.goals(plan.id()).stream().filter(g -> g.id() == t.goalId()).findFirst()
                .orElseThrow();
        Map<Integer, BigDecimal> milestones = new TreeMap<>(plans.milestones(plan.id()).getOrDefault(t.id(), Map.of()));
        LocalDate today = LocalDate.now(clock);
        List<PlanOverview.TaskView> tasks = plans.tasks(plan.id()).stream().filter(k -> k.serves().contains(t.code()))
                .map(k -> new PlanOverview.TaskView(k, PlanOverview.task(plan, k, today))).toList();
        List<ConditionChecks.ConditionView> conditions = t.qualitative()
                ? ConditionChecks.views(t, checks.latest(plan.id(), t.id())) : List.of();
        Status qualitative = t.qualitative() ? qualitative(t, conditions, today.getYear()) : null;
        IndicatorValues.Current current = t.indicatorCode() == null ? null
                : indicatorValues.current(t.indicatorCode(), org, indicatorValues.latestYear(), locale).orElse(null);
        List<BreakdownViews.CountyTarget> counties = plan.level().equals("CITY")
                ? breakdowns.countyTargets(org, t, scope, locale) : List.of();
        if (current == null) {
            return Optional.of(new View(plan, goal, t, milestones, null, qualitative, null, List.of(), tasks,
                    conditions, counties));
        }
        List<UnitStatus> units = indicatorValues.children(t.indicatorCode(), org, current.schoolYear(), scope).stream()
                .map(u -> new UnitStatus(u, PlanOverview.target(t, milestones, current.unit(), u.value(),
                        current.schoolYear())))
                .sorted(worstFirst(t.comparator())).toList();
        return Optional.of(new View(plan, goal, t, milestones, current, t.qualitative() ? qualitative
                : PlanOverview.target(t, milestones, current.unit(), current.value(), current.schoolYear()),
                chart.json(t, milestones, current, indicatorValues.history(t.indicatorCode(), org), locale), units,
                tasks, conditions, counties));
    }

    private static Status qualitative(PlanQueries.TargetRow t, List<ConditionChecks.ConditionView> conditions,
            int year) {
        Map<String, Boolean> met = new HashMap<>();
        conditions.stream().filter(c -> c.latest() != null).forEach(c -> met.put(c.text(), c.latest().met()));
        return PlanOverview.qualitative(t, met, year);
    }

    /** The target as written, "≥ 85%", or empty for a qualitative one. */
    static String requirement(PlanQueries.TargetRow t) {
        if (t.qualitative() || t.value() == null) {
            return "";
        }
        String sign = switch (t.comparator()) {
            case ">=" -> "≥";
            case "<=" -> "≤";
            default -> "=";
        };
        return sign + " " + t.value().toPlainString() + (t.unit() == null ? "" : t.unit());
    }

    /** By status, worst first, then the value furthest behind (the lowest, the highest for a ≤ target), then the code. */
    static Comparator<UnitStatus> worstFirst(String comparator) {
        Comparator<BigDecimal> worseValue = "<=".equals(comparator) ? Comparator.reverseOrder()
                : Comparator.naturalOrder();
        return Comparator.<UnitStatus>comparingInt(u -> WORST_FIRST.indexOf(u.status() == null ? Status.UNKNOWN
                        : u.status()))
                .thenComparing(u -> u.unit().value(), Comparator.nullsLast(worseValue))
                .thenComparing(u -> u.unit().unitCode());
    }
}
