package academy.accreditation.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import academy.account.EmailAddress;
import academy.account.Person;
import academy.accreditation.application.DecisionOutcome;
import academy.accreditation.application.KiteMarkApplication;
import academy.accreditation.award.KiteMarkAward.ConditionTerms;
import academy.accreditation.readiness.PracticeReadiness;
import academy.accreditation.readiness.ReadinessFacts;
import academy.accreditation.readiness.ReadinessRules;
import academy.accreditation.scheme.LevelSource;
import academy.accreditation.scheme.SchemeVersion;
import academy.accreditation.scheme.TestScheme;
import academy.practice.JobRole;
import academy.practice.Practice;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;

class DecisionRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");
    private static final ReadinessRules RULES = TestScheme.RULES;

    private final Practice practice = TestScheme.practice(NOW);
    private final SchemeVersion scheme = TestScheme.scheme(List.of(new LevelSource("foundation", 1, "Foundation", "First."),
            new LevelSource("exemplar", 2, "Exemplar", "Top.")), NOW);
    private final Person assessor = Person.awaitingSetUp("Ann Assessor", EmailAddress.of("ann@example.org"), NOW);

    @Test
    void anAwardNeedsEveryCriterionThatWasNotMetWhenFrozenAcceptedByTheAssessor() {
        KiteMarkApplication application = inReview(0);

        assertThatThrownBy(() -> DecisionRules.check(application, DecisionOutcome.AWARD, List.of(), Map.of(), TODAY, 24))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Accept every criterion that needs your judgement before awarding. Not accepted yet: \u201cReliable wifi\u201d.");
        assertThatThrownBy(() -> DecisionRules.check(application, DecisionOutcome.AWARD, List.of(),
                Map.of("wifi-survey", ReviewVerdict.ANSWERED), TODAY, 24)).isInstanceOf(ConflictException.class);
        assertThatCode(() -> DecisionRules.check(application, DecisionOutcome.AWARD, List.of(),
                Map.of("wifi-survey", ReviewVerdict.ACCEPTED), TODAY, 24)).doesNotThrowAnyException();
    }

    @Test
    void deferringAndRefusingNeedNoAcceptedCriteriaButTakeNoConditions() {
        KiteMarkApplication application = inReview(0);

        assertThatCode(() -> DecisionRules.check(application, DecisionOutcome.REFUSE, List.of(), Map.of(), TODAY, 24))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> DecisionRules.check(application, DecisionOutcome.DEFER,
                List.of(new ConditionTerms("Do more", TODAY.plusDays(30))), Map.of(), TODAY, 24))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("only with \u201cAward with conditions\u201d");
    }

    @Test
    void conditionsNeedADescriptionAndADeadlineAfterTodayWhileTheAwardIsValid() {
        assertThatThrownBy(() -> DecisionRules.checkConditions(DecisionOutcome.AWARD_WITH_CONDITIONS, List.of(), TODAY, 24))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("at least one condition");
        assertThatThrownBy(() -> DecisionRules.checkConditions(DecisionOutcome.AWARD_WITH_CONDITIONS,
                List.of(new ConditionTerms(" ", TODAY.plusDays(30))), TODAY, 24))
                .isInstanceOf(InvalidRequestException.class).hasMessage("Describe each condition: what the practice must do.");
        assertThatThrownBy(() -> DecisionRules.checkConditions(DecisionOutcome.AWARD_WITH_CONDITIONS,
                List.of(new ConditionTerms("Survey again", TODAY)), TODAY, 24))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("after today and no later than 2028-11-19");
        assertThatThrownBy(() -> DecisionRules.checkConditions(DecisionOutcome.AWARD_WITH_CONDITIONS,
                List.of(new ConditionTerms("Survey again", LocalDate.parse("2028-11-20"))), TODAY, 24))
                .isInstanceOf(InvalidRequestException.class);
        assertThatCode(() -> DecisionRules.checkConditions(DecisionOutcome.AWARD_WITH_CONDITIONS,
                List.of(new ConditionTerms("Survey again", TODAY.plusDays(1)),
                        new ConditionTerms("Train the last receptionist", LocalDate.parse("2028-11-19"))), TODAY, 24))
                .doesNotThrowAnyException();
    }

    @Test
    void nothingIsDecidedWhileThePracticeOwesAnAnswerOrBeforeAnAssessorHasIt() {
        KiteMarkApplication waiting = inReview(0);
        waiting.awaitMoreEvidence();
        KiteMarkApplication submitted = application(0);

        assertThatThrownBy(() -> DecisionRules.check(waiting, DecisionOutcome.REFUSE, List.of(), Map.of(), TODAY, 24))
                .isInstanceOf(ConflictException.class).hasMessageContaining("has not answered every request");
        assertThatThrownBy(() -> DecisionRules.check(submitted, DecisionOutcome.REFUSE, List.of(), Map.of(), TODAY, 24))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cannot be decided now");
        assertThatThrownBy(() -> DecisionRules.check(waiting, null, List.of(), Map.of(), TODAY, 24))
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("Choose a decision");
    }

    @Test
    void onlyTheSchemesHighestLevelIsModerated() {
        assertThat(DecisionRules.isTopLevel(application(0))).isFalse();
        assertThat(DecisionRules.isTopLevel(application(1))).isTrue();
    }

    @Test
    void aCriterionReviewMovesFromRequestToAnswerToAcceptanceAndNeverAcceptsAnUnansweredRequest() {
        KiteMarkApplication application = inReview(0);
        CriterionReview review = CriterionReview.evidenceRequested(application, "wifi-survey", assessor, NOW);

        assertThatThrownBy(() -> review.accept(assessor, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> review.requestEvidence(assessor, NOW)).isInstanceOf(ConflictException.class);
        review.answer(NOW);
        assertThat(review.verdict()).isEqualTo(ReviewVerdict.ANSWERED);
        assertThatThrownBy(() -> review.answer(NOW)).isInstanceOf(ConflictException.class);
        review.accept(assessor, NOW);
        assertThat(review.verdict()).isEqualTo(ReviewVerdict.ACCEPTED);
    }

    private KiteMarkApplication inReview(int level) {
        KiteMarkApplication application = application(level);
        application.assignTo(assessor, NOW);
        return application;
    }

    private KiteMarkApplication application(int level) {
        ReadinessFacts facts = new ReadinessFacts.Builder().members(JobRole.RECEPTIONIST, 10)
                .holders(JobRole.RECEPTIONIST, "data-security-and-protection", 9).build();
        return KiteMarkApplication.submit(practice, scheme, PracticeReadiness.of(1L, "Test Surgery", scheme, facts, RULES)
                .levels().get(level), Optional.empty(), NOW);
    }
}
