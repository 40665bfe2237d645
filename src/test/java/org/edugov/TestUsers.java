package org.edugov;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.edugov.org.CurrentUser;
import org.edugov.org.CurrentUserResolver;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs MockMvc requests in as a real account from the database, with the permissions it holds there. */
@Component
public class TestUsers {

    private final UserDetailsService users;
    private final CurrentUserResolver resolver;

    TestUsers(UserDetailsService users, CurrentUserResolver resolver) {
        this.users = users;
        this.resolver = resolver;
    }

    /** The account as a service call from one of its requests would see it. */
    public CurrentUser current(String username) {
        UserDetails details = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return resolver.require();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
