package org.edugov.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.edugov.org.CurrentUser;
import org.edugov.shared.Permissions;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of the task page (the task, its report history, the report form for its lead unit, the review buttons
 * for the bureau) and of a plan's review queue; shared by the controllers that show them and those that re-show
 * them with a refusal.
 */
@Component
class ProgressPages {

    /** A period the report form offers; one with a live report is shown but cannot be chosen. */
    record PeriodOption(String label, String text, boolean taken) {
    }

    private final TaskAccess access;
    private final ProgressQueries progress;
    private final PlanQueries plans;
    private final ProgressService service;
    private final PeriodTexts periods;
    private final EvidenceLimits limits;
    private final Clock clock;

    ProgressPages(TaskAccess access, ProgressQueries progress, PlanQueries plans, ProgressService service,
            PeriodTexts periods, EvidenceLimits limits, Clock clock) {
        this.access = access;
        this.progress = progress;
        this.plans = plans;
        this.service = service;
        this.periods = periods;
        this.limits = limits;
        this.clock = clock;
    }

    /** Fills the task page; {@code form} is the refused input to show again, or null for a fresh form. */
    String task(CurrentUser user, long planId, long taskId, ProgressService.ReportForm form, Locale locale,
            Model model) {
        TaskAccess.Visible v = access.require(user, planId, taskId);
        PlanQueries.PlanRow plan = v.plan();
        List<ProgressQueries.ReportRow> reports = progress.reports(taskId);
        Set<String> live = progress.livePeriods(taskId);
        List<PeriodOption> options = service.window(plan).stream()
                .map(p -> new PeriodOption(p.label(), periods.text(p, locale), live.contains(p.label()))).toList();
        boolean canReport = v.lead() && user.has(Permissions.PLAN_PROGRESS_REPORT) && v.task().percentDone() < 100;
        model.addAttribute("plan", plan);
        model.addAttribute("planLinked", v.inScope());
        model.addAttribute("detail", v.detail());
        model.addAttribute("task", v.task());
        model.addAttribute("status", PlanOverview.task(plan, v.task(), LocalDate.now(clock)));
        model.addAttribute("reports", reports);
        model.addAttribute("periods", periods.texts(plan.reportEvery(),
                reports.stream().map(ProgressQueries.ReportRow::period).toList(), locale));
        model.addAttribute("canReport", canReport);
        model.addAttribute("canReview", v.inScope() && user.has(Permissions.PLAN_PROGRESS_REVIEW));
        model.addAttribute("periodOptions", options);
        model.addAttribute("form", form != null ? form : new ProgressService.ReportForm(options.stream()
                .filter(o -> !o.taken()).map(PeriodOption::label).findFirst().orElse(null),
                String.valueOf(v.task().percentDone()), "", ""));
        model.addAttribute("evidenceMaxBytes", limits.maxBytes().toBytes());
        model.addAttribute("evidenceMaxMegabytes", limits.maxMegabytes());
        model.addAttribute("evidenceMaxFiles", limits.maxFiles());
        model.addAttribute("from", "task");
        return "plan/task";
    }

    /** Fills the review queue of a plan in the user's scope: its submitted reports, oldest first. */
    String reviews(CurrentUser user, long planId, Locale locale, Model model) {
        PlanQueries.PlanRow plan = plans.visible(user.scope(), planId);
        List<ProgressQueries.ReportRow> reports = progress.submitted(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("reports", reports);
        model.addAttribute("periods", periods.texts(plan.reportEvery(),
                reports.stream().map(ProgressQueries.ReportRow::period).toList(), locale));
        model.addAttribute("canReview", true);
        model.addAttribute("from", "queue");
        return "plan/reviews";
    }
}
