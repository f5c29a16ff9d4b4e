package academy.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void everyPracticeNumberGetsItsOwnValidOdsAndJoinCode() {
        Set<String> joinCodes = new HashSet<>();
        Set<String> odsCodes = new HashSet<>();
        for (int index = 0; index < 99_999; index++) {
            String join = Names.joinCode(index);
            assertThat(join).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}");
            assertThat(joinCodes.add(join)).as("join code %s repeated", join).isTrue();
            String ods = Names.odsCode(index);
            assertThat(ods).matches("Q[0-9]{5}");
            assertThat(odsCodes.add(ods)).isTrue();
        }
        assertThat(Names.odsCode(0)).isEqualTo("Q00001");
    }

    @Test
    void thereAreNoMorePracticeNumbersThanOdsCodes() {
        assertThatThrownBy(() -> Names.odsCode(99_999)).isInstanceOf(IllegalArgumentException.class);
    }
}
