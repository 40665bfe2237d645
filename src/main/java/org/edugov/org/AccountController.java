package org.edugov.org;

import jakarta.servlet.http.HttpServletResponse;
import org.edugov.shared.UserError;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own password. */
@Controller
class AccountController {

    private final UserAccountService service;

    AccountController(UserAccountService service) {
        this.service = service;
    }

    @GetMapping("/account/password")
    @PreAuthorize("isAuthenticated()")
    String form(Model model) {
        model.addAttribute("minPasswordLength", service.minPasswordLength());
        return "org/password";
    }

    @PostMapping("/account/password")
    @PreAuthorize("isAuthenticated()")
    String change(CurrentUser user, @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirm,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (!password.equals(confirm)) {
                throw UserError.invalid("password.mismatch");
            }
            service.changeOwnPassword(user, current, password);
            redirect.addFlashAttribute("noticeKey", "password.changed");
            return "redirect:/account/password";
        } catch (UserError e) {
            FormErrors.show(model, response, e);
            return form(model);
        }
    }
}
