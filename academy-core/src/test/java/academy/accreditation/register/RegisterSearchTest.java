package academy.accreditation.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import academy.shared.InvalidRequestException;

class RegisterSearchTest {

    @Test
    void blankPartsMeanAny() {
        assertThat(RegisterSearch.of("  ", null, "").isEmpty()).isTrue();
        assertThat(RegisterSearch.of(" Mill ", null, null).text()).contains("Mill");
    }

    @Test
    void wildcardsAreTakenLiterally() {
        assertThat(RegisterSearch.contains("50%_A\\")).isEqualTo("%50\\%\\_a\\\\%");
        assertThat(RegisterSearch.startsWith("y09")).isEqualTo("Y09%");
    }

    @Test
    void tooLongIsRefusedWithAMessage() {
        assertThatThrownBy(() -> RegisterSearch.of(null, "x".repeat(101), null)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("locality");
    }
}
