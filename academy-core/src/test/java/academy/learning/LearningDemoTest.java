package academy.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class LearningDemoTest {

    @Test
    void riversideGetsAboutSixtyStaffWithDistinctNames() {
        assertThat(LearningDemo.extraStaffCount()).isEqualTo(55);
        assertThat(IntStream.rangeClosed(1, LearningDemo.extraStaffCount()).mapToObj(LearningDemo::staffName))
                .doesNotHaveDuplicates();
    }
}
