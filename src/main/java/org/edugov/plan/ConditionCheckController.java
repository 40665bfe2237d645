package org.edugov.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.edugov.org.CurrentUser;
import org.edugov.org.FormErrors;
import org.edugov.shared.UserError;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Checks of a qualitative target's conditions: recording one from the target page, and downloading a check's
 * evidence file. Both need the plan in the user's scope; anything else answers 404.
 */
@Controller
class ConditionCheckController {

    private final ConditionCheckService service;
    private final ConditionChecks checks;
    private final PlanQueries plans;
    private final TargetPage page;
    private final EvidenceFiles evidenceFiles;

    ConditionCheckController(ConditionCheckService service, ConditionChecks checks, PlanQueries plans,
            TargetPage page, EvidenceFiles evidenceFiles) {
        this.service = service;
        this.checks = checks;
        this.plans = plans;
        this.page = page;
        this.evidenceFiles = evidenceFiles;
    }

    /** {@code index} counts from 0, as the target's list of conditions does. */
    @PostMapping("/plans/{id}/targets/{targetId}/conditions/{index}")
    @PreAuthorize("hasAuthority('plan:progress:review')")
    String check(CurrentUser user, @PathVariable long id, @PathVariable long targetId, @PathVariable int index,
            ConditionCheckService.CheckForm form,
            @RequestParam(name = "evidence", required = false) MultipartFile evidence, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            service.record(user, id, targetId, index, form, evidence);
        } catch (UserError e) {
            if (e.kind() == UserError.Kind.NOT_FOUND) {
                throw e;
            }
            FormErrors.show(model, response, e);
            return page.show(user, id, targetId, index, form, locale, model);
        }
        redirect.addFlashAttribute("noticeKey", "plan.condition.recorded");
        return "redirect:/plans/" + id + "/targets/" + targetId + "#condition-" + index;
    }

    /** A check's evidence file as an attachment ({@link EvidenceFiles#download}). */
    @GetMapping("/plans/{id}/condition-evidence/{evidenceId}")
    @PreAuthorize("hasAuthority('plan:plan:read')")
    ResponseEntity<byte[]> evidence(CurrentUser user, @PathVariable long id, @PathVariable long evidenceId) {
        ConditionChecks.EvidenceFile file = plans.plan(user.scope(), id).flatMap(p -> checks.evidence(id, evidenceId))
                .orElseThrow(() -> UserError.notFound("plan.evidence.notFound", evidenceId));
        return evidenceFiles.download(user.actor(), "ConditionEvidence", file.id(), file.planPath(), file.fileName(),
                file.contentType());
    }
}
