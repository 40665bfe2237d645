package org.edugov.plan;

import jakarta.servlet.http.HttpServletResponse;
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

/**
 * The bureau's side of progress: a plan's review queue and accepting or returning a report, from the queue or from
 * the task page (which {@code taskId} names, to go back there).
 */
@Controller
class ReviewController {

    private final ProgressPages pages;
    private final ProgressService service;

    ReviewController(ProgressPages pages, ProgressService service) {
        this.pages = pages;
        this.service = service;
    }

    @GetMapping("/plans/{planId}/reviews")
    @PreAuthorize("hasAuthority('plan:progress:review')")
    String queue(CurrentUser user, @PathVariable long planId, Locale locale, Model model) {
        return pages.reviews(user, planId, locale, model);
    }

    @PostMapping("/plans/{planId}/reports/{reportId}/review")
    @PreAuthorize("hasAuthority('plan:progress:review')")
    String review(CurrentUser user, @PathVariable long planId, @PathVariable long reportId,
            @RequestParam(required = false) String decision, @RequestParam(required = false) String comment,
            @RequestParam(required = false) Long taskId, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            if (!"ACCEPT".equals(decision) && !"RETURN".equals(decision)) {
                throw UserError.invalid("plan.review.decision");
            }
            service.review(user, planId, reportId, "ACCEPT".equals(decision), comment);
        } catch (UserError e) {
            if (e.kind() == UserError.Kind.NOT_FOUND) {
                throw e;
            }
            FormErrors.show(model, response, e);
            return taskId != null ? pages.task(user, planId, taskId, null, locale, model)
                    : pages.reviews(user, planId, locale, model);
        }
        redirect.addFlashAttribute("noticeKey", "ACCEPT".equals(decision) ? "plan.review.accepted"
                : "plan.review.returned");
        return "redirect:/plans/" + planId + (taskId != null ? "/tasks/" + taskId : "/reviews");
    }
}
