package org.edugov.plan;

import java.util.Locale;
import org.edugov.org.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A target's page ({@link TargetDetail}); a plan or target outside the user's scope is not found. */
@Controller
class PlanTargetController {

    private final TargetPage page;

    PlanTargetController(TargetPage page) {
        this.page = page;
    }

    @GetMapping("/plans/{id}/targets/{targetId}")
    @PreAuthorize("hasAuthority('plan:plan:read')")
    String show(CurrentUser user, @PathVariable long id, @PathVariable long targetId, Locale locale, Model model) {
        return page.show(user, id, targetId, null, null, locale, model);
    }
}
