package org.edugov.shared;

import java.util.Objects;

/** Who makes a change, as recorded in the audit log; {@code orgPath} is null for the installation-wide admin. */
public record Actor(long userId, String username, OrgPath orgPath) {

    private static final Actor SYSTEM = new Actor(0, "system", null);

    public Actor {
        Objects.requireNonNull(username, "username");
    }

    /** The actor for start-up and scheduled jobs that run without a logged-in user. */
    public static Actor system() {
        return SYSTEM;
    }
}
