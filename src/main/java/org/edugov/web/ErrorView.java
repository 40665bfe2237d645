package org.edugov.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** Builds the error page, or only its alert box for an htmx request that swaps part of a page. */
final class ErrorView {

    private ErrorView() {
    }

    static ModelAndView of(HttpServletRequest request, HttpStatus status, String messageKey, Object[] args) {
        boolean fragment = request.getHeader("HX-Request") != null;
        ModelAndView mav = new ModelAndView(fragment ? "fragments/alert :: error" : "error");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        mav.addObject("messageKey", messageKey);
        mav.addObject("messageArgs", args);
        return mav;
    }
}
