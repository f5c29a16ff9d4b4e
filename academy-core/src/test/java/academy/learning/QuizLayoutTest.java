package academy.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class QuizLayoutTest {

    private final List<Integer> optionCounts = List.of(4, 3, 5, 2, 4, 4);

    @Test
    void theSameSeedGivesTheSameLayout() {
        assertThat(QuizLayout.draw(optionCounts, 42L, true)).isEqualTo(QuizLayout.draw(optionCounts, 42L, true));
        assertThat(QuizLayout.draw(optionCounts, 42L, false)).isEqualTo(QuizLayout.draw(optionCounts, 42L, false));
    }

    @Test
    void theLayoutOfAKnownSeedNeverChanges() {
        // Pinned: stored attempts rely on java.util.Random and this shuffle staying as they are.
        QuizLayout layout = QuizLayout.draw(List.of(4, 3, 2), 2026L, true);
        assertThat(layout.questionNumbers()).containsExactly(2, 1, 3);
        assertThat(layout.optionOrders()).containsExactly(List.of(2, 0, 1), List.of(0, 2, 1, 3), List.of(0, 1));
    }

    @Test
    void everyQuestionAndOptionAppearsExactlyOnce() {
        QuizLayout layout = QuizLayout.draw(optionCounts, 99L, true);
        assertThat(layout.questionNumbers()).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        for (int i = 0; i < layout.questionNumbers().size(); i++) {
            int count = optionCounts.get(layout.questionNumbers().get(i) - 1);
            assertThat(layout.optionOrders().get(i)).hasSize(count).doesNotHaveDuplicates()
                    .allMatch(index -> index >= 0 && index < count);
        }
    }

    @Test
    void authoredOrderKeepsTheQuestionsInPlaceButStillShufflesOptions() {
        QuizLayout layout = QuizLayout.draw(optionCounts, 5L, false);
        assertThat(layout.questionNumbers()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void differentSeedsGiveDifferentLayouts() {
        Set<QuizLayout> layouts = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            layouts.add(QuizLayout.draw(optionCounts, seed, true));
        }
        assertThat(layouts.size()).isGreaterThan(15);
    }
}
