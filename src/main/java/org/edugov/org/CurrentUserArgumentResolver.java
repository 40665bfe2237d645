package org.edugov.org;

import org.edugov.shared.Actor;
import org.edugov.shared.DataScope;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets any controller take {@link DataScope}, {@link Actor} or {@link CurrentUser} as a parameter. */
class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

    private final CurrentUserResolver resolver;

    CurrentUserArgumentResolver(CurrentUserResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == DataScope.class || type == Actor.class || type == CurrentUser.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        Class<?> type = parameter.getParameterType();
        if (type == DataScope.class) {
            return resolver.scope();
        }
        CurrentUser user = resolver.require();
        return type == Actor.class ? user.actor() : user;
    }
}
