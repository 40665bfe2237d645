package org.edugov.plan;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edugov.org.CurrentUser;
import org.edugov.shared.UserError;
import org.springframework.stereotype.Service;

/**
 * The plan module's API for other modules (the demo loads, breaks down and runs its plans through it): each call
 * goes through the same service, checks and audit as the pages, in the given user's name.
 */
@Service
public class Plans {

    private final PlanLoader loader;
    private final LeadAssignment leads;
    private final ProgressService progress;
    private final PlanPublishing publishing;
    private final PlanQueries queries;
    private final TaskAccess access;
    private final PlanBreakdown breakdown;

    Plans(PlanLoader loader, LeadAssignment leads, ProgressService progress, PlanPublishing publishing,
            PlanQueries queries, TaskAccess access, PlanBreakdown breakdown) {
        this.access = access;
        this.breakdown = breakdown;
        this.loader = loader;
        this.leads = leads;
        this.progress = progress;
        this.publishing = publishing;
        this.queries = queries;
    }

    /** A new plan for a city or county from a seed template; returns its id. */
    public long load(CurrentUser user, String templateCode, long orgUnitId) {
        return loader.load(user, templateCode, orgUnitId);
    }

    /** Sets the lead units of tasks by task code; returns how many changed. */
    public int assignLeads(CurrentUser user, long plan, Map<String, Long> unitByTaskCode) {
        return leads.assignByCode(user, plan, unitByTaskCode);
    }

    /**
     * A progress report without evidence files by the user's unit on one of its tasks, for the latest period open
     * to reports; returns the report's id.
     */
    public long report(CurrentUser user, long plan, String taskCode, int percent, String narrative, String publicText) {
        long task = queries.tasks(plan).stream().filter(k -> k.code().equals(taskCode)).findFirst()
                .orElseThrow(() -> UserError.notFound("plan.notFound", plan)).id();
        PlanQueries.PlanRow row = access.require(user, plan, task).plan();
        return progress.submit(user, plan, task, new ProgressService.ReportForm(progress.window(row).getFirst().label(),
                String.valueOf(percent), narrative, publicText), List.of());
    }

    /** Accepts or returns a submitted report. */
    public void review(CurrentUser user, long plan, long report, boolean accept, String comment) {
        progress.review(user, plan, report, accept, comment);
    }

    /**
     * Breaks a city plan down to the given counties (分解到县), one county plan each, titled in Chinese; returns the
     * county plans' ids.
     */
    public List<Long> breakdown(CurrentUser user, long plan, List<Long> countyIds) {
        return breakdown.breakdown(user, plan, countyIds, Locale.SIMPLIFIED_CHINESE);
    }

    /** Publishes a plan: its public page and PDF can then be opened without signing in. */
    public void publish(CurrentUser user, long plan) {
        publishing.publish(user, plan, true);
    }
}
