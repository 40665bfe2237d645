package org.edugov.org;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** What the session keeps about a signed-in user: identity and permissions, never its scope. */
final class EduGovUser implements UserDetails, CredentialsContainer {

    private final long userId;
    private final String username;
    private String passwordHash;
    private final boolean enabled;
    private final boolean nonLocked;
    private final List<SimpleGrantedAuthority> authorities;

    EduGovUser(long userId, String username, String passwordHash, boolean enabled, boolean nonLocked,
            List<String> permissions) {
        this.userId = userId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.nonLocked = nonLocked;
        this.authorities = permissions.stream().map(SimpleGrantedAuthority::new).toList();
    }

    long userId() {
        return userId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
