package academy.web.nhsuk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatusTest {

    @Test
    void theVocabularyHasItsKeysLabelsAndColours() {
        assertThat(Status.values()).extracting(Status::key).containsExactly("complete", "due-soon", "overdue",
                "refresh-needed", "in-progress", "not-started", "not-required");
        assertThat(Status.of("due-soon").label()).isEqualTo("Due soon");
        assertThat(Status.of("due-soon").tagClass()).isEqualTo("nhsuk-tag nhsuk-tag--yellow");
        assertThat(Status.of("overdue").colour()).isEqualTo("red");
        assertThat(Status.of("refresh-needed").colour()).isEqualTo("orange");
        assertThat(Status.of("in-progress").colour()).isEqualTo("blue");
        assertThat(Status.of("not-started").colour()).isEqualTo("grey");
        assertThat(Status.of("not-required").label()).isEqualTo("Not required");
        assertThat(Status.of("complete").colour()).isEqualTo("green");
    }

    @Test
    void anUnknownKeyFailsLoudly() {
        assertThat(Status.find("done")).isEmpty();
        assertThatThrownBy(() -> Status.of("done")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("due-soon");
    }
}
