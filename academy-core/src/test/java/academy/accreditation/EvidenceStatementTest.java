package academy.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import academy.shared.InvalidRequestException;

class EvidenceStatementTest {

    @Test
    void aStatementNeedsASentenceOrTwo() {
        assertThatThrownBy(() -> EvidenceStatement.requireStatement("  done  ")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("at least 20 characters");
        assertThatThrownBy(() -> EvidenceStatement.requireStatement("x".repeat(4001)))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(EvidenceStatement.requireStatement("  We surveyed every room in September.  "))
                .isEqualTo("We surveyed every room in September.");
    }

    @Test
    void onlyWebAddressesAreTakenAsLinks() {
        assertThat(EvidenceStatement.requireLink(" https://example.org/wifi-survey.pdf ")).isEqualTo("https://example.org/wifi-survey.pdf");
        assertThat(EvidenceStatement.requireLink("http://intranet.example/policy")).isEqualTo("http://intranet.example/policy");
        for (String bad : new String[] {"", "javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x", "https://",
                "not a link at all", "https://example.org/" + "x".repeat(1000)}) {
            assertThatThrownBy(() -> EvidenceStatement.requireLink(bad)).as(bad).isInstanceOf(InvalidRequestException.class);
        }
    }
}
