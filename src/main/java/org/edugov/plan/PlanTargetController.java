package org.edugov.plan;

import java.util.Locale;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgUnit;
import org.edugov.shared.UserError;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A target's page ({@link TargetDetail}); a plan or target outside the user's scope is not found. */
@Controller
class PlanTargetController {

    private final PlanQueries plans;
    private final OrgDirectory directory;
    private final TargetDetail detail;

    PlanTargetController(PlanQueries plans, OrgDirectory directory, TargetDetail detail) {
        this.plans = plans;
        this.directory = directory;
        this.detail = detail;
    }

    @GetMapping("/plans/{id}/targets/{targetId}")
    @PreAuthorize("hasAuthority('plan:plan:read')")
    String show(CurrentUser user, @PathVariable long id, @PathVariable long targetId, Locale locale, Model model) {
        PlanQueries.PlanRow plan = plans.plan(user.scope(), id)
                .orElseThrow(() -> UserError.notFound("plan.notFound", id));
        OrgUnit org = directory.find(user.scope(), plan.orgUnitId())
                .orElseThrow(() -> UserError.notFound("plan.notFound", id));
        model.addAttribute("view", detail.view(plan, org, targetId, user.scope(), locale)
                .orElseThrow(() -> UserError.notFound("plan.target.notFound", String.valueOf(targetId))));
        return "plan/target";
    }
}
