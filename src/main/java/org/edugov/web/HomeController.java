package org.edugov.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgDirectory;
import org.edugov.shared.UserError;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HomeController {

    private final WorkingOrg workingOrg;
    private final OrgDirectory directory;

    HomeController(WorkingOrg workingOrg, OrgDirectory directory) {
        this.workingOrg = workingOrg;
        this.directory = directory;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(CurrentUser user, HttpSession session, Model model) {
        workingOrg.get(session, user).ifPresent(org -> model.addAttribute("lineage", directory.lineage(org)));
        return "home";
    }

    @PostMapping("/working-org")
    @PreAuthorize("isAuthenticated()")
    String switchOrg(CurrentUser user, @RequestParam long orgId, HttpSession session, HttpServletRequest request) {
        if (!workingOrg.set(session, user, orgId)) {
            throw UserError.notFound("org.unit.notFound", orgId);
        }
        String referer = request.getHeader("Referer");
        return "redirect:" + (referer != null && referer.startsWith(baseUrl(request)) ? referer : "/");
    }

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login(Principal principal) {
        return principal == null ? "login" : "redirect:/";
    }

    private static String baseUrl(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + "/";
    }
}
