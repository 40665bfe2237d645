package org.edugov.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edugov.org.CurrentUser;
import org.edugov.shared.DataScope;
import org.springframework.stereotype.Component;

/**
 * "My tasks": the tasks the user's unit leads, in every plan, most urgent first — overdue, then at risk, then the
 * rest, done last; within each, tasks with a report due before those without, then by deadline.
 */
@Component
class MyTasks {

    /**
     * @param due the oldest open period without a submitted or accepted report (null when none is due or the task
     *     is done)
     */
    record Row(long planId, String planTitle, PlanQueries.TaskRow task, Status status, String latestPeriod,
            String latestState, String due) {
    }

    private static final Map<Status, Integer> URGENCY = Map.of(Status.OVERDUE, 0, Status.AT_RISK, 1,
            Status.ON_TRACK, 2, Status.UNKNOWN, 2, Status.DONE, 3);

    private final ProgressQueries progress;
    private final PlanQueries plans;
    private final PeriodTexts periods;
    private final Clock clock;

    MyTasks(ProgressQueries progress, PlanQueries plans, PeriodTexts periods, Clock clock) {
        this.progress = progress;
        this.plans = plans;
        this.periods = periods;
        this.clock = clock;
    }

    List<Row> of(CurrentUser user, Locale locale) {
        if (user.orgUnit() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, PlanQueries.PlanRow> byId = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (ProgressQueries.LedTask t : progress.ledBy(user.orgUnit().id())) {
            // led tasks are the user's to see whatever its scope (TaskAccess)
            PlanQueries.PlanRow plan = byId.computeIfAbsent(t.planId(),
                    id -> plans.plan(DataScope.all(user.userId()), id).orElseThrow());
            Status status = PlanOverview.task(plan, t.task(), today);
            String due = null;
            if (status != Status.DONE) {
                List<ReportPeriod> open = ProgressRules.window(plan.reportEvery(), plan.periodFrom(), plan.periodTo(),
                        today).reversed();
                due = open.stream().filter(p -> !t.livePeriods().contains(p.label())).findFirst()
                        .map(p -> periods.text(p, locale)).orElse(null);
            }
            String latest = t.latestPeriod() == null ? null
                    : periods.texts(plan.reportEvery(), List.of(t.latestPeriod()), locale).get(t.latestPeriod());
            rows.add(new Row(plan.id(), plan.title(), t.task(), status, latest, t.latestState(), due));
        }
        rows.sort(Comparator.comparing((Row r) -> URGENCY.get(r.status()))
                .thenComparing(r -> r.due() == null)
                .thenComparing(r -> r.task().deadline(), Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }
}
