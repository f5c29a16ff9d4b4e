package academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import academy.shared.time.AcademyCalendar;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;

class CertificateTest {

    private static final Instant ISSUED = Instant.parse("2026-03-14T10:15:00Z");

    static CertificateSubject subject(String key) {
        CompletionCertificateData data = CertificateSamples.completion();
        return new CertificateSubject(CertificateKind.COMPLETION, key, Optional.of(7L), Optional.of(9L), Optional.of(11L),
                data.completedAt(), data.validUntil().map(AcademyCalendar::dayOf),
                new OpenBadges.Achievement("https://academy.example.org/catalogue/module.xhtml?slug=x", "CertificateOfCompletion",
                        data.moduleTitle(), "What it is about", "Pass the quiz"),
                new OpenBadges.Recipient("emailAddress", "priya@academy.example", true),
                serial -> data.content(serial, CertificateSamples.BASE_URL));
    }

    static Certificate certificate(String key, int generation, long id) {
        CertificateSubject subject = subject(key);
        Certificate certificate = new Certificate(subject, generation, subject.content().apply(CertificateSerial.random()),
                "ab".repeat(32), ISSUED);
        try {
            Field field = Certificate.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(certificate, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return certificate;
    }

    @Test
    void keepsWhatWasPrintedAndTheCredentialFacts() {
        Certificate certificate = certificate("completion:11", 1, 50);
        assertThat(certificate.fields()).extracting(CertificateField::label)
                .containsExactly("Learner", "Module", "Module version", "CPD", "Practice", "Completed on",
                        "Training valid until", "Serial number");
        assertThat(certificate.holderName()).isEqualTo("Priya Ramanathan");
        assertThat(certificate.lastValidDay()).contains(java.time.LocalDate.of(2027, 3, 14));
        assertThat(certificate.recipient().hashed()).isTrue();
        assertThat(certificate.achievement().achievementType()).isEqualTo("CertificateOfCompletion");
        assertThat(certificate.templateVersion()).isEqualTo(CertificatePipeline.TEMPLATE_VERSION);
    }

    @Test
    void statusIsValidThenExpired() {
        Certificate certificate = certificate("completion:11", 1, 50);
        assertThat(certificate.statusAt(ISSUED.plusSeconds(60))).isEqualTo(CertificateStatus.VALID);
        assertThat(certificate.statusAt(Instant.parse("2027-03-15T00:00:00Z"))).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void theLastValidDayIsValidToItsEndInTheUk() {
        // Printed "Training valid until 14 March 2027": valid all that day, not only until the time of day it was completed.
        Certificate certificate = certificate("completion:11", 1, 50);
        assertThat(certificate.statusAt(Instant.parse("2027-03-14T10:15:00Z"))).isEqualTo(CertificateStatus.VALID);
        assertThat(certificate.statusAt(Instant.parse("2027-03-14T23:59:59Z"))).isEqualTo(CertificateStatus.VALID);
        assertThat(certificate.statusAt(Instant.parse("2027-03-15T00:00:00Z"))).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(Verification.of(certificate, ISSUED).validUntil()).contains(java.time.LocalDate.of(2027, 3, 14));

        // In summer the UK day ends an hour before midnight UTC.
        CertificateSubject summer = new CertificateSubject(CertificateKind.KITE_MARK, "award:3", Optional.of(7L), Optional.empty(),
                Optional.empty(), ISSUED, Optional.of(java.time.LocalDate.of(2027, 7, 7)), subject("x").achievement(),
                subject("x").recipient(), serial -> CertificateSamples.kiteMark().content(serial, CertificateSamples.BASE_URL));
        Certificate kiteMark = new Certificate(summer, 1, summer.content().apply(CertificateSerial.random()), "cd".repeat(32), ISSUED);
        assertThat(kiteMark.statusAt(Instant.parse("2027-07-07T22:59:59Z"))).isEqualTo(CertificateStatus.VALID);
        assertThat(kiteMark.statusAt(Instant.parse("2027-07-07T23:00:00Z"))).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void revocationNeedsAReasonHappensOnceAndWinsOverEverything() {
        Certificate certificate = certificate("completion:11", 1, 50);
        assertThatThrownBy(() -> certificate.revoke("  ", "Admin", ISSUED)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> certificate.revoke("x".repeat(501), "Admin", ISSUED)).isInstanceOf(InvalidRequestException.class);
        assertThat(certificate.revokedAt()).isEmpty();
        certificate.revoke(" Issued in error ", "Admin", ISSUED.plusSeconds(5));
        assertThat(certificate.revokedReason()).contains("Issued in error");
        assertThat(certificate.statusAt(Instant.parse("2030-01-01T00:00:00Z"))).isEqualTo(CertificateStatus.REVOKED);
        assertThatThrownBy(() -> certificate.revoke("again", "Admin", ISSUED)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aNewerGenerationSupersedesOnceAndOnlyForTheSameSubject() {
        Certificate old = certificate("completion:11", 1, 50);
        Certificate other = certificate("completion:12", 2, 100);
        assertThatThrownBy(() -> old.supersedeBy(other, "Corrected", ISSUED)).isInstanceOf(IllegalArgumentException.class);
        Certificate newer = certificate("completion:11", 2, 150);
        old.supersedeBy(newer, " The learner's name was corrected ", ISSUED.plusSeconds(10));
        assertThat(old.statusAt(ISSUED.plusSeconds(20))).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(old.supersededBy()).contains(newer);
        Verification verification = Verification.of(old, ISSUED.plusSeconds(20));
        assertThat(verification.supersededBy()).contains(newer.serial());
        assertThat(verification.supersededAt()).contains(ISSUED.plusSeconds(10));
        assertThat(verification.supersededReason()).contains("The learner's name was corrected");
        assertThatThrownBy(() -> old.supersedeBy(certificate("completion:11", 3, 200), "Again", ISSUED))
                .isInstanceOf(ConflictException.class);
    }
}
