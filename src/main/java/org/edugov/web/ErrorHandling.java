package org.edugov.web;

import jakarta.servlet.http.HttpServletRequest;
import org.edugov.shared.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.validation.BindException;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Turns every failure into a page in the user's language with the right 4xx status; only a genuine
 * bug becomes a 500, and even then no stack trace reaches the browser.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final ErrorView errors;
    private final UploadLimits uploads;

    ErrorHandling(ErrorView errors, UploadLimits uploads) {
        this.errors = errors;
        this.uploads = uploads;
    }

    @ExceptionHandler(UserError.class)
    ModelAndView userError(HttpServletRequest request, UserError e) {
        HttpStatus status = HttpStatus.valueOf(e.kind().httpStatus());
        return errors.of(request, status, e.messageKey(), e.args());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ModelAndView denied(HttpServletRequest request) {
        return errors.of(request, HttpStatus.FORBIDDEN, "error.forbidden", new Object[0]);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            ServletRequestBindingException.class, BindException.class, HttpMessageNotReadableException.class,
            IllegalArgumentException.class})
    ModelAndView badRequest(HttpServletRequest request, Exception e) {
        log.debug("Bad request {}: {}", request.getRequestURI(), e.toString());
        return errors.of(request, HttpStatus.BAD_REQUEST, "error.badRequest", new Object[0]);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        return errors.of(request, HttpStatus.PAYLOAD_TOO_LARGE, "error.tooLarge",
                new Object[] {uploads.maxMegabytes()});
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView badUpload(HttpServletRequest request) {
        return errors.of(request, HttpStatus.BAD_REQUEST, "error.badUpload", new Object[0]);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView notFound(HttpServletRequest request) {
        return errors.of(request, HttpStatus.NOT_FOUND, "error.notFound", new Object[0]);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView methodNotAllowed(HttpServletRequest request) {
        return errors.of(request, HttpStatus.METHOD_NOT_ALLOWED, "error.methodNotAllowed", new Object[0]);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ModelAndView unsupportedMedia(HttpServletRequest request) {
        return errors.of(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.badRequest", new Object[0]);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(HttpServletRequest request, Exception e) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return errors.of(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.internal", new Object[0]);
    }
}
