package org.edugov.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataScopeTest {

    private static final OrgPath CITY = OrgPath.of("/1/7/");
    private static final OrgPath SCHOOL = OrgPath.of("/1/7/42/");
    private static final OrgPath OTHER_CITY = OrgPath.of("/1/8/");
    private static final OrgPath OTHER_SCHOOL = OrgPath.of("/1/8/50/");

    @Test
    void allSeesEverything() {
        DataScope scope = DataScope.all(5);

        assertThat(scope.isAll()).isTrue();
        assertThat(scope.condition("s.org_path")).isEqualTo(new SqlCondition("TRUE", Map.of()));
        assertThat(scope.permits(OTHER_SCHOOL)).isTrue();
        assertThat(scope.permits(null)).isTrue();
    }

    @Test
    void subtreeUsesPrefixMatch() {
        DataScope scope = DataScope.subtree(5, CITY);

        assertThat(scope.condition("s.org_path"))
                .isEqualTo(new SqlCondition("s.org_path LIKE :scope_prefix", Map.of("scope_prefix", "/1/7/%")));
        assertThat(scope.permits(CITY)).isTrue();
        assertThat(scope.permits(SCHOOL)).isTrue();
        assertThat(scope.permits(OTHER_CITY)).isFalse();
        assertThat(scope.permits(null)).isFalse();
        assertThat(scope.isAll()).isFalse();
    }

    @Test
    void orgOnlyUsesEquality() {
        DataScope scope = new DataScope(ScopeType.ORG_ONLY, 5, CITY, List.of());

        assertThat(scope.condition("org_path"))
                .isEqualTo(new SqlCondition("org_path = :scope_path", Map.of("scope_path", "/1/7/")));
        assertThat(scope.permits(CITY)).isTrue();
        assertThat(scope.permits(SCHOOL)).isFalse();
    }

    @Test
    void assignedOrsEachSubtree() {
        DataScope scope = new DataScope(ScopeType.ASSIGNED, 5, null, List.of(SCHOOL, OTHER_CITY));

        SqlCondition condition = scope.condition("org_path");

        assertThat(condition.sql().strip())
                .isEqualTo("((org_path LIKE :scope_assigned_0 OR org_path LIKE :scope_assigned_1))");
        assertThat(condition.params())
                .containsExactlyInAnyOrderEntriesOf(Map.of("scope_assigned_0", "/1/7/42/%", "scope_assigned_1", "/1/8/%"));
        assertThat(scope.permits(SCHOOL.child(99))).isTrue();
        assertThat(scope.permits(OTHER_SCHOOL)).isTrue();
        assertThat(scope.permits(CITY)).isFalse();
    }

    @Test
    void assignedWithoutAssignmentsSeesNothing() {
        DataScope scope = new DataScope(ScopeType.ASSIGNED, 5, null, List.of());

        assertThat(scope.condition("org_path")).isEqualTo(SqlCondition.never());
        assertThat(scope.permits(SCHOOL)).isFalse();
    }

    @Test
    void selfFiltersOnOwnerColumn() {
        DataScope scope = new DataScope(ScopeType.SELF, 5, SCHOOL, List.of());

        assertThat(scope.condition("org_path", "created_by"))
                .isEqualTo(new SqlCondition("created_by = :scope_user", Map.of("scope_user", 5L)));
        assertThat(scope.condition("org_path")).isEqualTo(SqlCondition.never());
        assertThat(scope.permits(SCHOOL)).isTrue();
        assertThat(scope.permits(SCHOOL.child(1))).isFalse();
    }

    @Test
    void noneSeesNothing() {
        DataScope scope = DataScope.none();

        assertThat(scope.type()).isEqualTo(ScopeType.NONE);
        assertThat(scope.condition("org_path", "created_by")).isEqualTo(new SqlCondition("FALSE", Map.of()));
        assertThat(scope.permits(SCHOOL)).isFalse();
        assertThat(scope.permits(null)).isFalse();
    }

    @Test
    void rejectsInjectedColumnNames() {
        DataScope scope = DataScope.subtree(5, CITY);

        assertThatThrownBy(() -> scope.condition("org_path OR 1=1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DataScope(ScopeType.SELF, 5, CITY, List.of()).condition("org_path", "x;drop"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(scope.condition("s.org_path").sql()).startsWith(" (s.org_path ");
    }

    @Test
    void scopesAnchoredOnTheUsersUnitRequireIt() {
        for (ScopeType type : List.of(ScopeType.SUBTREE, ScopeType.ORG_ONLY, ScopeType.SELF)) {
            assertThatThrownBy(() -> new DataScope(type, 5, null, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void assignedListIsCopied() {
        List<OrgPath> assigned = new java.util.ArrayList<>(List.of(SCHOOL));
        DataScope scope = new DataScope(ScopeType.ASSIGNED, 5, null, assigned);
        assigned.add(OTHER_CITY);

        assertThat(scope.assigned()).containsExactly(SCHOOL);
    }
}
