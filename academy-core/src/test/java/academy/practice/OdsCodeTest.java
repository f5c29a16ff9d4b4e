package academy.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import academy.shared.InvalidRequestException;

class OdsCodeTest {

    @Test
    void oneLetterAndFiveDigitsInCapitals() {
        assertThat(OdsCode.of("M83001").value()).isEqualTo("M83001");
        assertThat(OdsCode.of(" m83001 ")).isEqualTo(OdsCode.of("M83001"));
        assertThat(OdsCode.of("Y09001").toString()).isEqualTo("Y09001");
    }

    @Test
    void anythingElseIsRefusedWithAnExample() {
        for (String bad : new String[] {"", "M8300", "M830011", "83001M", "MM3001", "M83O01", "M 83001", "É83001", null}) {
            assertThat(OdsCode.parse(bad)).as(String.valueOf(bad)).isEmpty();
        }
        assertThatThrownBy(() -> OdsCode.of("M8300")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("one letter followed by five digits, such as M83001");
    }
}
