package org.edugov.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Builds the error page with the full layout (user menu, org switcher), or only its alert box for an
 * htmx request that swaps part of a page.
 */
@Component
class ErrorView {

    private final LayoutModel layout;

    ErrorView(LayoutModel layout) {
        this.layout = layout;
    }

    ModelAndView of(HttpServletRequest request, HttpStatus status, String messageKey, Object[] args) {
        boolean fragment = request.getHeader("HX-Request") != null;
        ModelAndView mav = new ModelAndView(fragment ? "fragments/alert :: error" : "error");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        mav.addObject("messageKey", messageKey);
        mav.addObject("messageArgs", args);
        layout.populate(request, mav.getModel());
        return mav;
    }
}
