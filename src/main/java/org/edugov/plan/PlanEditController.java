package org.edugov.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.Collectors;
import org.edugov.org.CurrentUser;
import org.edugov.org.FormErrors;
import org.edugov.shared.UserError;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan editor's home (the plan's header, goals with targets, actions and projects with tasks, each with its
 * edit link) and the forms for the header, goals and actions. A refused form comes back with its input and the
 * reason; nothing is changed.
 */
@Controller
class PlanEditController {

    private final PlanQueries plans;
    private final PlanEditor editor;

    PlanEditController(PlanQueries plans, PlanEditor editor) {
        this.plans = plans;
        this.editor = editor;
    }

    @GetMapping("/plans/{id}/edit")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String home(CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("plan", plan(user, id));
        model.addAttribute("publishedOn", editor.header(id).publishedOn());
        model.addAttribute("goals", plans.goals(id));
        model.addAttribute("targets", plans.targets(id).stream()
                .collect(Collectors.groupingBy(PlanQueries.TargetRow::goalId)));
        model.addAttribute("actions", plans.actions(id));
        model.addAttribute("tasks", plans.tasks(id).stream()
                .collect(Collectors.groupingBy(PlanQueries.TaskRow::actionId)));
        return "plan/edit";
    }

    @GetMapping("/plans/{id}/edit/header")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String headerForm(CurrentUser user, @PathVariable long id, Model model) {
        return header(user, id, editor.header(id), model);
    }

    @PostMapping("/plans/{id}/edit/header")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String saveHeader(CurrentUser user, @PathVariable long id, HeaderForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            editor.saveHeader(user, id, form);
            return saved(id, redirect);
        } catch (UserError e) {
            refused(model, response, e);
            return header(user, id, form, model);
        }
    }

    @GetMapping("/plans/{id}/edit/goals/new")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String newGoal(CurrentUser user, @PathVariable long id, Model model) {
        return goal(user, id, null, new GoalForm("", ""), model);
    }

    @GetMapping("/plans/{id}/edit/goals/{goalId}")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String goalForm(CurrentUser user, @PathVariable long id, @PathVariable long goalId, Model model) {
        plan(user, id);
        return goal(user, id, goalId, editor.goal(id, goalId), model);
    }

    @PostMapping("/plans/{id}/edit/goals")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String addGoal(CurrentUser user, @PathVariable long id, GoalForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return saveGoal(user, id, null, form, model, response, redirect);
    }

    @PostMapping("/plans/{id}/edit/goals/{goalId}")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String changeGoal(CurrentUser user, @PathVariable long id, @PathVariable long goalId, GoalForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return saveGoal(user, id, goalId, form, model, response, redirect);
    }

    @PostMapping("/plans/{id}/edit/goals/{goalId}/delete")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String deleteGoal(CurrentUser user, @PathVariable long id, @PathVariable long goalId, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            editor.deleteGoal(user, id, goalId);
            redirect.addFlashAttribute("noticeKey", "plan.edit.deleted");
            return "redirect:/plans/" + id + "/edit";
        } catch (UserError e) {
            refused(model, response, e);
            return goal(user, id, goalId, editor.goal(id, goalId), model);
        }
    }

    @GetMapping("/plans/{id}/edit/actions/new")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String newAction(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long parentId,
            Model model) {
        return action(user, id, null, new ActionForm("", "", parentId == null ? "" : parentId.toString()), model);
    }

    @GetMapping("/plans/{id}/edit/actions/{actionId}")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String actionForm(CurrentUser user, @PathVariable long id, @PathVariable long actionId, Model model) {
        plan(user, id);
        return action(user, id, actionId, editor.action(id, actionId), model);
    }

    @PostMapping("/plans/{id}/edit/actions")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String addAction(CurrentUser user, @PathVariable long id, ActionForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return saveAction(user, id, null, form, model, response, redirect);
    }

    @PostMapping("/plans/{id}/edit/actions/{actionId}")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String changeAction(CurrentUser user, @PathVariable long id, @PathVariable long actionId, ActionForm form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return saveAction(user, id, actionId, form, model, response, redirect);
    }

    private String saveGoal(CurrentUser user, long id, Long goalId, GoalForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            editor.saveGoal(user, id, goalId, form);
            return saved(id, redirect);
        } catch (UserError e) {
            refused(model, response, e);
            return goal(user, id, goalId, form, model);
        }
    }

    private String saveAction(CurrentUser user, long id, Long actionId, ActionForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            editor.saveAction(user, id, actionId, form);
            return saved(id, redirect);
        } catch (UserError e) {
            refused(model, response, e);
            return action(user, id, actionId, form, model);
        }
    }

    private String header(CurrentUser user, long id, HeaderForm form, Model model) {
        model.addAttribute("plan", plan(user, id));
        model.addAttribute("form", form);
        return "plan/edit-header";
    }

    private String goal(CurrentUser user, long id, Long goalId, GoalForm form, Model model) {
        model.addAttribute("plan", plan(user, id));
        model.addAttribute("goalId", goalId);
        model.addAttribute("form", form);
        return "plan/edit-goal";
    }

    private String action(CurrentUser user, long id, Long actionId, ActionForm form, Model model) {
        model.addAttribute("plan", plan(user, id));
        model.addAttribute("actionId", actionId);
        model.addAttribute("form", form);
        model.addAttribute("parents", plans.actions(id).stream()
                .filter(a -> a.parentId() == null && !Long.valueOf(a.id()).equals(actionId)).toList());
        return "plan/edit-action";
    }

    private PlanQueries.PlanRow plan(CurrentUser user, long id) {
        return plans.visible(user.scope(), id);
    }

    /** A refusal shown on the form; a plan or item that is not there is a 404 page instead. */
    static void refused(Model model, HttpServletResponse response, UserError e) {
        if (e.kind() == UserError.Kind.NOT_FOUND) {
            throw e;
        }
        FormErrors.show(model, response, e);
    }

    static String saved(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("noticeKey", "plan.edit.saved");
        return "redirect:/plans/" + id + "/edit";
    }
}
