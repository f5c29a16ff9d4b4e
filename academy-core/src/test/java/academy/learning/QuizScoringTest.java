package academy.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import academy.learning.QuizScoring.AnswerKey;

class QuizScoringTest {

    private final List<AnswerKey> fiveQuestions = List.of(
            new AnswerKey(1, Set.of(0)), new AnswerKey(2, Set.of(1)), new AnswerKey(3, Set.of(2)),
            new AnswerKey(4, Set.of(0, 2)), new AnswerKey(5, Set.of(3)));

    @Test
    void allRightScoresOneHundred() {
        var score = QuizScoring.score(fiveQuestions,
                Map.of(1, Set.of(0), 2, Set.of(1), 3, Set.of(2), 4, Set.of(0, 2), 5, Set.of(3)), 80);
        assertThat(score.percent()).isEqualTo(100);
        assertThat(score.passed()).isTrue();
        assertThat(score.outcomes()).allMatch(QuizScoring.Outcome::correct);
    }

    @Test
    void exactlyAtThePassMarkPasses() {
        var score = QuizScoring.score(fiveQuestions, Map.of(1, Set.of(0), 2, Set.of(1), 3, Set.of(2), 4, Set.of(0, 2)), 80);
        assertThat(score.percent()).isEqualTo(80);
        assertThat(score.passed()).isTrue();
    }

    @Test
    void oneBelowThePassMarkFails() {
        var score = QuizScoring.score(fiveQuestions, Map.of(1, Set.of(0), 2, Set.of(1), 3, Set.of(2), 4, Set.of(0, 2)), 81);
        assertThat(score.passed()).isFalse();
    }

    @Test
    void aFractionalScoreIsRoundedDownAndComparedExactly() {
        List<AnswerKey> three = List.of(new AnswerKey(1, Set.of(0)), new AnswerKey(2, Set.of(0)), new AnswerKey(3, Set.of(0)));
        var twoOfThree = QuizScoring.score(three, Map.of(1, Set.of(0), 2, Set.of(0)), 67);
        assertThat(twoOfThree.percent()).isEqualTo(66);
        assertThat(twoOfThree.passed()).isFalse();
        assertThat(QuizScoring.score(three, Map.of(1, Set.of(0), 2, Set.of(0)), 66).passed()).isTrue();
    }

    @Test
    void aMultiAnswerQuestionNeedsExactlyTheCorrectSet() {
        List<AnswerKey> multi = List.of(new AnswerKey(1, Set.of(0, 2)));
        assertThat(QuizScoring.score(multi, Map.of(1, Set.of(0)), 100).percent()).isZero();
        assertThat(QuizScoring.score(multi, Map.of(1, Set.of(0, 1, 2)), 100).percent()).isZero();
        assertThat(QuizScoring.score(multi, Map.of(1, Set.of(2, 0)), 100).percent()).isEqualTo(100);
    }

    @Test
    void aSingleAnswerQuestionWithAnExtraChoiceIsWrong() {
        List<AnswerKey> single = List.of(new AnswerKey(1, Set.of(1)));
        assertThat(QuizScoring.score(single, Map.of(1, Set.of(1, 0)), 100).outcomes().get(0).correct()).isFalse();
    }

    @Test
    void unansweredQuestionsAreWrongAndReportedAsNothingChosen() {
        var score = QuizScoring.score(fiveQuestions, Map.of(), 50);
        assertThat(score.percent()).isZero();
        assertThat(score.outcomes()).allSatisfy(o -> assertThat(o.chosen()).isEmpty());
        assertThat(score.outcomes().get(3).correctOptions()).containsExactlyInAnyOrder(0, 2);
    }

    @Test
    void passMarksOutsideOneToHundredAreRejected() {
        assertThatThrownBy(() -> QuizScoring.score(fiveQuestions, Map.of(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuizScoring.score(fiveQuestions, Map.of(), 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
