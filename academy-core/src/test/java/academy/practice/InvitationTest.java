package academy.practice;

import static academy.practice.PracticeFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import academy.account.EmailAddress;
import academy.account.InvalidLinkException;
import academy.account.TokenHash;

class InvitationTest {

    private final Practice riverside = PracticeFixtures.practice("Y09001", "Riverside Medical Centre");

    private Invitation invitation() {
        return new Invitation(riverside, EmailAddress.of("Jordan.Reid@example.org"), "Jordan Reid", JobRole.RECEPTIONIST,
                Optional.of(1L), TokenHash.ofPresented("secret"), NOW, Invitation.VALIDITY);
    }

    @Test
    void anInvitationLastsSevenDaysByDefault() {
        assertThat(Invitation.VALIDITY).isEqualTo(Duration.ofDays(7));
        Invitation invitation = invitation();
        assertThat(invitation.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThat(invitation.statusAt(NOW.plus(Duration.ofDays(7)).minusSeconds(1))).isEqualTo(InvitationStatus.OPEN);
        assertThat(invitation.statusAt(NOW.plus(Duration.ofDays(7)))).isEqualTo(InvitationStatus.EXPIRED);
    }

    @Test
    void anInvitationIsAcceptedOnce() {
        Invitation invitation = invitation();
        invitation.accept(42, NOW.plusSeconds(60));
        assertThat(invitation.statusAt(NOW.plusSeconds(61))).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(invitation.acceptedBy()).contains(42L);
        assertThatThrownBy(() -> invitation.accept(43, NOW.plusSeconds(62))).isInstanceOf(InvalidLinkException.class);
    }

    @Test
    void anExpiredInvitationCannotBeAccepted() {
        Invitation invitation = invitation();
        assertThatThrownBy(() -> invitation.accept(42, NOW.plus(Duration.ofDays(8))))
                .isInstanceOf(InvalidLinkException.class).hasMessageContaining("expired");
    }

    @Test
    void aRevokedInvitationCannotBeAcceptedAndAnAcceptedOneCannotBeRevoked() {
        Invitation revoked = invitation();
        revoked.revoke(NOW.plusSeconds(1));
        assertThat(revoked.statusAt(NOW.plusSeconds(2))).isEqualTo(InvitationStatus.REVOKED);
        assertThatThrownBy(() -> revoked.accept(42, NOW.plusSeconds(2))).isInstanceOf(InvalidLinkException.class);

        Invitation accepted = invitation();
        accepted.accept(42, NOW.plusSeconds(1));
        accepted.revoke(NOW.plusSeconds(2));
        assertThat(accepted.statusAt(NOW.plusSeconds(3))).isEqualTo(InvitationStatus.ACCEPTED);
    }

    @Test
    void theAddressIsKeptAsTypedAndMatchedWithoutCase() {
        assertThat(invitation().email().value()).isEqualTo("Jordan.Reid@example.org");
        assertThat(invitation().email()).isEqualTo(EmailAddress.of("jordan.reid@example.org"));
    }
}
