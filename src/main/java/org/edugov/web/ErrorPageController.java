package org.edugov.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.edugov.shared.UserError;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Errors raised outside controllers (security filters, the servlet container) get the same page. */
@Controller
class ErrorPageController implements ErrorController {

    private final ErrorView errors;
    private final UploadLimits uploads;

    ErrorPageController(ErrorView errors, UploadLimits uploads) {
        this.errors = errors;
        this.uploads = uploads;
    }

    /** Where {@link UploadSizeFilter} sends an over-large upload: the refusal naming the limit. */
    @GetMapping(UploadSizeFilter.REFUSAL_PAGE)
    @PreAuthorize("permitAll()")
    ModelAndView uploadTooLarge(HttpServletRequest request) {
        return errors.of(request, HttpStatus.PAYLOAD_TOO_LARGE, "error.tooLarge",
                new Object[] {uploads.maxMegabytes()});
    }

    @RequestMapping("/error")
    @PreAuthorize("permitAll()")
    ModelAndView error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Object key = request.getAttribute(UserError.MESSAGE_KEY_ATTRIBUTE);
        String messageKey = key instanceof String s ? s : switch (status) {
            case NOT_FOUND -> "error.notFound";
            case FORBIDDEN -> "error.forbidden";
            case UNAUTHORIZED -> "error.unauthorized";
            case PAYLOAD_TOO_LARGE -> "error.tooLarge";
            case METHOD_NOT_ALLOWED -> "error.methodNotAllowed";
            default -> status.is4xxClientError() ? "error.badRequest" : "error.internal";
        };
        Object[] args = status == HttpStatus.PAYLOAD_TOO_LARGE ? new Object[] {uploads.maxMegabytes()} : new Object[0];
        return errors.of(request, status, messageKey, args);
    }
}
