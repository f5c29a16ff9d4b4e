package academy.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import academy.catalogue.Audience;

class ParametersTest {

    @Test
    void readsAnEnumByItsSlugAndTreatsMissingOrBlankAsAbsent() {
        assertThat(Parameters.oneOf("audience", "ppg", Audience.class, Audience::slug)).contains(Audience.PPG);
        assertThat(Parameters.oneOf("audience", " both ", Audience.class, Audience::slug)).contains(Audience.BOTH);
        assertThat(Parameters.oneOf("audience", null, Audience.class, Audience::slug)).isEmpty();
        assertThat(Parameters.oneOf("audience", "  ", Audience.class, Audience::slug)).isEmpty();
    }

    @Test
    void anUnknownEnumValueNamesTheParameterAndEveryAllowedValue() {
        assertThatThrownBy(() -> Parameters.oneOf("audience", "PPG", Audience.class, Audience::slug))
                .asInstanceOf(type(InvalidParameterException.class))
                .satisfies(e -> {
                    assertThat(e.parameter()).isEqualTo("audience");
                    assertThat(e.allowedValues()).containsExactly("staff", "ppg", "both");
                    assertThat(e.allowed()).isEqualTo("one of staff, ppg, both");
                    assertThat(e.userMessage()).contains("\"audience\"", "\"PPG\"");
                });
    }

    @Test
    void readsWholeNumbersInRangeAndDefaultsWhenAbsent() {
        assertThat(Parameters.integer("size", "7", 20, 1, 100)).isEqualTo(7);
        assertThat(Parameters.integer("size", " 100 ", 20, 1, 100)).isEqualTo(100);
        assertThat(Parameters.integer("size", null, 20, 1, 100)).isEqualTo(20);
        assertThat(Parameters.integer("size", "", 20, 1, 100)).isEqualTo(20);
    }

    @Test
    void rejectsWhatIsNotAWholeNumberInRange() {
        for (String bad : List.of("0", "101", "-1", "abc", "1.5", "1e2", "99999999999")) {
            assertThatThrownBy(() -> Parameters.integer("size", bad, 20, 1, 100)).as(bad)
                    .asInstanceOf(type(InvalidParameterException.class))
                    .satisfies(e -> {
                        assertThat(e.parameter()).isEqualTo("size");
                        assertThat(e.allowed()).isEqualTo("a whole number from 1 to 100");
                        assertThat(e.allowedValues()).isEmpty();
                    });
        }
        assertThatThrownBy(() -> Parameters.integer("number", null, 1, Integer.MAX_VALUE))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("a whole number from 1 up");
    }

    @Test
    void readsTextUpToItsLimitAfterTrimming() {
        assertThat(Parameters.text("q", "  online  ", 10)).isEqualTo(Optional.of("online"));
        assertThat(Parameters.text("q", "x".repeat(10), 10)).contains("x".repeat(10));
        assertThat(Parameters.text("q", "   ", 10)).isEmpty();
        assertThatThrownBy(() -> Parameters.text("q", "x".repeat(11), 10))
                .asInstanceOf(type(InvalidParameterException.class))
                .satisfies(e -> assertThat(e.parameter()).isEqualTo("q"));
    }

    @Test
    void echoesOnlyTheStartOfALongRejectedValue() {
        assertThatThrownBy(() -> Parameters.oneOf("audience", "z".repeat(500), Audience.class, Audience::slug))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(150));
    }
}
