package academy.learning;

import static academy.learning.LearningFixtures.NOW;
import static academy.learning.LearningFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import academy.catalogue.Module;
import academy.catalogue.ModuleVersion;
import academy.catalogue.Question;
import academy.practice.JobRole;
import academy.practice.Membership;
import academy.practice.Practice;
import academy.shared.AccessDeniedException;
import academy.shared.InvalidRequestException;

class EnrolmentAndAttemptTest {

    private final Module module = new Module("online-access-registration");
    // Question 1: single answer (option 1); question 2: multi-answer (options 0 and 2).
    private final ModuleVersion version = LearningFixtures.version(module, 50,
            List.of(question("Q1", 3, 1), question("Q2", 4, 0, 2)));
    private final Enrolment enrolment = new Enrolment(LearningFixtures.person("Sam Patel"), module, NOW);

    @Test
    void lessonsReadAreRememberedPerVersionOnce() {
        assertThat(enrolment.hasReadAll(version)).isFalse();
        assertThat(enrolment.read(version, 1, NOW)).isTrue();
        assertThat(enrolment.read(version, 1, NOW.plusSeconds(5))).isFalse();
        assertThat(enrolment.lessonsRead()).singleElement().satisfies(r -> assertThat(r.readAt()).isEqualTo(NOW));
        enrolment.read(version, 2, NOW);
        assertThat(enrolment.hasReadAll(version)).isTrue();
        ModuleVersion next = LearningFixtures.version(module, 2, 2, 50, Optional.empty(), false, true,
                List.of(question("Q1", 2, 0)));
        assertThat(enrolment.hasReadAll(next)).isFalse();
    }

    @Test
    void aLessonThatDoesNotExistIsRejected() {
        assertThatThrownBy(() -> enrolment.read(version, 3, NOW)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> enrolment.read(version, 0, NOW)).isInstanceOf(InvalidRequestException.class);
        ModuleVersion other = LearningFixtures.version(new Module("other"), 50, List.of(question("Q", 2, 0)));
        assertThatThrownBy(() -> enrolment.read(other, 1, NOW)).isInstanceOf(InvalidRequestException.class);
    }

    private QuizAttempt attempt(long seed) {
        return new QuizAttempt(enrolment, version, List.of(3, 4), seed, true, NOW);
    }

    /** The shown positions of the authored option indices, for this attempt's question. */
    private static Set<Integer> positionsOf(QuizAttempt attempt, int questionNumber, Integer... authored) {
        List<Integer> order = attempt.items().stream().filter(i -> i.questionNumber() == questionNumber)
                .findFirst().orElseThrow().optionOrder();
        return Set.of(authored).stream().map(order::indexOf).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void anAttemptStoresItsLayoutAndScoresWhatWasClickedThroughIt() {
        QuizAttempt attempt = attempt(2026L);
        assertThat(attempt.items()).extracting(AttemptItem::questionNumber).containsExactlyInAnyOrder(1, 2);
        assertThat(attempt(2026L).items()).isEqualTo(attempt.items());
        List<Question> questions = version.questions();
        boolean first = attempt.submit(questions, Map.of(1, positionsOf(attempt, 1, 1), 2, positionsOf(attempt, 2, 0, 2)),
                NOW.plusSeconds(60));
        assertThat(first).isTrue();
        assertThat(attempt.score()).contains(100);
        assertThat(attempt.isPassed()).isTrue();
        assertThat(attempt.items()).allSatisfy(i -> assertThat(i.correct()).contains(true));
    }

    @Test
    void anAttemptIsSubmittedOnceAndARepeatChangesNothing() {
        QuizAttempt attempt = attempt(1L);
        attempt.submit(version.questions(), Map.of(1, positionsOf(attempt, 1, 1)), NOW.plusSeconds(60));
        assertThat(attempt.score()).contains(50);
        assertThat(attempt.isPassed()).isTrue();
        boolean again = attempt.submit(version.questions(), Map.of(), NOW.plusSeconds(120));
        assertThat(again).isFalse();
        assertThat(attempt.score()).contains(50);
        assertThat(attempt.submittedAt()).contains(NOW.plusSeconds(60));
    }

    @Test
    void answersToQuestionsOrOptionsNotShownAreRejected() {
        QuizAttempt attempt = attempt(3L);
        assertThatThrownBy(() -> attempt.submit(version.questions(), Map.of(9, Set.of(0)), NOW))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> attempt.submit(version.questions(), Map.of(1, Set.of(3)), NOW))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(attempt.isSubmitted()).isFalse();
    }

    @Test
    void aCompletionIsCreditedToTheStaffPracticeOrForPpgModulesToThePpgPractice() {
        Practice riverside = LearningFixtures.practice("Y09001", "Riverside Medical Centre");
        Practice hawthorn = LearningFixtures.practice("Y09002", "Hawthorn Surgery");
        var sam = LearningFixtures.person("Sam Patel");
        Learner learner = new Learner(1L, List.of(
                Membership.invited(sam, riverside, JobRole.RECEPTIONIST, NOW),
                Membership.invited(sam, hawthorn, JobRole.PPG_MEMBER, NOW)));
        assertThat(learner.practiceFor(academy.catalogue.Audience.STAFF)).isSameAs(riverside);
        assertThat(learner.practiceFor(academy.catalogue.Audience.PPG)).isSameAs(hawthorn);
        assertThat(learner.roles()).containsExactlyInAnyOrder(JobRole.RECEPTIONIST, JobRole.PPG_MEMBER);
    }

    @Test
    void someoneWithoutAnActiveMembershipIsNotALearner() {
        var sam = LearningFixtures.person("Sam Patel");
        Membership ended = Membership.invited(sam, LearningFixtures.practice("Y09001", "Riverside"), JobRole.GP, NOW);
        ended.end(NOW.plusSeconds(1));
        assertThatThrownBy(() -> new Learner(1L, List.of(ended)).requireMember())
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theEnrolmentKeepsTheNewestCompletionAsItsLatest() {
        Practice riverside = LearningFixtures.practice("Y09001", "Riverside Medical Centre");
        ModuleVersion faceToFace = LearningFixtures.version(module, 1, 2, 50, Optional.of(12), true, false,
                List.of(question("Q1", 2, 0)));
        Completion recent = Completion.ofFaceToFace(enrolment.person(), faceToFace, riverside, NOW, Optional.empty(), NOW);
        Completion backDated = Completion.ofFaceToFace(enrolment.person(), faceToFace, riverside, NOW.minusSeconds(86_400),
                Optional.empty(), NOW);
        enrolment.recordCompletion(recent);
        enrolment.recordCompletion(backDated);
        assertThat(enrolment.latestCompletion()).containsSame(recent);
    }
}
