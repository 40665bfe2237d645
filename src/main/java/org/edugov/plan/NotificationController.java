package org.edugov.plan;

import java.util.List;
import org.edugov.org.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The notifications of the user's own unit (a user without a unit has none): the list, newest first with the unread
 * ones highlighted, "mark all read", and the unread count the layout's bell loads with htmx.
 */
@Controller
class NotificationController {

    private static final int PAGE_SIZE = 50;

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    @PreAuthorize("hasAuthority('plan:plan:read')")
    String list(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        int p = Math.max(page, 0);
        List<Notifications.NotificationRow> rows = user.orgUnit() == null ? List.of()
                : notifications.page(user.orgUnit().id(), p, PAGE_SIZE);
        model.addAttribute("notifications", rows.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("page", p);
        model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
        model.addAttribute("unread", rows.stream().anyMatch(n -> !n.read()));
        return "plan/notifications";
    }

    @GetMapping("/notifications/count")
    @PreAuthorize("hasAuthority('plan:plan:read')")
    String count(CurrentUser user, Model model) {
        model.addAttribute("unread", user.orgUnit() == null ? 0 : notifications.unread(user.orgUnit().id()));
        return "plan/notifications :: bell";
    }

    @PostMapping("/notifications/read")
    @PreAuthorize("hasAuthority('plan:plan:read')")
    String markAllRead(CurrentUser user) {
        if (user.orgUnit() != null) {
            notifications.markAllRead(user.orgUnit(), user.actor());
        }
        return "redirect:/notifications";
    }
}
