package academy.accreditation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import academy.accreditation.readiness.CriterionStatus;
import academy.accreditation.readiness.LevelReadiness;
import academy.accreditation.readiness.PracticeReadiness;
import academy.accreditation.readiness.ReadinessFacts;
import academy.accreditation.readiness.ReadinessRules;
import academy.accreditation.scheme.LevelSource;
import academy.accreditation.scheme.SchemeVersion;
import academy.accreditation.scheme.TestScheme;
import academy.practice.JobRole;
import academy.practice.Practice;
import academy.shared.ConflictException;

class KiteMarkApplicationTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final ReadinessRules RULES = TestScheme.RULES;

    private final Practice practice = TestScheme.practice(NOW);
    private final SchemeVersion scheme = TestScheme.scheme(List.of(new LevelSource("foundation", 1, "Foundation", "First.")), NOW);

    @Test
    void aPracticeCannotApplyWhileACriterionCheckedFromItsRecordsIsNotMetAndIsToldWhatIsMissing() {
        ReadinessFacts facts = new ReadinessFacts.Builder().members(JobRole.RECEPTIONIST, 10)
                .holders(JobRole.RECEPTIONIST, "data-security-and-protection", 7).build();
        LevelReadiness foundation = foundation(facts);

        assertThatThrownBy(() -> KiteMarkApplication.submit(practice, scheme, foundation, Optional.of(3L), NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessage("You cannot apply for Foundation yet: 1 criterion checked from your records is not met."
                        + " \u201cStaff keep data safe\u201d: 1 more receptionist needs \u201cData security\u201d.");
    }

    @Test
    void applyingFreezesEveryCriterionOfTheLevelAsItStandsEvidenceIncluded() {
        ReadinessFacts facts = new ReadinessFacts.Builder().members(JobRole.RECEPTIONIST, 10)
                .holders(JobRole.RECEPTIONIST, "data-security-and-protection", 8)
                .evidence("wifi-survey", ReadinessFacts.Evidence.linked("We surveyed every room.", "https://example.org/s", NOW))
                .build();

        KiteMarkApplication application = KiteMarkApplication.submit(practice, scheme, foundation(facts), Optional.of(3L), NOW);

        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.levelTitle()).isEqualTo("Foundation");
        assertThat(application.submittedAt()).isEqualTo(NOW);
        assertThat(application.criteria()).extracting(FrozenCriterion::criterionSlug).containsExactly("data-security", "wifi-survey");
        assertThat(application.criteria().get(0).status()).isEqualTo(CriterionStatus.MET);
        assertThat(application.criteria().get(0).progress()).startsWith("8 of 10 receptionists");
        FrozenCriterion wifi = application.criteria().get(1);
        assertThat(wifi.status()).isEqualTo(CriterionStatus.AWAITING_ASSESSOR);
        assertThat(wifi.evidence()).hasValueSatisfying(e -> {
            assertThat(e.link()).contains("https://example.org/s");
            assertThat(e.file()).isEmpty();
        });
    }

    @Test
    void applyingFreezesTheEvidenceFileByIdAndName() {
        ReadinessFacts facts = new ReadinessFacts.Builder().members(JobRole.RECEPTIONIST, 5)
                .holders(JobRole.RECEPTIONIST, "data-security-and-protection", 5)
                .evidence("wifi-survey", new ReadinessFacts.Evidence("Our IT partner surveyed every room.", Optional.empty(),
                        Optional.of(new ReadinessFacts.EvidenceFile(51L, "wifi-survey-may.pdf")), NOW))
                .build();

        FrozenCriterion wifi = KiteMarkApplication.submit(practice, scheme, foundation(facts), Optional.of(3L), NOW)
                .criteria().get(1);

        assertThat(wifi.evidence()).hasValueSatisfying(e -> {
            assertThat(e.statement()).isEqualTo("Our IT partner surveyed every room.");
            assertThat(e.link()).isEmpty();
            assertThat(e.file()).contains(new ReadinessFacts.EvidenceFile(51L, "wifi-survey-may.pdf"));
            assertThat(e.submittedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void evidenceStillAwaitedDoesNotStopAnApplication() {
        ReadinessFacts facts = new ReadinessFacts.Builder().members(JobRole.RECEPTIONIST, 5)
                .holders(JobRole.RECEPTIONIST, "data-security-and-protection", 5).build();

        KiteMarkApplication application = KiteMarkApplication.submit(practice, scheme, foundation(facts), Optional.empty(), NOW);

        assertThat(application.criteria().get(1).status()).isEqualTo(CriterionStatus.AWAITING_EVIDENCE);
        assertThat(application.criteria().get(1).evidence()).isEmpty();
    }

    private LevelReadiness foundation(ReadinessFacts facts) {
        return PracticeReadiness.of(1L, "Test Surgery", scheme, facts, RULES).levels().get(0);
    }
}
