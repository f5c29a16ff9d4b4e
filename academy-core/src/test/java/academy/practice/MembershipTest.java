package academy.practice;

import static academy.practice.PracticeFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import academy.account.Person;
import academy.shared.ConflictException;

class MembershipTest {

    private final Practice riverside = PracticeFixtures.practice("Y09001", "Riverside Medical Centre");
    private final Person margaret = PracticeFixtures.person("Margaret Evans", "margaret@example.org");

    @Test
    void aPpgApplicationIsPendingAndGrantsNothing() {
        Membership application = Membership.applied(margaret, riverside, NOW);
        assertThat(application.status()).isEqualTo(MembershipStatus.PENDING);
        assertThat(application.jobRole()).isEqualTo(JobRole.PPG_MEMBER);
        assertThat(application.isActive()).isFalse();
        assertThat(application.isOpen()).isTrue();
        assertThat(application.startedAt()).isEmpty();
    }

    @Test
    void pendingThenActiveThenEnded() {
        Membership membership = Membership.applied(margaret, riverside, NOW);
        membership.approve(NOW.plusSeconds(60));
        assertThat(membership.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(membership.startedAt()).contains(NOW.plusSeconds(60));
        membership.end(NOW.plusSeconds(120));
        assertThat(membership.status()).isEqualTo(MembershipStatus.ENDED);
        assertThat(membership.endedAt()).contains(NOW.plusSeconds(120));
        assertThat(membership.isOpen()).isFalse();
    }

    @Test
    void anEndedMembershipCannotBeApprovedEndedOrRejected() {
        Membership membership = Membership.invited(margaret, riverside, JobRole.RECEPTIONIST, NOW);
        membership.end(NOW.plusSeconds(1));
        assertThatThrownBy(() -> membership.approve(NOW.plusSeconds(2)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already ended");
        assertThatThrownBy(() -> membership.end(NOW.plusSeconds(2))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> membership.reject(NOW.plusSeconds(2))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> membership.changeJobRole(JobRole.GP)).isInstanceOf(ConflictException.class);
        assertThat(membership.status()).isEqualTo(MembershipStatus.ENDED);
    }

    @Test
    void aRejectedApplicationStaysRejected() {
        Membership membership = Membership.applied(margaret, riverside, NOW);
        membership.reject(NOW.plusSeconds(5));
        assertThat(membership.status()).isEqualTo(MembershipStatus.REJECTED);
        assertThat(membership.endedAt()).contains(NOW.plusSeconds(5));
        assertThatThrownBy(() -> membership.approve(NOW.plusSeconds(6)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("turned down");
    }

    @Test
    void aPendingApplicationIsRejectedNotEnded() {
        Membership membership = Membership.applied(margaret, riverside, NOW);
        assertThatThrownBy(() -> membership.end(NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("waiting for approval");
    }

    @Test
    void anInvitedMemberIsActiveAtOnceAndAnActiveOneCannotBeApprovedAgain() {
        Membership membership = Membership.invited(margaret, riverside, JobRole.NURSE, NOW);
        assertThat(membership.isActive()).isTrue();
        assertThat(membership.startedAt()).contains(NOW);
        assertThatThrownBy(() -> membership.approve(NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyAnActivePracticeManagerManages() {
        Membership manager = Membership.invited(margaret, riverside, JobRole.PRACTICE_MANAGER, NOW);
        assertThat(manager.isManager()).isTrue();
        manager.end(NOW.plusSeconds(1));
        assertThat(manager.isManager()).isFalse();
        assertThat(Membership.invited(margaret, riverside, JobRole.GP, NOW).isManager()).isFalse();
    }

    @Test
    void aMemberCanChangeJobRoleWhileActive() {
        Membership membership = Membership.invited(margaret, riverside, JobRole.RECEPTIONIST, NOW);
        membership.changeJobRole(JobRole.PRACTICE_MANAGER);
        assertThat(membership.isManager()).isTrue();
    }

    @Test
    void changingToTheRoleAlreadyHeldIsRefusedSoNothingIsAudited() {
        Membership membership = Membership.invited(margaret, riverside, JobRole.NURSE, NOW);
        assertThatThrownBy(() -> membership.changeJobRole(JobRole.NURSE)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already Nurse");
    }

    @Test
    void aRoleChangeKeepsTheHashSoACopyReadBeforeItStillMatches() {
        Membership membership = Membership.invited(margaret, riverside, JobRole.NURSE, NOW);
        int before = membership.hashCode();
        membership.changeJobRole(JobRole.GP);
        assertThat(membership.hashCode()).isEqualTo(before);
    }
}
