package org.edugov.org;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.edugov.shared.UserError;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/** 403 with a message key the error page translates: a forged or stale CSRF token says so. */
@Component
class LocalizedAccessDeniedHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        request.setAttribute(UserError.MESSAGE_KEY_ATTRIBUTE,
                e instanceof CsrfException ? "error.csrf" : "error.forbidden");
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
