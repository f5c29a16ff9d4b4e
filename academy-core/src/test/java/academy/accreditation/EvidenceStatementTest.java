package academy.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import academy.accreditation.scheme.CriterionSource;
import academy.catalogue.Area;
import academy.practice.JoinCode;
import academy.practice.OdsCode;
import academy.practice.Practice;
import academy.practice.PracticeDetails;

import academy.shared.InvalidRequestException;

class EvidenceStatementTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Practice PRACTICE = new Practice(OdsCode.of("Y09902"), new PracticeDetails("Test Surgery",
            "Test PCN", "1 Test Street"), JoinCode.generate(new SecureRandom()), NOW);
    private static final Criterion WIFI = Criterion.of(1, new CriterionSource("wifi-survey", 1, Area.INFRASTRUCTURE,
            "Reliable wifi", "", CriterionKind.EVIDENCE, 0, Set.of(), List.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.of("A wifi survey."), List.of(), List.of()));

    @Test
    void aNewStatementSupersedesTheLatestWhichStays() {
        EvidenceStatement first = EvidenceStatement.first(PRACTICE, WIFI, "We surveyed every room in May.",
                "https://example.org/may", Optional.of(3L), NOW);

        EvidenceStatement second = first.supersede(WIFI, "We surveyed every room again in October.",
                "https://example.org/october", Optional.of(3L), NOW.plusSeconds(60));

        assertThat(first.isLatest()).isFalse();
        assertThat(first.link()).isEqualTo("https://example.org/may");
        assertThat(second.isLatest()).isTrue();
        assertThat(second.revision()).isEqualTo(2);
        assertThatThrownBy(() -> first.supersede(WIFI, "Once more, with feeling and detail.", "https://example.org/x",
                Optional.empty(), NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRefusedStatementLeavesTheLatestAsItWas() {
        EvidenceStatement first = EvidenceStatement.first(PRACTICE, WIFI, "We surveyed every room in May.",
                "https://example.org/may", Optional.empty(), NOW);

        assertThatThrownBy(() -> first.supersede(WIFI, "A new survey of every room.", "javascript:alert(1)",
                Optional.empty(), NOW)).isInstanceOf(InvalidRequestException.class);
        assertThat(first.isLatest()).isTrue();
    }

    @Test
    void criteriaCheckedFromRecordsTakeNoStatement() {
        Criterion sessions = Criterion.of(2, new CriterionSource("sessions", 1, Area.PATIENT_UPSKILLING, "Sessions", "",
                CriterionKind.SESSIONS, 2, Set.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of()));

        assertThatThrownBy(() -> EvidenceStatement.first(PRACTICE, sessions, "We held two sessions this year.",
                "https://example.org/sessions", Optional.empty(), NOW)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("checked from the practice's records");
    }

    @Test
    void aStatementNeedsASentenceOrTwo() {
        assertThatThrownBy(() -> EvidenceStatement.requireStatement("  done  ")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("at least 20 characters");
        assertThatThrownBy(() -> EvidenceStatement.requireStatement("x".repeat(4001)))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(EvidenceStatement.requireStatement("  We surveyed every room in September.  "))
                .isEqualTo("We surveyed every room in September.");
    }

    @Test
    void onlyWebAddressesAreTakenAsLinks() {
        assertThat(EvidenceStatement.requireLink(" https://example.org/wifi-survey.pdf ")).isEqualTo("https://example.org/wifi-survey.pdf");
        assertThat(EvidenceStatement.requireLink("http://intranet.example/policy")).isEqualTo("http://intranet.example/policy");
        for (String bad : new String[] {"", "javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x", "https://",
                "not a link at all", "https://example.org/" + "x".repeat(1000)}) {
            assertThatThrownBy(() -> EvidenceStatement.requireLink(bad)).as(bad).isInstanceOf(InvalidRequestException.class);
        }
    }
}
