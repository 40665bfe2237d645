package org.edugov.plan;

import org.edugov.org.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The bureau publishes a plan's public report or withdraws it. */
@Controller
class PlanPublishController {

    private final PlanPublishing publishing;

    PlanPublishController(PlanPublishing publishing) {
        this.publishing = publishing;
    }

    @PostMapping("/plans/{id}/publish")
    @PreAuthorize("hasAuthority('plan:progress:review')")
    String publish(CurrentUser user, @PathVariable long id) {
        publishing.publish(user, id, true);
        return "redirect:/plans/" + id;
    }

    @PostMapping("/plans/{id}/unpublish")
    @PreAuthorize("hasAuthority('plan:progress:review')")
    String unpublish(CurrentUser user, @PathVariable long id) {
        publishing.publish(user, id, false);
        return "redirect:/plans/" + id;
    }
}
