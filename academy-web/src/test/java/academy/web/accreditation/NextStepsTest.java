package academy.web.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import academy.accreditation.readiness.CriterionReadiness;
import academy.accreditation.readiness.CriterionStatus;
import academy.accreditation.readiness.LevelReadiness;
import academy.accreditation.readiness.PracticeReadiness;
import academy.accreditation.scheme.Criterion;
import academy.accreditation.scheme.CriterionKind;
import academy.accreditation.scheme.CriterionSource;
import academy.accreditation.scheme.LevelSource;
import academy.accreditation.scheme.SchemeLevel;
import academy.catalogue.Area;

class NextStepsTest {

    private static final SchemeLevel FOUNDATION = SchemeLevel.of(new LevelSource("foundation", 1, "Foundation", ""));
    private static final SchemeLevel ESTABLISHED = SchemeLevel.of(new LevelSource("established", 2, "Established", ""));

    @Test
    void aLevelWhoseRecordsCriteriaAreMetMayBeAppliedForAndSaysNothingAgainstIt() {
        LevelReadiness foundation = level(FOUNDATION, judged("data-security", 1, CriterionKind.TRAINING_COVERAGE, CriterionStatus.MET),
                judged("wifi-survey", 1, CriterionKind.EVIDENCE, CriterionStatus.AWAITING_EVIDENCE));

        assertThat(NextSteps.mayApply(foundation, Optional.empty())).isTrue();
        assertThat(NextSteps.whyNotApply(foundation, Optional.empty())).isEmpty();
    }

    @Test
    void aLevelWithUnmetRecordsCriteriaIsNotOfferedAndTheReasonNamesThem() {
        LevelReadiness foundation = level(FOUNDATION,
                judged("data-security", 1, CriterionKind.TRAINING_COVERAGE, CriterionStatus.NOT_MET),
                judged("online-access", 1, CriterionKind.METRIC_THRESHOLD, CriterionStatus.NOT_MET),
                judged("wifi-survey", 1, CriterionKind.EVIDENCE, CriterionStatus.AWAITING_EVIDENCE));

        assertThat(NextSteps.mayApply(foundation, Optional.empty())).isFalse();
        assertThat(NextSteps.whyNotApply(foundation, Optional.empty())).isEqualTo("You cannot apply yet: 2 criteria checked"
                + " from your records are not met (Title of data-security, Title of online-access).");
    }

    @Test
    void noLevelIsOfferedWhileAnApplicationIsWithTheAssessors() {
        LevelReadiness foundation = level(FOUNDATION, judged("data-security", 1, CriterionKind.TRAINING_COVERAGE, CriterionStatus.MET));

        assertThat(NextSteps.mayApply(foundation, Optional.of("Foundation"))).isFalse();
        assertThat(NextSteps.whyNotApply(foundation, Optional.of("Foundation")))
                .startsWith("You cannot apply while your application for Foundation is with the assessors.");
    }

    @Test
    void theStepsApplyForTheHighestLevelAllowedThenCloseTheGapsOfTheLowestLevelNotReadyAtMostThree() {
        CriterionReadiness security = judged("data-security", 1, CriterionKind.TRAINING_COVERAGE, CriterionStatus.MET);
        CriterionReadiness wifi = judged("wifi-survey", 1, CriterionKind.EVIDENCE, CriterionStatus.AWAITING_ASSESSOR);
        CriterionReadiness coverage = judged("coverage", 2, CriterionKind.TRAINING_COVERAGE, CriterionStatus.NOT_MET);
        CriterionReadiness plan = judged("plan", 2, CriterionKind.EVIDENCE, CriterionStatus.AWAITING_EVIDENCE);
        CriterionReadiness policy = judged("policy", 2, CriterionKind.EVIDENCE, CriterionStatus.AWAITING_EVIDENCE);
        PracticeReadiness readiness = readiness(List.of(security, wifi, coverage, plan, policy),
                level(FOUNDATION, security, wifi), level(ESTABLISHED, security, wifi, coverage, plan, policy));

        assertThat(NextSteps.of(readiness, false)).containsExactly(
                new NextSteps.Step("Apply for Foundation", "level-foundation"),
                new NextSteps.Step("Title of coverage: Gap of coverage", "criterion-coverage"),
                new NextSteps.Step("Give evidence for \u201cTitle of plan\u201d", "criterion-plan"));
        assertThat(NextSteps.of(readiness, true)).as("the open application is the next step").isEmpty();
    }

    @Test
    void aPracticeWithEverythingMetOrWithTheAssessorHasOnlyToApply() {
        CriterionReadiness security = judged("data-security", 1, CriterionKind.TRAINING_COVERAGE, CriterionStatus.MET);
        CriterionReadiness wifi = judged("wifi-survey", 1, CriterionKind.EVIDENCE, CriterionStatus.AWAITING_ASSESSOR);
        PracticeReadiness readiness = readiness(List.of(security, wifi), level(FOUNDATION, security, wifi));

        assertThat(NextSteps.of(readiness, false)).containsExactly(new NextSteps.Step("Apply for Foundation", "level-foundation"));
    }

    private static LevelReadiness level(SchemeLevel level, CriterionReadiness... criteria) {
        return new LevelReadiness(level, List.of(criteria));
    }

    private static PracticeReadiness readiness(List<CriterionReadiness> criteria, LevelReadiness... levels) {
        return new PracticeReadiness(1, "Test Surgery", "Kite mark", "1", criteria, List.of(levels));
    }

    private static CriterionReadiness judged(String slug, int levelRank, CriterionKind kind, CriterionStatus status) {
        Criterion criterion = Criterion.of(1, new CriterionSource(slug, levelRank, Area.INFRASTRUCTURE, "Title of " + slug, "",
                kind, kind == CriterionKind.EVIDENCE ? 0 : 80, Set.of(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of()));
        return new CriterionReadiness(criterion, status, "Progress of " + slug,
                status == CriterionStatus.MET ? Optional.empty() : Optional.of("Gap of " + slug), List.of(), Optional.empty());
    }
}
