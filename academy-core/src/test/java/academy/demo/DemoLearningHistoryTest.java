package academy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class DemoLearningHistoryTest {

    @Test
    void riversideGetsAboutSixtyStaffWithDistinctNames() {
        assertThat(DemoLearningHistory.extraStaffCount()).isEqualTo(55);
        assertThat(IntStream.rangeClosed(1, DemoLearningHistory.extraStaffCount()).mapToObj(DemoLearningHistory::staffName))
                .doesNotHaveDuplicates();
    }
}
