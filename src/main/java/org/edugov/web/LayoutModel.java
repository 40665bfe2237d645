package org.edugov.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.edugov.org.CurrentUserResolver;
import org.edugov.org.OrgDirectory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout shows on every full page: the user, its role, and the org switcher's choices. */
@ControllerAdvice
class LayoutModel {

    private static final int SWITCHER_LIMIT = 200;

    private final CurrentUserResolver users;
    private final OrgDirectory directory;
    private final WorkingOrg workingOrg;

    LayoutModel(CurrentUserResolver users, OrgDirectory directory, WorkingOrg workingOrg) {
        this.users = users;
        this.directory = directory;
        this.workingOrg = workingOrg;
    }

    @ModelAttribute
    void layout(HttpServletRequest request, Model model) {
        populate(request, model.asMap());
    }

    /** Also used by error pages, which do not pass through {@code @ModelAttribute} methods. */
    void populate(HttpServletRequest request, Map<String, Object> model) {
        if (request.getHeader("HX-Request") != null) {
            return;
        }
        users.current().ifPresent(user -> {
            model.put("me", user);
            model.put("workingOrg", workingOrg.get(request.getSession(false), user).orElse(null));
            model.put("switchableOrgs", user.scope().isAll() || user.orgUnit() != null
                    ? directory.switchable(user.scope(), SWITCHER_LIMIT) : List.of());
        });
    }
}
