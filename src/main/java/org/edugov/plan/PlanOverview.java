package org.edugov.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.edugov.indicator.IndicatorValues;
import org.edugov.org.OrgUnit;
import org.springframework.stereotype.Service;

/**
 * A plan as a tree with statuses: goals with their targets (and, where a target is bound to an indicator, the
 * unit's live value and the status it gives), actions and projects with their tasks and the status by deadline and
 * accepted progress, and the counts of targets and tasks per status. The bureau's page and the public report are
 * both drawn from it.
 */
@Service
class PlanOverview {

    /**
     * A target with the live value of its indicator for the plan's unit (null when not bound) and its status: a
     * quantified target's judged only where the indicator is a percentage, as the targets are written; a qualitative
     * target's by the latest checks of its conditions.
     */
    record TargetView(PlanQueries.TargetRow target, IndicatorValues.Current current, Status status) {
    }

    /** A task with its status by deadline and the progress the bureau last accepted. */
    record TaskView(PlanQueries.TaskRow task, Status status) {
    }

    record GoalView(PlanQueries.GoalRow goal, List<TargetView> targets) {
    }

    record ActionView(PlanQueries.ActionRow action, List<TaskView> tasks, List<ActionView> projects) {

        /** The tasks of the action and of its projects, counted per status (for the action's header). */
        public Map<Status, Integer> taskCounts() {
            return counts(Stream.concat(tasks.stream(), projects.stream().flatMap(p -> p.tasks().stream()))
                    .map(TaskView::status).toList());
        }
    }

    /** The whole tree, with the number of targets and of tasks in each status. */
    record Tree(PlanQueries.PlanRow plan, List<GoalView> goals, List<ActionView> actions,
            Map<Status, Integer> targetCounts, Map<Status, Integer> taskCounts) {
    }

    private final PlanQueries plans;
    private final ConditionChecks checks;
    private final IndicatorValues indicatorValues;
    private final Clock clock;

    PlanOverview(PlanQueries plans, ConditionChecks checks, IndicatorValues indicatorValues, Clock clock) {
        this.plans = plans;
        this.checks = checks;
        this.indicatorValues = indicatorValues;
        this.clock = clock;
    }

    /** The tree of a plan already checked to be visible, for its unit {@code org}. */
    Tree tree(PlanQueries.PlanRow plan, OrgUnit org, Locale locale) {
        long id = plan.id();
        Map<Long, List<PlanQueries.TargetRow>> byGoal = plans.targets(id).stream()
                .collect(Collectors.groupingBy(PlanQueries.TargetRow::goalId));
        Map<Long, Map<Integer, BigDecimal>> milestones = plans.milestones(id);
        Map<Long, Map<String, Boolean>> met = checks.latestMet(id);
        int year = indicatorValues.latestYear();
        LocalDate today = LocalDate.now(clock);
        List<GoalView> goals = plans.goals(id).stream().map(g -> new GoalView(g, byGoal.getOrDefault(g.id(), List.of())
                .stream().map(t -> t.qualitative()
                        ? new TargetView(t, current(t, org, year, locale),
                                qualitative(t, met.getOrDefault(t.id(), Map.of()), today.getYear()))
                        : target(t, org, year, milestones.getOrDefault(t.id(), Map.of()), locale)).toList()))
                .toList();
        List<TaskView> taskViews = plans.tasks(id, ReportPeriod.of(plan.reportEvery(), today).label()).stream()
                .map(k -> new TaskView(k, task(plan, k, today))).toList();
        Map<Long, List<TaskView>> tasks = taskViews.stream().collect(Collectors.groupingBy(v -> v.task().actionId()));
        List<PlanQueries.ActionRow> actions = plans.actions(id);
        Map<Long, List<PlanQueries.ActionRow>> children = actions.stream().filter(a -> a.parentId() != null)
                .collect(Collectors.groupingBy(PlanQueries.ActionRow::parentId));
        Function<PlanQueries.ActionRow, ActionView> project = a -> new ActionView(a,
                tasks.getOrDefault(a.id(), List.of()), List.of());
        List<ActionView> tree = new ArrayList<>();
        for (PlanQueries.ActionRow a : actions) {
            if (a.parentId() == null) {
                tree.add(new ActionView(a, tasks.getOrDefault(a.id(), List.of()),
                        children.getOrDefault(a.id(), List.of()).stream().map(project).toList()));
            }
        }
        return new Tree(plan, goals, tree, counts(goals.stream().flatMap(g -> g.targets().stream())
                .map(TargetView::status).toList()), counts(taskViews.stream().map(TaskView::status).toList()));
    }

    /** A task's status today under the plan's warning rules. */
    static Status task(PlanQueries.PlanRow plan, PlanQueries.TaskRow k, LocalDate today) {
        return StatusRules.task(k.deadline(), k.percentDone(), today, plan.warningDays(), plan.warningPercent());
    }

    /**
     * A qualitative target's status by its conditions' latest checks ({@link StatusRules#qualitative}).
     *
     * @param latestMet condition text → whether its latest check says met
     * @param year the calendar year today
     */
    static Status qualitative(PlanQueries.TargetRow t, Map<String, Boolean> latestMet, int year) {
        return StatusRules.qualitative(t.conditions().size(), ConditionChecks.met(t.conditions(), latestMet),
                t.dueYear(), year);
    }

    private TargetView target(PlanQueries.TargetRow t, OrgUnit org, int year, Map<Integer, BigDecimal> milestones,
            Locale locale) {
        IndicatorValues.Current current = current(t, org, year, locale);
        return new TargetView(t, current, current == null ? null
                : target(t, milestones, current.unit(), current.value(), current.schoolYear()));
    }

    private IndicatorValues.Current current(PlanQueries.TargetRow t, OrgUnit org, int year, Locale locale) {
        return t.indicatorCode() == null ? null
                : indicatorValues.current(t.indicatorCode(), org, year, locale).orElse(null);
    }

    /**
     * The status a quantified target gives a value of {@code year} in the indicator's unit of measure; null (not
     * judged) for a qualitative target or an indicator that is not a percentage, as the targets are written.
     */
    static Status target(PlanQueries.TargetRow t, Map<Integer, BigDecimal> milestones, String unit, BigDecimal value,
            int year) {
        if (t.qualitative() || !unit.equals("PERCENT")) {
            return null;
        }
        return StatusRules.target(t.comparator(), t.value(), t.dueYear(), t.baselineYear(), t.baselineValue(),
                milestones, value, year);
    }

    /** Statuses counted, null (not judged) as UNKNOWN, every status present. */
    static Map<Status, Integer> counts(List<Status> statuses) {
        Map<Status, Integer> out = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            out.put(s, 0);
        }
        statuses.forEach(s -> out.merge(s == null ? Status.UNKNOWN : s, 1, Integer::sum));
        return out;
    }
}
