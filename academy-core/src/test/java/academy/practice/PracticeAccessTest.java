package academy.practice;

import static academy.practice.PracticeFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import academy.account.Person;
import academy.shared.AccessDeniedException;
import academy.shared.Actor;
import academy.shared.NotFoundException;
import academy.shared.SystemRole;

class PracticeAccessTest {

    private static final long PRACTICE_A = 101;
    private static final long PRACTICE_B = 202;

    private final PracticeAccess access = new PracticeAccess(Clock.fixed(NOW, ZoneOffset.UTC));

    private final Actor managerOfA = Actor.person(1, "Helen Carter", Set.of(), Set.of(PRACTICE_A), "10.0.0.1");
    private final Actor learner = Actor.person(2, "Sam Patel", Set.of(), Set.of(), "10.0.0.2");
    private final Actor admin = Actor.person(3, "Alex Morgan", Set.of(SystemRole.ADMINISTRATOR), Set.of(), "10.0.0.3");
    private final Actor assessor = Actor.person(4, "Priya Shah", Set.of(SystemRole.ASSESSOR), Set.of(), "10.0.0.4");

    private final Practice riverside = PracticeFixtures.practice("Y09001", "Riverside Medical Centre");
    private final Practice hawthorn = PracticeFixtures.practice("Y09002", "Hawthorn Surgery");
    private final Person priya = PracticeFixtures.person("Priya Shah", "priya@example.org");

    @Test
    void aManagerOfAManagesA() {
        assertThat(access.mayManage(managerOfA, PRACTICE_A)).isTrue();
        assertThatCode(() -> access.requireMayManage(managerOfA, PRACTICE_A)).doesNotThrowAnyException();
    }

    @Test
    void aManagerOfANeverSeesBAndIsToldItDoesNotExist() {
        assertThat(access.mayManage(managerOfA, PRACTICE_B)).isFalse();
        assertThatThrownBy(() -> access.requireMayManage(managerOfA, PRACTICE_B))
                .isInstanceOf(NotFoundException.class).hasMessageNotContaining(Long.toString(PRACTICE_B));
        assertThatThrownBy(() -> access.requireMayManageRecordOf(managerOfA, PRACTICE_B, "membership"))
                .isInstanceOf(NotFoundException.class).hasMessage("There is no such membership, or it is not yours to see.");
    }

    @Test
    void staffWhoAreNotManagersManageNothing() {
        assertThatThrownBy(() -> access.requireMayManage(learner, PRACTICE_A)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access.requireMayManage(Actor.anonymous("10.0.0.9"), PRACTICE_A))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void administratorsMayManageEveryPracticeAndOnlyTheyAdminister() {
        assertThat(access.mayManage(admin, PRACTICE_A)).isTrue();
        assertThat(access.mayManage(admin, PRACTICE_B)).isTrue();
        assertThatCode(() -> access.requireAdministrator(admin)).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireAdministrator(managerOfA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> access.requireAdministrator(assessor)).isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> access.requireAdministrator(Actor.system())).doesNotThrowAnyException();
    }

    @Test
    void anAssessorWithNoTiesMayAssess() {
        assertThatCode(() -> access.requireMayAssess(assessor, riverside, List.of())).doesNotThrowAnyException();
    }

    @Test
    void onlyAssessorsAssess() {
        assertThatThrownBy(() -> access.requireMayAssess(managerOfA, hawthorn, List.of()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Only assessors");
    }

    @Test
    void anAssessorNeverAssessesTheirOwnPractice() {
        List<Membership> history = List.of(Membership.invited(priya, riverside, JobRole.GP, NOW.minus(Duration.ofDays(900))));
        assertThatThrownBy(() -> access.requireMayAssess(assessor, riverside, history))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Riverside Medical Centre");
        assertThatCode(() -> access.requireMayAssess(assessor, hawthorn, history)).doesNotThrowAnyException();
    }

    @Test
    void aPendingApplicationIsAConflictButARejectedOneIsNot() {
        Membership pending = Membership.applied(priya, riverside, NOW.minus(Duration.ofDays(3)));
        assertThat(access.hasConflictOfInterest(riverside, List.of(pending))).isTrue();
        Membership rejected = Membership.applied(priya, riverside, NOW.minus(Duration.ofDays(3)));
        rejected.reject(NOW.minus(Duration.ofDays(2)));
        assertThat(access.hasConflictOfInterest(riverside, List.of(rejected))).isFalse();
    }

    @Test
    void aMembershipEndedElevenMonthsAgoStillConflicts() {
        assertThat(access.hasConflictOfInterest(riverside, List.of(endedAt(monthsAgo(11))))).isTrue();
    }

    @Test
    void aMembershipEndedThirteenMonthsAgoNoLongerConflicts() {
        assertThat(access.hasConflictOfInterest(riverside, List.of(endedAt(monthsAgo(13))))).isFalse();
    }

    @Test
    void theTwelveMonthBoundaryStillConflictsOnTheDayAndNotAfter() {
        Instant cutoff = monthsAgo(12);
        assertThat(access.conflictWindowStart()).isEqualTo(cutoff);
        assertThat(access.hasConflictOfInterest(riverside, List.of(endedAt(cutoff)))).isTrue();
        assertThat(access.hasConflictOfInterest(riverside, List.of(endedAt(cutoff.minusSeconds(1))))).isFalse();
    }

    @Test
    void aTieToAnotherPracticeIsNoConflictHere() {
        assertThat(access.hasConflictOfInterest(hawthorn, List.of(endedAt(monthsAgo(1))))).isFalse();
    }

    private Membership endedAt(Instant ended) {
        Membership membership = Membership.invited(priya, riverside, JobRole.NURSE, ended.minus(Duration.ofDays(400)));
        membership.end(ended);
        return membership;
    }

    private static Instant monthsAgo(int months) {
        return NOW.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
    }
}
