package org.edugov.org;

import jakarta.servlet.http.HttpServletResponse;
import org.edugov.shared.UserError;
import org.springframework.ui.Model;

/** A refused form comes back with its input, the reason in the user's language and a 4xx status. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void show(Model model, HttpServletResponse response, UserError e) {
        response.setStatus(e.kind().httpStatus());
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.args());
    }
}
