package org.edugov.web;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgUnit;
import org.springframework.stereotype.Component;

/**
 * The org unit a user has chosen to work on (the org switcher). Kept in the session, re-checked against
 * the scope on every read, and falling back to the user's own unit.
 */
@Component
public class WorkingOrg {

    static final String SESSION_KEY = "edugov.workingOrg";

    private final OrgDirectory directory;

    WorkingOrg(OrgDirectory directory) {
        this.directory = directory;
    }

    public Optional<OrgUnit> get(HttpSession session, CurrentUser user) {
        Object id = session == null ? null : session.getAttribute(SESSION_KEY);
        if (id instanceof Long chosen) {
            Optional<OrgUnit> unit = directory.find(user.scope(), chosen);
            if (unit.isPresent()) {
                return unit;
            }
        }
        if (user.orgUnit() != null) {
            return Optional.of(user.orgUnit());
        }
        return directory.roots(user.scope()).stream().findFirst();
    }

    boolean set(HttpSession session, CurrentUser user, long id) {
        if (directory.find(user.scope(), id).isEmpty()) {
            return false;
        }
        session.setAttribute(SESSION_KEY, id);
        return true;
    }
}
