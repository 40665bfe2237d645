package org.edugov.org;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.edugov.shared.DataScope;
import org.edugov.shared.OrgPath;
import org.edugov.shared.ScopeType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Resolves the signed-in user, its org unit and its data scope once per request and keeps the result
 * in a request attribute. Anything unresolvable yields {@link DataScope#none()}: deny by default.
 */
@Component
public class CurrentUserResolver {

    private static final String ATTRIBUTE = CurrentUserResolver.class.getName();

    private final AccountRepository accounts;
    private final RoleRepository roles;
    private final OrgUnitRepository units;

    CurrentUserResolver(AccountRepository accounts, RoleRepository roles, OrgUnitRepository units) {
        this.accounts = accounts;
        this.roles = roles;
        this.units = units;
    }

    /** The current user, or empty when the request is anonymous. */
    public Optional<CurrentUser> current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            Object cached = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
            if (cached instanceof CurrentUser user) {
                return Optional.of(user);
            }
        }
        Optional<CurrentUser> user = load();
        if (request != null) {
            user.ifPresent(u -> request.setAttribute(ATTRIBUTE, u, RequestAttributes.SCOPE_REQUEST));
        }
        return user;
    }

    public CurrentUser require() {
        return current().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    public DataScope scope() {
        return current().map(CurrentUser::scope).orElse(DataScope.none());
    }

    /**
     * An enabled account as its own requests would see it, with its role's permissions, for start-up work done in
     * a named account's name (the demo's progress reports); never for a request, which uses {@link #current()}.
     */
    public Optional<CurrentUser> account(String username) {
        return resolve(username, Role::permissions);
    }

    private Optional<CurrentUser> load() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return resolve(auth.getName(), role -> grantedPermissions(auth, role));
    }

    private Optional<CurrentUser> resolve(String username, Function<Role, Set<String>> permissions) {
        return accounts.findByUsername(username).filter(UserAccount::enabled).flatMap(account ->
                roles.find(account.roleId()).map(role -> {
                    OrgUnit org = account.orgUnitId() == null ? null : units.find(account.orgUnitId()).orElse(null);
                    DataScope scope = scopeOf(account, role, org);
                    return new CurrentUser(account.id(), account.username(), account.displayName(), org, role.code(),
                            role.nameZh(), role.nameEn(), scope, permissions.apply(role));
                }));
    }

    private DataScope scopeOf(UserAccount account, Role role, OrgUnit org) {
        ScopeType type = role.scopeType();
        if (type == ScopeType.ALL) {
            return DataScope.all(account.id());
        }
        if (type == ScopeType.ASSIGNED) {
            List<OrgPath> assigned = accounts.assignedPaths(account.id());
            return new DataScope(type, account.id(), org == null ? null : org.path(), assigned);
        }
        if (org == null || !org.active()) {
            return DataScope.none();
        }
        return new DataScope(type, account.id(), org.path(), List.of());
    }

    /** Permissions are those of the role now, but never more than the session was granted at sign-in. */
    private static Set<String> grantedPermissions(Authentication auth, Role role) {
        Set<String> session = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return role.permissions().stream().filter(session::contains).collect(Collectors.toSet());
    }
}
