package org.edugov.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
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

/** Lead units in bulk: the plan's tasks by the lead the plan names, one unit picker per name and per task. */
@Controller
class LeadController {

    private final PlanQueries plans;
    private final LeadAssignment leads;
    private final LeadUnits leadUnits;

    LeadController(PlanQueries plans, LeadAssignment leads, LeadUnits leadUnits) {
        this.plans = plans;
        this.leads = leads;
        this.leadUnits = leadUnits;
    }

    @GetMapping("/plans/{id}/leads")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String page(CurrentUser user, @PathVariable long id, Model model) {
        PlanQueries.PlanRow plan = plans.visible(user.scope(), id);
        model.addAttribute("plan", plan);
        model.addAttribute("groups", leads.groups(id));
        model.addAttribute("units", leadUnits.choices(user, plan.orgUnitId()));
        return "plan/leads";
    }

    @PostMapping("/plans/{id}/leads")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String assign(CurrentUser user, @PathVariable long id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            int changed = leads.assign(user, id, form);
            redirect.addFlashAttribute("leadsChanged", changed);
            return "redirect:/plans/" + id + "/leads";
        } catch (UserError e) {
            PlanEditController.refused(model, response, e);
            return page(user, id, model);
        }
    }
}
