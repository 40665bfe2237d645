package org.edugov.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.edugov.org.CurrentUser;
import org.edugov.shared.UserError;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The task form of the plan editor: add, change, delete. */
@Controller
class TaskEditController {

    private final PlanQueries plans;
    private final TaskEditor editor;
    private final LeadUnits leadUnits;

    TaskEditController(PlanQueries plans, TaskEditor editor, LeadUnits leadUnits) {
        this.plans = plans;
        this.editor = editor;
        this.leadUnits = leadUnits;
    }

    @GetMapping("/plans/{id}/edit/tasks/new")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String newTask(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long actionId,
            Model model) {
        return form(user, id, null, new TaskForm(actionId == null ? "" : actionId.toString(), "", "", "", "", "", "",
                "", List.of()), model);
    }

    @GetMapping("/plans/{id}/edit/tasks/{taskId}")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String taskForm(CurrentUser user, @PathVariable long id, @PathVariable long taskId, Model model) {
        plan(user, id);
        return form(user, id, taskId, editor.form(id, taskId), model);
    }

    @PostMapping("/plans/{id}/edit/tasks")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String addTask(CurrentUser user, @PathVariable long id, TaskForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return save(user, id, null, form, model, response, redirect);
    }

    @PostMapping("/plans/{id}/edit/tasks/{taskId}")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String changeTask(CurrentUser user, @PathVariable long id, @PathVariable long taskId, TaskForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return save(user, id, taskId, form, model, response, redirect);
    }

    @PostMapping("/plans/{id}/edit/tasks/{taskId}/delete")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String deleteTask(CurrentUser user, @PathVariable long id, @PathVariable long taskId, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            editor.delete(user, id, taskId);
            redirect.addFlashAttribute("noticeKey", "plan.edit.deleted");
            return "redirect:/plans/" + id + "/edit";
        } catch (UserError e) {
            PlanEditController.refused(model, response, e);
            return form(user, id, taskId, editor.form(id, taskId), model);
        }
    }

    private String save(CurrentUser user, long id, Long taskId, TaskForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            editor.save(user, id, taskId, form);
            return PlanEditController.saved(id, redirect);
        } catch (UserError e) {
            PlanEditController.refused(model, response, e);
            return form(user, id, taskId, form, model);
        }
    }

    private String form(CurrentUser user, long id, Long taskId, TaskForm form, Model model) {
        PlanQueries.PlanRow plan = plans.visible(user.scope(), id);
        model.addAttribute("plan", plan);
        model.addAttribute("taskId", taskId);
        model.addAttribute("form", form);
        model.addAttribute("actions", plans.actions(id));
        model.addAttribute("targets", plans.targets(id));
        model.addAttribute("leadUnits", leadUnits.choices(user, plan.orgUnitId()));
        return "plan/edit-task";
    }

    private void plan(CurrentUser user, long id) {
        plans.visible(user.scope(), id);
    }
}
