package academy.accreditation.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import academy.account.Person;
import academy.accreditation.application.ApplicationStatus;
import academy.accreditation.application.AssessmentDecision;
import academy.accreditation.application.DecidedAs;
import academy.accreditation.application.DecisionOutcome;
import academy.accreditation.application.KiteMarkApplication;
import academy.accreditation.award.AwardFixture;
import academy.accreditation.award.AwardSerial;
import academy.accreditation.award.KiteMarkAward;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;

class AppealTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");
    private static final AwardSerial SERIAL = AwardSerial.of(2026, 7);

    private final AwardFixture fixture = new AwardFixture(NOW);
    private final Person assessor = fixture.assessor;
    private final Person other = fixture.other;
    private final KiteMarkApplication application = fixture.application;

    @Test
    void aRevocationIsAppealedWithinThirtyDaysAndALateAppealChangesNothing() {
        KiteMarkAward award = award();
        award.revoke("Evidence was found to be false.", assessor, TODAY, NOW);

        assertThatThrownBy(() -> Appeal.againstRevocation(award, "We disagree.", 1L, NOW.plus(Duration.ofDays(31))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("20 December 2026");
        Appeal appeal = Appeal.againstRevocation(award, "  We disagree.  ", 1L, NOW.plus(Duration.ofDays(30)));

        assertThat(appeal.status()).isEqualTo(AppealStatus.LODGED);
        assertThat(appeal.grounds()).isEqualTo("We disagree.");
        assertThat(appeal.decidedBy()).isSameAs(assessor);
    }

    @Test
    void groundsAreRequiredAndOnlyARevokedAwardOrARefusedApplicationCanBeAppealed() {
        KiteMarkAward award = award();
        assertThatThrownBy(() -> Appeal.againstRevocation(award, "Why?", 1L, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Appeal.againstRefusal(application, assessor, "Why?", 1L, NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("refused");
        award.revoke("Reason.", assessor, TODAY, NOW);
        assertThatThrownBy(() -> Appeal.againstRevocation(award, "  ", 1L, NOW)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void theAssessorWhoDecidedCannotHearTheAppealAndOnlyTheAppealAssessorDecides() {
        KiteMarkAward award = award();
        award.revoke("Reason.", assessor, TODAY, NOW);
        Appeal appeal = Appeal.againstRevocation(award, "We disagree.", 1L, NOW);

        assertThatThrownBy(() -> appeal.assignTo(assessor, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("took the decision");
        appeal.assignTo(other, NOW);
        assertThat(appeal.status()).isEqualTo(AppealStatus.ASSIGNED);
        assertThatThrownBy(() -> appeal.decide(true, "Fine.", assessor, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> appeal.decide(true, " ", other, NOW)).isInstanceOf(InvalidRequestException.class);

        appeal.decide(false, "The evidence was false.", other, NOW);
        assertThat(appeal.status()).isEqualTo(AppealStatus.DISMISSED);
        assertThat(appeal.outcomeReasons()).contains("The evidence was false.");
        assertThatThrownBy(() -> appeal.decide(true, "Changed my mind.", other, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aRefusalIsAppealedFromTheDayTheApplicationClosed() {
        application.assignTo(assessor, NOW);
        application.close(DecisionOutcome.REFUSE, NOW);
        Appeal appeal = Appeal.againstRefusal(application, assessor, "The wifi survey was attached.", 1L, NOW.plus(Duration.ofDays(2)));

        assertThat(appeal.kind()).isEqualTo(AppealKind.REFUSAL);
        assertThat(appeal.application()).contains(application);
        appeal.assignTo(other, NOW);
        appeal.decide(true, "The survey meets the criterion.", other, NOW);
        application.reopenForAppeal(other, NOW);
        assertThat(application.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(application.assessor()).contains(other);
    }

    private KiteMarkAward award() {
        AssessmentDecision decision = new AssessmentDecision(application, DecisionOutcome.AWARD, "All criteria met.", assessor,
                DecidedAs.ASSESSOR, NOW);
        return KiteMarkAward.grant(SERIAL, application, decision, TODAY, KiteMarkAward.DEFAULT_VALIDITY_MONTHS, List.of(), NOW);
    }
}
