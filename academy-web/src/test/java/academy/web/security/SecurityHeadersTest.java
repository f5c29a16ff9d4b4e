package academy.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void everyResponseRefusesSniffingFramingAndLeakyReferrers() {
        for (boolean facesPage : new boolean[] {true, false}) {
            Map<String, String> headers = SecurityHeaders.forResponse(facesPage);
            assertThat(headers).containsEntry("X-Content-Type-Options", "nosniff")
                    .containsEntry("X-Frame-Options", "DENY")
                    .containsEntry("Referrer-Policy", "strict-origin-when-cross-origin");
        }
    }

    @Test
    void facesPagesLeaveTheirPolicyToPrimeFacesWhichAddsTheNonce() {
        assertThat(SecurityHeaders.forResponse(true)).doesNotContainKey("Content-Security-Policy");
        assertThat(SecurityHeaders.forResponse(false).get("Content-Security-Policy"))
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                        "form-action 'self'")
                .endsWith("script-src 'self'")
                .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
    }
}
