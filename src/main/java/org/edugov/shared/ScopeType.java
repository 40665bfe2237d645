package org.edugov.shared;

import java.util.EnumSet;
import java.util.Set;

/**
 * How far a role reaches from the user's own org unit.
 */
public enum ScopeType {
    /** Every org unit in the installation. */
    ALL,
    /** The user's org unit and everything below it. */
    SUBTREE,
    /** Only the user's own org unit. */
    ORG_ONLY,
    /** Only the org units assigned to the user one by one (an inspector's schools), with their subtrees. */
    ASSIGNED,
    /** Only records the user created or owns. */
    SELF,
    /** Nothing: what a request without a resolvable user gets. */
    NONE;

    /** True when a holder of this scope may grant {@code other}: never wider than its own. */
    public boolean covers(ScopeType other) {
        Set<ScopeType> narrower = switch (this) {
            case ALL -> EnumSet.allOf(ScopeType.class);
            case SUBTREE -> EnumSet.complementOf(EnumSet.of(ALL));
            case ORG_ONLY -> EnumSet.of(ORG_ONLY, SELF, NONE);
            case ASSIGNED -> EnumSet.of(ASSIGNED, SELF, NONE);
            case SELF -> EnumSet.of(SELF, NONE);
            case NONE -> EnumSet.of(NONE);
        };
        return narrower.contains(other);
    }
}
