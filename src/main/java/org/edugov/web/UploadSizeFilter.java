package org.edugov.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an over-large upload before anything reads its parameters. The CSRF filter reads the form's
 * token, which makes Tomcat parse the multipart body; past the limit that throws, and even the error page
 * would throw again on the same request. So this filter runs first: a declared length over the limit, or a
 * size failure from further down (uploads without a declared length), sends the browser to the refusal
 * page, and Tomcat discards the rest of the body (server.tomcat.max-swallow-size).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadSizeFilter extends OncePerRequestFilter {

    static final String REFUSAL_PAGE = "/upload-too-large";

    private final UploadLimits limits;

    UploadSizeFilter(UploadLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isMultipart(request) && request.getContentLengthLong() > limits.maxBytes().toBytes()) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IllegalStateException e) {
            if (!isMultipart(request) || !causedBySize(e) || response.isCommitted()) {
                throw e;
            }
            refuse(request, response);
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null && type.toLowerCase().startsWith("multipart/");
    }

    private static boolean causedBySize(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SizeException) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + REFUSAL_PAGE);
    }
}
