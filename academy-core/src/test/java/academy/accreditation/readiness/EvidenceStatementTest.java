package academy.accreditation.readiness;

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
import academy.evidence.EvidenceType;
import academy.evidence.StoredFile;
import academy.evidence.StoredFiles;
import academy.practice.JoinCode;
import academy.practice.OdsCode;
import academy.practice.Practice;
import academy.practice.PracticeDetails;

import academy.accreditation.scheme.Criterion;
import academy.accreditation.scheme.CriterionKind;
import academy.shared.InvalidRequestException;
import academy.shared.TestIds;

class EvidenceStatementTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final long PRACTICE_ID = 7;
    private static final Practice PRACTICE = TestIds.withId(new Practice(OdsCode.of("Y09902"), new PracticeDetails("Test Surgery",
            "Test PCN", "1 Test Street"), JoinCode.generate(new SecureRandom()), NOW), PRACTICE_ID);
    private static final StoredFile SURVEY_PDF = StoredFiles.stored(51, PRACTICE_ID, "wifi-survey.pdf", EvidenceType.PDF);
    private static final Criterion WIFI = Criterion.of(1, new CriterionSource("wifi-survey", 1, Area.INFRASTRUCTURE,
            "Reliable wifi", "", CriterionKind.EVIDENCE, 0, Set.of(), List.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.of("A wifi survey."), List.of(), List.of()));

    @Test
    void aNewStatementSupersedesTheLatestWhichStays() {
        EvidenceStatement first = EvidenceStatement.first(PRACTICE, WIFI, "We surveyed every room in May.",
                "https://example.org/may", Optional.empty(), Optional.of(3L), NOW);

        EvidenceStatement second = first.supersede(WIFI, "We surveyed every room again in October.",
                "https://example.org/october", Optional.empty(), Optional.of(3L), NOW.plusSeconds(60));

        assertThat(first.isLatest()).isFalse();
        assertThat(first.link()).contains("https://example.org/may");
        assertThat(second.isLatest()).isTrue();
        assertThat(second.revision()).isEqualTo(2);
        assertThatThrownBy(() -> first.supersede(WIFI, "Once more, with feeling and detail.", "https://example.org/x",
                Optional.empty(), Optional.empty(), NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRefusedStatementLeavesTheLatestAsItWas() {
        EvidenceStatement first = EvidenceStatement.first(PRACTICE, WIFI, "We surveyed every room in May.",
                "https://example.org/may", Optional.empty(), Optional.empty(), NOW);

        assertThatThrownBy(() -> first.supersede(WIFI, "A new survey of every room.", "javascript:alert(1)",
                Optional.empty(), Optional.empty(), NOW)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> first.supersede(WIFI, "A new survey of every room.", " ", Optional.empty(),
                Optional.empty(), NOW)).isInstanceOf(InvalidRequestException.class);
        assertThat(first.isLatest()).isTrue();
    }

    @Test
    void criteriaCheckedFromRecordsTakeNoStatement() {
        Criterion sessions = Criterion.of(2, new CriterionSource("sessions", 1, Area.PATIENT_UPSKILLING, "Sessions", "",
                CriterionKind.SESSIONS, 2, Set.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of()));

        assertThatThrownBy(() -> EvidenceStatement.first(PRACTICE, sessions, "We held two sessions this year.",
                "https://example.org/sessions", Optional.empty(), Optional.empty(), NOW)).isInstanceOf(InvalidRequestException.class)
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
        for (String bad : new String[] {"javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x", "https://",
                "not a link at all", "https://example.org/" + "x".repeat(1000)}) {
            assertThatThrownBy(() -> EvidenceStatement.requireLink(bad)).as(bad).isInstanceOf(InvalidRequestException.class);
        }
    }

    @Test
    void evidenceMayBeALinkOnly() {
        EvidenceStatement linked = EvidenceStatement.first(PRACTICE, WIFI, "We surveyed every room in May.",
                " https://example.org/may ", Optional.empty(), Optional.empty(), NOW);

        assertThat(linked.link()).contains("https://example.org/may");
        assertThat(linked.file()).isEmpty();
    }

    @Test
    void evidenceMayBeAFileOnly() {
        EvidenceStatement filed = EvidenceStatement.first(PRACTICE, WIFI, "Our IT partner surveyed every room in May.",
                "", Optional.of(SURVEY_PDF), Optional.of(3L), NOW);

        assertThat(filed.link()).isEmpty();
        assertThat(filed.file()).containsSame(SURVEY_PDF);
        assertThat(filed.statement()).isEqualTo("Our IT partner surveyed every room in May.");
    }

    @Test
    void evidenceMayBeALinkAndAFile() {
        EvidenceStatement first = EvidenceStatement.first(PRACTICE, WIFI, "We surveyed every room in May.",
                "https://example.org/may", Optional.empty(), Optional.empty(), NOW);

        EvidenceStatement both = first.supersede(WIFI, "The survey, and the report of the upstairs rooms.",
                "https://example.org/upstairs", Optional.of(SURVEY_PDF), Optional.of(3L), NOW.plusSeconds(60));

        assertThat(both.link()).contains("https://example.org/upstairs");
        assertThat(both.file()).containsSame(SURVEY_PDF);
        assertThat(both.revision()).isEqualTo(2);
    }

    @Test
    void evidenceWithNeitherALinkNorAFileIsRefusedWithAPlainMessage() {
        for (String noLink : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> EvidenceStatement.first(PRACTICE, WIFI, "We surveyed every room in May.", noLink,
                    Optional.empty(), Optional.empty(), NOW)).as("link %s", noLink)
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessage("Please give a link to where the evidence can be seen, or upload a file of it.");
        }
    }

    @Test
    void theChecksBeforeAnUploadAreTheEntitysOwn() {
        assertThat(EvidenceStatement.requireAcceptable(WIFI, "We surveyed every room in May.", "", true)).isEmpty();
        assertThat(EvidenceStatement.requireAcceptable(WIFI, "We surveyed every room in May.", " https://example.org/a ",
                false)).contains("https://example.org/a");
        assertThatThrownBy(() -> EvidenceStatement.requireAcceptable(WIFI, "Too short", "", true))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("at least 20 characters");
        assertThatThrownBy(() -> EvidenceStatement.requireAcceptable(WIFI, "We surveyed every room in May.", "", false))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("or upload a file");
        assertThatThrownBy(() -> EvidenceStatement.requireAcceptable(WIFI, "We surveyed every room in May.",
                "javascript:alert(1)", true)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aFileOfAnotherPracticeIsNeverEvidenceOfThisOne() {
        StoredFile theirs = StoredFiles.stored(52, PRACTICE_ID + 1, "theirs.pdf", EvidenceType.PDF);

        assertThatThrownBy(() -> EvidenceStatement.first(PRACTICE, WIFI, "We surveyed every room in May.", "",
                Optional.of(theirs), Optional.empty(), NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
