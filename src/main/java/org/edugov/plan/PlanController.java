package org.edugov.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.edugov.org.CurrentUser;
import org.edugov.org.FormErrors;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgUnit;
import org.edugov.shared.UserError;
import org.edugov.spreadsheet.SheetWriter;
import org.edugov.spreadsheet.XlsxDownload;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Plans in the user's scope, loading a seed template for a city or county, a plan's overview (the tree of
 * {@link PlanOverview} with the counts per status) and its annual task list.
 */
@Controller
class PlanController {

    private final PlanQueries plans;
    private final PlanTemplates templates;
    private final PlanLoader loader;
    private final OrgDirectory directory;
    private final PlanOverview overview;
    private final Clock clock;
    private final MessageSource messages;
    private final ProgressQueries progress;
    private final BreakdownViews breakdowns;

    PlanController(PlanQueries plans, PlanTemplates templates, PlanLoader loader, OrgDirectory directory,
            PlanOverview overview, Clock clock, MessageSource messages, ProgressQueries progress,
            BreakdownViews breakdowns) {
        this.breakdowns = breakdowns;
        this.messages = messages;
        this.progress = progress;
        this.clock = clock;
        this.plans = plans;
        this.templates = templates;
        this.loader = loader;
        this.directory = directory;
        this.overview = overview;
    }

    @GetMapping("/plans")
    @PreAuthorize("hasAuthority('plan:plan:read')")
    String list(CurrentUser user, Model model) {
        model.addAttribute("plans", plans.plans(user.scope()));
        model.addAttribute("templates", templates.all().values());
        model.addAttribute("orgs", directory.switchable(user.scope(), 200).stream()
                .filter(u -> u.kind().name().equals("CITY") || u.kind().name().equals("COUNTY")).toList());
        return "plan/list";
    }

    @PostMapping("/plans")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String load(CurrentUser user, @RequestParam String templateCode, @RequestParam long orgId, Model model,
            HttpServletResponse response) {
        try {
            return "redirect:/plans/" + loader.load(user, templateCode, orgId);
        } catch (UserError e) {
            FormErrors.show(model, response, e);
            return list(user, model);
        }
    }

    @GetMapping("/plans/{id}")
    @PreAuthorize("hasAuthority('plan:plan:read')")
    String show(CurrentUser user, @PathVariable long id, Locale locale, Model model) {
        PlanQueries.PlanRow plan = plans.visible(user.scope(), id);
        OrgUnit org = directory.find(user.scope(), plan.orgUnitId())
                .orElseThrow(() -> UserError.notFound("plan.notFound", id));
        PlanOverview.Tree tree = overview.tree(plan, org, locale);
        model.addAttribute("plan", plan);
        model.addAttribute("goals", tree.goals());
        model.addAttribute("actions", tree.actions());
        model.addAttribute("targetCounts", tree.targetCounts());
        model.addAttribute("taskCounts", tree.taskCounts());
        model.addAttribute("waitingReports", progress.waiting(id));
        model.addAttribute("breakdown", breakdowns.forPlan(plan, org, user.scope(), locale));
        return "plan/show";
    }

    /**
     * The annual task list (年度任务清单): the plan's tasks due in the year, or with no deadline, with their
     * responsible units, deadline and status, as a workbook.
     */
    @GetMapping("/plans/{id}/tasks.xlsx")
    @PreAuthorize("hasAuthority('plan:plan:read')")
    void annualTasks(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Integer year,
            Locale locale, HttpServletResponse response) throws IOException {
        PlanQueries.PlanRow plan = plans.visible(user.scope(), id);
        LocalDate today = LocalDate.now(clock);
        int y = year == null ? today.getYear() : year;
        if (y < plan.periodFrom() - 1 || y > plan.periodTo() + 1) {
            throw UserError.invalid("plan.year.outside", String.valueOf(y), String.valueOf(plan.periodFrom()),
                    String.valueOf(plan.periodTo()));
        }
        List<PlanQueries.TaskRow> rows = plans.tasks(id).stream()
                .filter(k -> k.deadline() == null || k.deadline().getYear() == y).toList();
        XlsxDownload.start(response, "tasks-" + y + ".xlsx");
        List<String> headers = List.of("plan.task.code", "plan.task", "plan.task.lead", "plan.task.co",
                "plan.task.deadline", "plan.status").stream().map(k -> messages.getMessage(k, null, locale)).toList();
        SheetWriter.table(response.getOutputStream(), messages.getMessage("plan.annual", new Object[] {String.valueOf(y)},
                locale), headers, out -> rows.forEach(k -> out.accept(List.of(k.code(), k.text(),
                k.leadUnitName() != null ? k.leadUnitName() : k.leadName(), String.join("、", k.coNames()),
                !k.deadlineText().isEmpty() ? k.deadlineText() : k.deadline() == null ? "" : k.deadline().toString(),
                messages.getMessage("plan.status." + PlanOverview.task(plan, k, today).name(), null, locale)))));
    }
}
