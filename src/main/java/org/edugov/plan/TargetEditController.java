package org.edugov.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

/** The target form of the plan editor: add, change, delete (with or without unlinking the tasks serving it). */
@Controller
class TargetEditController {

    /** Empty milestone rows offered below the ones a target has. */
    private static final int SPARE_MILESTONES = 3;

    /** One row of the milestone table. */
    record MilestoneRow(String year, String value) {
    }

    private final PlanQueries plans;
    private final TargetEditor editor;

    TargetEditController(PlanQueries plans, TargetEditor editor) {
        this.plans = plans;
        this.editor = editor;
    }

    @GetMapping("/plans/{id}/edit/targets/new")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String newTarget(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long goalId,
            Locale locale, Model model) {
        return form(user, id, null, new TargetForm(goalId == null ? "" : goalId.toString(), "", "", ">=", "", "", "",
                "", "", List.of(), List.of(), false, ""), locale, model);
    }

    @GetMapping("/plans/{id}/edit/targets/{targetId}")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String targetForm(CurrentUser user, @PathVariable long id, @PathVariable long targetId, Locale locale,
            Model model) {
        plan(user, id);
        return form(user, id, targetId, editor.form(id, targetId), locale, model);
    }

    @PostMapping("/plans/{id}/edit/targets")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String addTarget(CurrentUser user, @PathVariable long id, TargetForm form, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return save(user, id, null, form, locale, model, response, redirect);
    }

    @PostMapping("/plans/{id}/edit/targets/{targetId}")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String changeTarget(CurrentUser user, @PathVariable long id, @PathVariable long targetId, TargetForm form,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return save(user, id, targetId, form, locale, model, response, redirect);
    }

    @PostMapping("/plans/{id}/edit/targets/{targetId}/delete")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String deleteTarget(CurrentUser user, @PathVariable long id, @PathVariable long targetId,
            @RequestParam(defaultValue = "false") boolean unlink, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            editor.delete(user, id, targetId, unlink);
            redirect.addFlashAttribute("noticeKey", "plan.edit.deleted");
            return "redirect:/plans/" + id + "/edit";
        } catch (UserError e) {
            PlanEditController.refused(model, response, e);
            return form(user, id, targetId, editor.form(id, targetId), locale, model);
        }
    }

    private String save(CurrentUser user, long id, Long targetId, TargetForm form, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            editor.save(user, id, targetId, form, locale);
            return PlanEditController.saved(id, redirect);
        } catch (UserError e) {
            PlanEditController.refused(model, response, e);
            return form(user, id, targetId, form, locale, model);
        }
    }

    private String form(CurrentUser user, long id, Long targetId, TargetForm form, Locale locale, Model model) {
        PlanQueries.PlanRow plan = plan(user, id);
        model.addAttribute("plan", plan);
        model.addAttribute("targetId", targetId);
        model.addAttribute("form", form);
        model.addAttribute("goals", plans.goals(id));
        model.addAttribute("indicators", editor.catalog(user, plan.orgUnitId(), locale));
        model.addAttribute("milestones", milestoneRows(form));
        String code = targetId == null ? null : plans.targets(id).stream().filter(t -> t.id() == targetId)
                .map(PlanQueries.TargetRow::code).findFirst().orElse(null);
        model.addAttribute("servedBy", code == null ? List.of() : plans.tasks(id).stream()
                .filter(k -> k.serves().contains(code)).map(PlanQueries.TaskRow::code).toList());
        return "plan/edit-target";
    }

    private static List<MilestoneRow> milestoneRows(TargetForm form) {
        List<String> years = form.milestoneYears() == null ? List.of() : form.milestoneYears();
        List<String> values = form.milestoneValues() == null ? List.of() : form.milestoneValues();
        List<MilestoneRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(years.size(), values.size()); i++) {
            MilestoneRow row = new MilestoneRow(i < years.size() ? years.get(i) : "", i < values.size() ? values.get(i) : "");
            if (!row.year().isBlank() || !row.value().isBlank()) {
                rows.add(row);
            }
        }
        for (int i = 0; i < SPARE_MILESTONES; i++) {
            rows.add(new MilestoneRow("", ""));
        }
        return rows;
    }

    private PlanQueries.PlanRow plan(CurrentUser user, long id) {
        return plans.visible(user.scope(), id);
    }
}
