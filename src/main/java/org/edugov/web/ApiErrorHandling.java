package org.edugov.web;

import java.util.Locale;
import org.edugov.shared.UserError;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** For the JSON API, failures are RFC 9457 problem details with a message in the caller's language. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandling {

    private final MessageSource messages;

    ApiErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UserError.class)
    ProblemDetail userError(UserError e, Locale locale) {
        HttpStatus status = HttpStatus.valueOf(e.kind().httpStatus());
        return problem(status, e.messageKey(), e.args(), locale);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail denied(Locale locale) {
        return problem(HttpStatus.FORBIDDEN, "error.forbidden", new Object[0], locale);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ProblemDetail badRequest(Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "error.badRequest", new Object[0], locale);
    }

    private ProblemDetail problem(HttpStatus status, String key, Object[] args, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, locale));
        problem.setProperty("messageKey", key);
        return problem;
    }
}
