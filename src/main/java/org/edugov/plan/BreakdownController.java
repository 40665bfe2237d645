package org.edugov.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
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

/** 分解到县 ({@link PlanBreakdown}): the counties of a city plan to break it down for, and the breakdown itself. */
@Controller
class BreakdownController {

    private final PlanQueries plans;
    private final PlanBreakdown breakdown;

    BreakdownController(PlanQueries plans, PlanBreakdown breakdown) {
        this.plans = plans;
        this.breakdown = breakdown;
    }

    @GetMapping("/plans/{id}/breakdown")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String form(CurrentUser user, @PathVariable long id, Model model) {
        PlanQueries.PlanRow plan = plans.visible(user.scope(), id);
        model.addAttribute("plan", plan);
        model.addAttribute("counties", breakdown.counties(user, plan));
        return "plan/breakdown";
    }

    @PostMapping("/plans/{id}/breakdown")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String breakdown(CurrentUser user, @PathVariable long id, @RequestParam(required = false) List<Long> countyIds,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            breakdown.breakdown(user, id, countyIds, locale);
            redirect.addFlashAttribute("noticeKey", "plan.breakdown.done");
            return "redirect:/plans/" + id + "/breakdown";
        } catch (UserError e) {
            // a plan out of scope or not a city plan is refused again by the form itself
            FormErrors.show(model, response, e);
            return form(user, id, model);
        }
    }
}
