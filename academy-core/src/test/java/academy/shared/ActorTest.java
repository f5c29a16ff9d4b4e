package academy.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void aPersonActsWithTheirRolesAndManagedPractices() {
        Actor helen = Actor.person(5, "Helen Carter", Set.of(), Set.of(101L), " 192.0.2.7 ");
        assertThat(helen.requirePersonId()).isEqualTo(5);
        assertThat(helen.manages(101)).isTrue();
        assertThat(helen.manages(202)).isFalse();
        assertThat(helen.isAdministrator()).isFalse();
        assertThat(helen.clientAddress()).isEqualTo("192.0.2.7");
    }

    @Test
    void anonymousVisitorsHaveNoIdentity() {
        Actor anonymous = Actor.anonymous("192.0.2.8");
        assertThat(anonymous.isSignedIn()).isFalse();
        assertThat(anonymous.displayName()).isEqualTo("anonymous");
        assertThatThrownBy(anonymous::requirePersonId).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSystemHoldsEverySystemRole() {
        assertThat(Actor.system().systemRoles()).containsExactlyInAnyOrder(SystemRole.values());
        assertThat(Actor.system().displayName()).isEqualTo("system");
    }

    @Test
    void overlongAddressesAreCut() {
        assertThat(Actor.anonymous("x".repeat(100)).clientAddress()).hasSize(64);
    }
}
