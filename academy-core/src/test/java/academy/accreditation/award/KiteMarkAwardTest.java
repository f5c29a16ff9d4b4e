package academy.accreditation.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import academy.accreditation.award.KiteMarkAward.ConditionTerms;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;

class KiteMarkAwardTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");
    private static final AwardSerial SERIAL = AwardSerial.of(2026, 7);

    private final AwardFixture fixture = new AwardFixture(NOW);
    private final Person assessor = fixture.assessor;
    private final Person other = fixture.other;
    private final KiteMarkApplication application = fixture.application;

    @Test
    void anAwardIsValidForTheConfiguredMonthsBothEndsIncluded() {
        KiteMarkAward award = award(DecisionOutcome.AWARD, List.of());

        assertThat(award.validFrom()).isEqualTo(TODAY);
        assertThat(award.validUntil()).isEqualTo(LocalDate.parse("2028-11-19"));
        assertThat(award.serial().value()).isEqualTo("KM-2026-000007");
        assertThat(award.levelTitle()).isEqualTo("Foundation");
        assertThat(award.assessorName()).isEqualTo("Alex Assessor");
        assertThat(award.status(LocalDate.parse("2028-11-19"), 90)).isEqualTo(AwardStatus.RENEWAL_DUE);
        assertThat(award.status(LocalDate.parse("2028-11-20"), 0)).isEqualTo(AwardStatus.LAPSED);
    }

    @Test
    void renewalFallsDueWhenTheWindowBeforeExpiryOpens() {
        KiteMarkAward award = award(DecisionOutcome.AWARD, List.of());

        assertThat(award.renewalWindowOpens(90)).isEqualTo(LocalDate.parse("2028-08-21"));
        assertThat(award.status(LocalDate.parse("2028-08-20"), 90)).isEqualTo(AwardStatus.CURRENT);
        assertThat(award.status(LocalDate.parse("2028-08-21"), 90)).isEqualTo(AwardStatus.RENEWAL_DUE);
    }

    @Test
    void anAwardLapsesOnceAfterItsLastValidDayAndNotBefore() {
        KiteMarkAward award = award(DecisionOutcome.AWARD, List.of());

        assertThat(award.lapseIfExpired(LocalDate.parse("2028-11-19"), NOW)).isFalse();
        assertThat(award.lapseIfExpired(LocalDate.parse("2028-11-20"), NOW)).isTrue();
        assertThat(award.lapseIfExpired(LocalDate.parse("2028-11-21"), NOW)).isFalse();
        assertThat(award.lapsedAt()).contains(NOW);
        assertThat(award.status(LocalDate.parse("2028-11-20"), 90)).isEqualTo(AwardStatus.LAPSED);
    }

    @Test
    void revokingNeedsAReasonAndHappensOnce() {
        KiteMarkAward award = award(DecisionOutcome.AWARD, List.of());

        assertThatThrownBy(() -> award.revoke("  ", assessor, TODAY, NOW)).isInstanceOf(InvalidRequestException.class);
        assertThat(award.status(TODAY, 90)).isEqualTo(AwardStatus.CURRENT);

        award.revoke(" Patient data left on an open screen. ", assessor, TODAY, NOW);

        assertThat(award.status(TODAY, 90)).isEqualTo(AwardStatus.REVOKED);
        assertThat(award.revocationReason()).contains("Patient data left on an open screen.");
        assertThatThrownBy(() -> award.revoke("Again", assessor, TODAY, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("revoked already");
        award.reinstate();
        assertThat(award.status(TODAY, 90)).isEqualTo(AwardStatus.CURRENT);
    }

    @Test
    void aLapsedAwardCannotBeRevoked() {
        KiteMarkAward award = award(DecisionOutcome.AWARD, List.of());

        assertThatThrownBy(() -> award.revoke("Late", assessor, LocalDate.parse("2029-01-01"), NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("lapsed already");
    }

    @Test
    void conditionsBelongOnlyToAnAwardWithConditionsAndFallWithinItsValidity() {
        ConditionTerms survey = new ConditionTerms("Repeat the wifi survey in the new wing", TODAY.plusMonths(3));

        assertThatThrownBy(() -> award(DecisionOutcome.AWARD, List.of(survey))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> award(DecisionOutcome.AWARD_WITH_CONDITIONS, List.of()))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> award(DecisionOutcome.AWARD_WITH_CONDITIONS,
                List.of(new ConditionTerms("Too late", TODAY.plusYears(3))))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> award(DecisionOutcome.AWARD_WITH_CONDITIONS,
                List.of(new ConditionTerms(" ", TODAY.plusMonths(1))))).isInstanceOf(InvalidRequestException.class);

        KiteMarkAward award = award(DecisionOutcome.AWARD_WITH_CONDITIONS, List.of(survey));

        AwardCondition condition = award.conditions().get(0);
        assertThat(condition.position()).isEqualTo(1);
        assertThat(condition.status()).isEqualTo(ConditionStatus.OPEN);
        assertThat(condition.missIfOverdue(TODAY.plusMonths(3), NOW)).isFalse();
        assertThat(condition.missIfOverdue(TODAY.plusMonths(3).plusDays(1), NOW)).isTrue();
        assertThat(condition.status()).isEqualTo(ConditionStatus.MISSED);
        assertThatThrownBy(() -> condition.close(ConditionStatus.MET, "Done late", assessor, NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aConditionIsClosedAsMetWithANote() {
        KiteMarkAward award = award(DecisionOutcome.AWARD_WITH_CONDITIONS,
                List.of(new ConditionTerms("Publish the social media policy", TODAY.plusMonths(2))));
        AwardCondition condition = award.conditions().get(0);

        assertThatThrownBy(() -> condition.close(ConditionStatus.MET, "", assessor, NOW)).isInstanceOf(InvalidRequestException.class);
        condition.close(ConditionStatus.MET, "Policy on the website since March.", assessor, NOW);

        assertThat(condition.status()).isEqualTo(ConditionStatus.MET);
        assertThat(condition.closingNote()).contains("Policy on the website since March.");
        assertThat(condition.missIfOverdue(TODAY.plusYears(1), NOW)).isFalse();
    }

    @Test
    void remindersAreRememberedSoNoneGoesTwice() {
        KiteMarkAward award = award(DecisionOutcome.AWARD, List.of());

        assertThat(award.reminderSent(90)).isFalse();
        award.recordReminder(90);
        award.recordReminder(90);
        award.recordReminder(30);

        assertThat(award.reminderSent(90)).isTrue();
        assertThat(award.reminderSent(30)).isTrue();
        assertThat(award.reminderSent(7)).isFalse();
    }

    @Test
    void theApplicationMovesThroughAssessmentAndClosesOnce() {
        assertThatThrownBy(application::awaitMoreEvidence).isInstanceOf(ConflictException.class)
                .hasMessageContaining("No assessor");
        application.assignTo(assessor, NOW);
        assertThat(application.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        application.awaitMoreEvidence();
        assertThat(application.status()).isEqualTo(ApplicationStatus.MORE_EVIDENCE_REQUESTED);
        application.resumeReview();
        assertThatThrownBy(() -> application.awaitModeration(assessor)).isInstanceOf(ConflictException.class);
        application.awaitModeration(other);
        assertThat(application.moderator()).contains(other);

        application.close(DecisionOutcome.REFUSE, NOW);

        assertThat(application.status()).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(application.status().isOpen()).isFalse();
        assertThatThrownBy(() -> application.assignTo(other, NOW)).isInstanceOf(ConflictException.class);
        application.reopenForAppeal(other, NOW);
        assertThat(application.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(application.assessor()).contains(other);
    }

    @Test
    void serialsReadAsTyped() {
        assertThat(AwardSerial.parse(" km-2026-000123 ")).contains(AwardSerial.of(2026, 123));
        assertThat(AwardSerial.parse("KM-26-1")).isEmpty();
        assertThat(AwardSerial.parse("KM-2026-00012'")).isEmpty();
        assertThat(AwardSerial.parse(null)).isEmpty();
    }

    private KiteMarkAward award(DecisionOutcome outcome, List<ConditionTerms> conditions) {
        AssessmentDecision decision = new AssessmentDecision(application, outcome, "All criteria met.", assessor,
                DecidedAs.ASSESSOR, NOW);
        return KiteMarkAward.grant(SERIAL, application, decision, TODAY, KiteMarkAward.DEFAULT_VALIDITY_MONTHS, conditions, NOW);
    }
}
