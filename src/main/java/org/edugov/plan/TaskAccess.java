package org.edugov.plan;

import java.util.Optional;
import org.edugov.org.CurrentUser;
import org.edugov.shared.DataScope;
import org.edugov.shared.UserError;
import org.springframework.stereotype.Component;

/**
 * Who may see a task and its reports: the users of its lead unit (a 财政局 user does not see the city's plan through
 * its data scope, but it sees the tasks it leads) and the users whose data scope covers the plan's unit. Everyone
 * else is told the task does not exist, the same answer as for a missing one.
 */
@Component
class TaskAccess {

    /**
     * A task the user may see.
     *
     * @param lead the user belongs to the task's lead unit (may report, with plan:progress:report)
     * @param inScope the user's data scope covers the plan (may review, with plan:progress:review)
     */
    record Visible(PlanQueries.PlanRow plan, ProgressQueries.TaskDetail detail, boolean lead, boolean inScope) {

        PlanQueries.TaskRow task() {
            return detail.task();
        }
    }

    private final PlanQueries plans;
    private final ProgressQueries progress;

    TaskAccess(PlanQueries plans, ProgressQueries progress) {
        this.plans = plans;
        this.progress = progress;
    }

    Visible require(CurrentUser user, long planId, long taskId) {
        return find(user, planId, taskId).orElseThrow(() -> UserError.notFound("plan.task.notFound", taskId));
    }

    Optional<Visible> find(CurrentUser user, long planId, long taskId) {
        Optional<ProgressQueries.TaskDetail> detail = progress.task(planId, taskId);
        if (detail.isEmpty()) {
            return Optional.empty();
        }
        boolean lead = leads(user, detail.get().task().leadUnitId());
        Optional<PlanQueries.PlanRow> scoped = plans.plan(user.scope(), planId);
        if (scoped.isEmpty() && !lead) {
            return Optional.empty();
        }
        // a lead unit outside the plan's scope still needs the plan's reporting rules
        PlanQueries.PlanRow plan = scoped.or(() -> plans.plan(DataScope.all(user.userId()), planId)).orElseThrow();
        return Optional.of(new Visible(plan, detail.get(), lead, scoped.isPresent()));
    }

    /** Whether the user may read the reports of a task led by {@code leadUnitId} in the plan. */
    boolean mayRead(CurrentUser user, long planId, Long leadUnitId) {
        return leads(user, leadUnitId) || plans.plan(user.scope(), planId).isPresent();
    }

    static boolean leads(CurrentUser user, Long leadUnitId) {
        return leadUnitId != null && user.orgUnit() != null && user.orgUnit().id() == leadUnitId;
    }
}
