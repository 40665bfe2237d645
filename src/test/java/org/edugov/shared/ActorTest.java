package org.edugov.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void systemActorHasNoOrgUnit() {
        Actor system = Actor.system();

        assertThat(system.userId()).isZero();
        assertThat(system.username()).isEqualTo("system");
        assertThat(system.orgPath()).isNull();
    }

    @Test
    void carriesUserAndOrgPath() {
        Actor actor = new Actor(42, "zhangsan", OrgPath.of("/1/7/"));

        assertThat(actor.orgPath().unitId()).isEqualTo(7);
        assertThat(actor).isEqualTo(new Actor(42, "zhangsan", OrgPath.of("/1/7/")));
    }

    @Test
    void requiresUsername() {
        assertThatThrownBy(() -> new Actor(1, null, null)).isInstanceOf(NullPointerException.class);
    }
}
