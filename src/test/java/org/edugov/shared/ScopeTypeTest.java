package org.edugov.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edugov.shared.ScopeType.ALL;
import static org.edugov.shared.ScopeType.ASSIGNED;
import static org.edugov.shared.ScopeType.NONE;
import static org.edugov.shared.ScopeType.ORG_ONLY;
import static org.edugov.shared.ScopeType.SELF;
import static org.edugov.shared.ScopeType.SUBTREE;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTypeTest {

    // Expected grantable scopes, spelled out rather than derived, so a change to covers() shows up here.
    private static final Map<ScopeType, Set<ScopeType>> COVERS = Map.of(
            ALL, EnumSet.of(ALL, SUBTREE, ORG_ONLY, ASSIGNED, SELF, NONE),
            SUBTREE, EnumSet.of(SUBTREE, ORG_ONLY, ASSIGNED, SELF, NONE),
            ORG_ONLY, EnumSet.of(ORG_ONLY, SELF, NONE),
            ASSIGNED, EnumSet.of(ASSIGNED, SELF, NONE),
            SELF, EnumSet.of(SELF, NONE),
            NONE, EnumSet.of(NONE));

    @Test
    void coversMatrix() {
        for (ScopeType holder : ScopeType.values()) {
            for (ScopeType granted : ScopeType.values()) {
                assertThat(holder.covers(granted))
                        .as("%s covers %s", holder, granted)
                        .isEqualTo(COVERS.get(holder).contains(granted));
            }
        }
    }

    @Test
    void siblingScopesDoNotCoverEachOther() {
        assertThat(ORG_ONLY.covers(ASSIGNED)).isFalse();
        assertThat(ASSIGNED.covers(ORG_ONLY)).isFalse();
        assertThat(SUBTREE.covers(ALL)).isFalse();
    }
}
