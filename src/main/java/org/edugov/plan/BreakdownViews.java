package org.edugov.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.edugov.indicator.IndicatorValues;
import org.edugov.org.OrgUnit;
import org.edugov.shared.DataScope;
import org.springframework.stereotype.Service;

/**
 * What the pages show of 分解到县: on a city plan, its county plans with their targets and tasks counted per status;
 * on a county plan, the city plan it breaks down; on a city target, the county targets breaking it down. A handful
 * of queries per page, whatever the number of counties, tasks or targets.
 */
@Service
class BreakdownViews {

    /** A county plan with its targets and tasks counted per status. */
    record Child(PlanQueries.PlanRow plan, Map<Status, Integer> targetCounts, Map<Status, Integer> taskCounts) {

        /** How many of its targets have a status (those without a live value are not judged). */
        public int judgedTargets() {
            return plan.targets() - targetCounts.get(Status.UNKNOWN);
        }
    }

    /**
     * @param parentId    the city plan a county plan breaks down, or null
     * @param parentTitle its title
     * @param parentVisible whether the user may open it
     * @param children    the county plans in scope breaking down a city plan
     */
    record ForPlan(Long parentId, String parentTitle, boolean parentVisible, List<Child> children) {
    }

    /** A county target breaking down a city target, with the county's live value and the status it gives. */
    record CountyTarget(BreakdownQueries.CountyTarget row, Map<Integer, BigDecimal> milestones,
            CountyValues.Judged judged) {

        public String requirement() {
            return TargetDetail.requirement(row.target());
        }
    }

    private final BreakdownQueries queries;
    private final PlanQueries plans;
    private final IndicatorValues indicatorValues;
    private final ConditionChecks checks;
    private final Clock clock;

    BreakdownViews(BreakdownQueries queries, PlanQueries plans, IndicatorValues indicatorValues, ConditionChecks checks,
            Clock clock) {
        this.checks = checks;
        this.queries = queries;
        this.plans = plans;
        this.indicatorValues = indicatorValues;
        this.clock = clock;
    }

    /** The breakdown links of a plan already checked to be visible, for its unit {@code org}. */
    ForPlan forPlan(PlanQueries.PlanRow plan, OrgUnit org, DataScope scope, Locale locale) {
        if (plan.parentId() != null) {
            return new ForPlan(plan.parentId(), queries.title(plan.parentId()).orElse(""),
                    plans.plan(scope, plan.parentId()).isPresent(), List.of());
        }
        if (!plan.level().equals("CITY")) {
            return new ForPlan(null, null, false, List.of());
        }
        List<PlanQueries.PlanRow> children = plans.children(scope, plan.id());
        List<Long> ids = children.stream().map(PlanQueries.PlanRow::id).toList();
        Map<Long, List<PlanQueries.TargetRow>> targets = queries.targets(ids);
        Map<Long, Map<Integer, BigDecimal>> milestones = queries.milestones(ids);
        Map<Long, List<BreakdownQueries.TaskState>> tasks = queries.tasks(ids).stream()
                .collect(Collectors.groupingBy(BreakdownQueries.TaskState::planId));
        CountyValues values = new CountyValues(indicatorValues, org, scope, locale);
        LocalDate today = LocalDate.now(clock);
        return new ForPlan(null, null, false, children.stream().map(c -> {
            Map<Long, Map<String, Boolean>> met = checks.latestMet(c.id());
            return new Child(c, PlanOverview.counts(targets.getOrDefault(c.id(), List.of()).stream()
                    .map(t -> judge(values, t, milestones.getOrDefault(t.id(), Map.of()), c.orgUnitId(),
                            met.getOrDefault(t.id(), Map.of()), today).status())
                    .toList()),
                    PlanOverview.counts(tasks.getOrDefault(c.id(), List.of()).stream().map(k -> StatusRules.task(
                            k.deadline(), k.percentDone(), today, c.warningDays(), c.warningPercent())).toList()));
        }).toList());
    }

    /** The county targets in scope breaking down a target of the city plan of unit {@code city}. */
    List<CountyTarget> countyTargets(OrgUnit city, PlanQueries.TargetRow target, DataScope scope, Locale locale) {
        List<BreakdownQueries.CountyTarget> rows = queries.countyTargets(scope, target.id());
        Map<Long, Map<Integer, BigDecimal>> milestones = queries.milestones(rows.stream()
                .map(BreakdownQueries.CountyTarget::planId).distinct().toList());
        CountyValues values = new CountyValues(indicatorValues, city, scope, locale);
        LocalDate today = LocalDate.now(clock);
        return rows.stream().map(r -> {
            Map<Integer, BigDecimal> m = new TreeMap<>(milestones.getOrDefault(r.target().id(), Map.of()));
            Map<String, Boolean> met = r.target().qualitative()
                    ? checks.latestMet(r.planId()).getOrDefault(r.target().id(), Map.of()) : Map.of();
            return new CountyTarget(r, m, judge(values, r.target(), m, r.orgUnitId(), met, today));
        }).toList();
    }

    /**
     * A county plan's target as the county plan's own page judges it: a qualitative one by its conditions' latest
     * checks ({@code met}), a quantified one by the county's live value.
     */
    private static CountyValues.Judged judge(CountyValues values, PlanQueries.TargetRow t,
            Map<Integer, BigDecimal> milestones, long county, Map<String, Boolean> met, LocalDate today) {
        return t.qualitative() ? new CountyValues.Judged(null, null, PlanOverview.qualitative(t, met, today.getYear()))
                : values.judge(t, milestones, county);
    }
}
