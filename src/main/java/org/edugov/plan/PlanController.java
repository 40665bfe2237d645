package org.edugov.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.edugov.indicator.IndicatorValues;
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
 * Plans in the user's scope, loading a seed template for a city or county, and a plan's overview: goals with
 * their targets (and, where a target is bound to an indicator, the unit's live value beside it), actions and
 * projects with their tasks, responsible units and deadlines.
 */
@Controller
class PlanController {

    private final PlanQueries plans;
    private final PlanTemplates templates;
    private final PlanLoader loader;
    private final OrgDirectory directory;
    private final IndicatorValues indicatorValues;
    private final Clock clock;
    private final MessageSource messages;

    PlanController(PlanQueries plans, PlanTemplates templates, PlanLoader loader, OrgDirectory directory,
            IndicatorValues indicatorValues, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.clock = clock;
        this.plans = plans;
        this.templates = templates;
        this.loader = loader;
        this.directory = directory;
        this.indicatorValues = indicatorValues;
    }

    /**
     * A target with the live value of its indicator for the plan's unit (null when not bound) and its status
     * (judged only where the indicator is a percentage, as the targets are written).
     */
    record TargetView(PlanQueries.TargetRow target, IndicatorValues.Current current, Status status) {
    }

    /** A task with its status by deadline and the progress the bureau last accepted. */
    record TaskView(PlanQueries.TaskRow task, Status status) {
    }

    record GoalView(PlanQueries.GoalRow goal, List<TargetView> targets) {
    }

    record ActionView(PlanQueries.ActionRow action, List<TaskView> tasks, List<ActionView> projects) {
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
        PlanQueries.PlanRow plan = plans.plan(user.scope(), id)
                .orElseThrow(() -> UserError.notFound("plan.notFound", id));
        OrgUnit org = directory.find(user.scope(), plan.orgUnitId())
                .orElseThrow(() -> UserError.notFound("plan.notFound", id));
        Map<Long, List<PlanQueries.TargetRow>> byGoal = plans.targets(id).stream()
                .collect(Collectors.groupingBy(PlanQueries.TargetRow::goalId));
        Map<Long, Map<Integer, java.math.BigDecimal>> milestones = plans.milestones(id);
        int year = indicatorValues.latestYear();
        List<GoalView> goals = plans.goals(id).stream().map(g -> new GoalView(g, byGoal.getOrDefault(g.id(), List.of())
                .stream().map(t -> view(t, org, year, milestones.getOrDefault(t.id(), Map.of()), locale)).toList()))
                .toList();
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<TaskView>> tasks = plans.tasks(id).stream()
                .map(k -> new TaskView(k, StatusRules.task(k.deadline(), k.percentDone(), today, plan.warningDays(),
                        plan.warningPercent())))
                .collect(Collectors.groupingBy(v -> v.task().actionId()));
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
        model.addAttribute("plan", plan);
        model.addAttribute("goals", goals);
        model.addAttribute("actions", tree);
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
        PlanQueries.PlanRow plan = plans.plan(user.scope(), id)
                .orElseThrow(() -> UserError.notFound("plan.notFound", id));
        LocalDate today = LocalDate.now(clock);
        int y = year == null ? today.getYear() : year;
        if (y < plan.periodFrom() - 1 || y > plan.periodTo() + 1) {
            throw UserError.invalid("plan.year.outside", y, plan.periodFrom(), plan.periodTo());
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
                messages.getMessage("plan.status." + StatusRules.task(k.deadline(), k.percentDone(), today,
                        plan.warningDays(), plan.warningPercent()).name(), null, locale)))));
    }

    private TargetView view(PlanQueries.TargetRow t, OrgUnit org, int year,
            Map<Integer, java.math.BigDecimal> milestones, Locale locale) {
        if (t.indicatorCode() == null) {
            return new TargetView(t, null, null);
        }
        IndicatorValues.Current current = indicatorValues.current(t.indicatorCode(), org, year, locale).orElse(null);
        Status status = null;
        if (current != null && !t.qualitative() && current.unit().equals("PERCENT")) {
            status = StatusRules.target(t.comparator(), t.value(), t.dueYear(), t.baselineYear(), t.baselineValue(),
                    milestones, current.value(), current.schoolYear());
        }
        return new TargetView(t, current, status);
    }
}
