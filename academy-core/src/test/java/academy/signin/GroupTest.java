package academy.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import academy.account.EmailAddress;
import academy.account.PasswordHashing;
import academy.account.Person;
import academy.practice.JobRole;
import academy.practice.JoinCode;
import academy.practice.Membership;
import academy.practice.OdsCode;
import academy.practice.Practice;
import academy.practice.PracticeDetails;
import academy.shared.SystemRole;

class GroupTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private final Practice riverside = new Practice(OdsCode.of("Y09001"),
            new PracticeDetails("Riverside Medical Centre", "North Vale PCN", "1 Riverside Walk"),
            JoinCode.generate(new SecureRandom()), NOW);
    private final Person person = Person.confirmed("Helen Carter", EmailAddress.of("helen@example.org"),
            new PasswordHashing(1_000, new SecureRandom()).hash("lantern orchard kettle"), NOW);

    @Test
    void aManagerIsAlsoALearner() {
        assertThat(Group.of(person, List.of(Membership.invited(person, riverside, JobRole.PRACTICE_MANAGER, NOW))))
                .containsExactlyInAnyOrder(Group.LEARNER, Group.MANAGER);
    }

    @Test
    void anApprovedPpgMemberIsInThePpgGroupButAPendingOneInNone() {
        Membership application = Membership.applied(person, riverside, NOW);
        assertThat(Group.of(person, List.of(application))).isEmpty();
        application.approve(NOW);
        assertThat(Group.of(person, List.of(application))).containsExactly(Group.PPG);
    }

    @Test
    void endedMembershipsGrantNothing() {
        Membership left = Membership.invited(person, riverside, JobRole.GP, NOW);
        left.end(NOW.plusSeconds(1));
        assertThat(Group.of(person, List.of(left))).isEmpty();
    }

    @Test
    void systemRolesGiveAssessorAndAdmin() {
        person.grant(SystemRole.ASSESSOR);
        person.grant(SystemRole.ADMINISTRATOR);
        SignedIn signedIn = new SignedIn(7, "Helen Carter", person.email(), Group.of(person, List.of()));
        assertThat(signedIn.groupNames()).isEqualTo(Set.of("assessor", "admin"));
    }

    @Test
    void groupNamesAreWhatJakartaSecuritySees() {
        assertThat(List.of(Group.values())).extracting(Group::groupName)
                .containsExactly("learner", "ppg", "manager", "assessor", "admin");
    }
}
