package org.edugov.plan;

import java.util.Locale;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgUnit;
import org.edugov.shared.UserError;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of a target's page, for showing it and for showing it again with a refused condition check; a plan or
 * target outside the user's scope is not found.
 */
@Component
class TargetPage {

    private final PlanQueries plans;
    private final OrgDirectory directory;
    private final TargetDetail detail;
    private final EvidenceLimits limits;

    TargetPage(PlanQueries plans, OrgDirectory directory, TargetDetail detail, EvidenceLimits limits) {
        this.plans = plans;
        this.directory = directory;
        this.detail = detail;
        this.limits = limits;
    }

    /**
     * @param checkIndex the condition whose refused check form comes back (null: none)
     * @param form what was typed in it
     */
    String show(CurrentUser user, long id, long targetId, Integer checkIndex, ConditionCheckService.CheckForm form,
            Locale locale, Model model) {
        PlanQueries.PlanRow plan = plans.visible(user.scope(), id);
        OrgUnit org = directory.find(user.scope(), plan.orgUnitId())
                .orElseThrow(() -> UserError.notFound("plan.notFound", id));
        model.addAttribute("view", detail.view(plan, org, targetId, user.scope(), locale)
                .orElseThrow(() -> UserError.notFound("plan.target.notFound", String.valueOf(targetId))));
        model.addAttribute("checkIndex", checkIndex);
        model.addAttribute("checkForm", form);
        model.addAttribute("noteMaxLength", ConditionCheckService.MAX_NOTE_LENGTH);
        model.addAttribute("evidenceMaxBytes", limits.maxBytes().toBytes());
        model.addAttribute("evidenceMaxMegabytes", limits.maxMegabytes());
        return "plan/target";
    }
}
