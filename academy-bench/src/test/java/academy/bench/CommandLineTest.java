package academy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void readsBothFormsAndKeepsAnEmptyValue() {
        assertThat(CommandLine.options(new String[] {"--scale", "80", "--db-password=", "--seed=7"}))
                .containsEntry("scale", "80").containsEntry("db-password", "").containsEntry("seed", "7").hasSize(3);
    }

    @Test
    void refusesAStrayWordAndAMissingValue() {
        assertThatThrownBy(() -> CommandLine.options(new String[] {"80"})).hasMessageContaining("found: 80");
        assertThatThrownBy(() -> CommandLine.options(new String[] {"--scale"})).hasMessageContaining("needs a value");
    }
}
