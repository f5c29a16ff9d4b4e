package academy.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequiredTextTest {

    @Test
    void textIsStrippedAndKeptWithinItsLimit() {
        assertThat(RequiredText.require("  Fine reasons \n", 20, "Give reasons.")).isEqualTo("Fine reasons");
        assertThat(RequiredText.require("x".repeat(20), 20, "Give reasons.")).hasSize(20);
    }

    @Test
    void blankOrMissingTextIsRefusedWithTheCallersWords() {
        assertThatThrownBy(() -> RequiredText.require(null, 20, "Give reasons."))
                .isInstanceOf(InvalidRequestException.class).hasMessage("Give reasons.");
        assertThatThrownBy(() -> RequiredText.require(" \t\n", 20, "Give reasons."))
                .isInstanceOf(InvalidRequestException.class).hasMessage("Give reasons.");
    }

    @Test
    void tooLongTextIsRefusedNamingTheLimitOrInTheCallersWords() {
        assertThatThrownBy(() -> RequiredText.require("x".repeat(21), 20, "Give reasons."))
                .isInstanceOf(InvalidRequestException.class).hasMessage("That text is too long: at most 20 characters.");
        assertThatThrownBy(() -> RequiredText.require("x".repeat(21), 20, "Give reasons.", "Shorter, please."))
                .isInstanceOf(InvalidRequestException.class).hasMessage("Shorter, please.");
    }

    @Test
    void aMinimumCountsTheStrippedText() {
        assertThat(RequiredText.require("  abcde  ", 5, 10, "Say more.", "Say less.")).isEqualTo("abcde");
        assertThatThrownBy(() -> RequiredText.require("  abcd    ", 5, 10, "Say more.", "Say less."))
                .isInstanceOf(InvalidRequestException.class).hasMessage("Say more.");
        assertThatThrownBy(() -> RequiredText.require("abcdefghijk", 5, 10, "Say more.", "Say less."))
                .isInstanceOf(InvalidRequestException.class).hasMessage("Say less.");
    }

    @Test
    void aCallerMayRefuseWithItsOwnException() {
        assertThatThrownBy(() -> RequiredText.require("", 0, 3, fault -> new IllegalArgumentException(fault.name())))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("TOO_SHORT");
        assertThatThrownBy(() -> RequiredText.require("abcd", 0, 3, fault -> new IllegalArgumentException(fault.name())))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("TOO_LONG");
    }
}
