package academy.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The pure rules of the request guards: unreadable text, relative redirects, the form nonce. */
class RequestGuardsTest {

    @Test
    void aNulByteOrAnotherControlCharacterAnywhereIsRefused() {
        assertThat(RequestText.refusal("/catalogue/index.xhtml", "q=x%00y", Map.of())).hasValueSatisfying(why ->
                assertThat(why).contains("\"q\"").contains("NUL"));
        assertThat(RequestText.refusal("/api/v1/modules/%00", null, Map.of())).isPresent();
        assertThat(RequestText.refusal("/a", "q=%", Map.of())).as("a percent sign that starts no escape").isPresent();
        assertThat(RequestText.refusal("/a", null, Map.of("name", new String[] {"Ann\u0000"}))).isPresent();
        assertThat(RequestText.refusal("/a", null, Map.of("bad\u0007", new String[] {"x"}))).isPresent();
        assertThat(RequestText.refusal("/a", "x=%1B", Map.of())).isPresent();
    }

    @Test
    void ordinaryTextIsAccepted() {
        assertThat(RequestText.refusal("/catalogue/index.xhtml", "q=caf%C3%A9+%26+more&audience=staff&empty=&flag", Map.of(
                "statement", new String[] {"Line one\r\nLine two\twith a tab"}))).isEmpty();
        assertThat(RequestText.refusal("/certificate/verify.xhtml", null, Map.of())).isEmpty();
    }

    @Test
    void redirectsNameAPathResolvedAgainstTheRequest() {
        assertThat(GuardedResponse.relative("/home.xhtml", "/signin.xhtml")).isEqualTo("/home.xhtml");
        assertThat(GuardedResponse.relative("result.xhtml?attempt=3", "/learning/quiz.xhtml")).isEqualTo("/learning/result.xhtml?attempt=3");
        assertThat(GuardedResponse.relative("//evil.example/x", "/a")).as("another site, chosen by the code").isEqualTo("//evil.example/x");
        assertThat(GuardedResponse.relative("https://nhs.uk/", "/a")).isEqualTo("https://nhs.uk/");
        assertThat(GuardedResponse.relative("../..//x", "/a/b")).doesNotStartWith("//");
    }

    @Test
    void aFormPassesOnlyWithTheNonceItsPageWasRenderedWith() {
        assertThat(NonceCheck.matches(Optional.of("abc"), "abc")).isTrue();
        assertThat(NonceCheck.matches(Optional.of("abc"), "abd")).isFalse();
        assertThat(NonceCheck.matches(Optional.of("abc"), null)).isFalse();
        assertThat(NonceCheck.matches(Optional.empty(), "abc")).as("a view that was never rendered with a nonce").isFalse();
        assertThat(NonceCheck.matches(Optional.of(""), "")).isFalse();
    }
}
