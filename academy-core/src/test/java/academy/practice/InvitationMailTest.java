package academy.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvitationMailTest {

    private static final String LINK = "https://academy.example/account/invitation.xhtml?token=abc";

    @Test
    void staffAreToldTheirJobRole() {
        String body = InvitationMail.body("Pat Manager", "Riverside Surgery", "Gus Nurse", JobRole.NURSE, LINK, false);
        assertThat(body).contains("Pat Manager has invited you to join Riverside Surgery on the Academy (your role: Nurse).",
                "training modules for everyone in the practice", LINK, "You will choose a password");
    }

    @Test
    void aPpgMemberIsNeverToldAboutAJobRole() {
        String body = InvitationMail.body("Pat Manager", "Riverside Surgery", "Hal Patient", JobRole.PPG_MEMBER, LINK, true);
        assertThat(body).contains("Pat Manager has invited you to join the patient participation group of Riverside Surgery",
                LINK, "sign in first");
        assertThat(body.toLowerCase(java.util.Locale.ROOT)).doesNotContain("role", "job", JobRole.PPG_MEMBER.label().toLowerCase(java.util.Locale.ROOT));
    }
}
