package academy.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrustedProxyTest {

    @Test
    void theForwardedSchemeCountsOnlyWhenTheProxyIsTrusted() {
        assertThat(TrustedProxy.forwardedOverHttps(true, "https")).isTrue();
        assertThat(TrustedProxy.forwardedOverHttps(true, "HTTPS, http")).as("the browser's hop comes first").isTrue();
        assertThat(TrustedProxy.forwardedOverHttps(true, "http")).isFalse();
        assertThat(TrustedProxy.forwardedOverHttps(true, null)).isFalse();
        assertThat(TrustedProxy.forwardedOverHttps(false, "https")).as("a forged header").isFalse();
    }

    @Test
    void theBrowsersPortComesFromTheProxyOrTheHostHeader() {
        assertThat(TrustedProxy.forwardedPort("8443", "academy.example")).isEqualTo(8443);
        assertThat(TrustedProxy.forwardedPort(null, "academy.example:9443")).isEqualTo(9443);
        assertThat(TrustedProxy.forwardedPort(null, "academy.example")).isEqualTo(443);
        assertThat(TrustedProxy.forwardedPort("99999", "[::1]")).isEqualTo(443);
        assertThat(TrustedProxy.forwardedPort("443; rm", null)).isEqualTo(443);
    }

    @Test
    void theClientIsTheAddressTheTrustedProxyAddedLast() {
        assertThat(TrustedProxy.clientAddress(true, "10.0.0.2", "198.51.100.1, 203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(TrustedProxy.clientAddress(true, "10.0.0.2", "2001:db8::1")).isEqualTo("2001:db8::1");
        assertThat(TrustedProxy.clientAddress(true, "10.0.0.2", "<script>")).isEqualTo("10.0.0.2");
        assertThat(TrustedProxy.clientAddress(true, "10.0.0.2", null)).isEqualTo("10.0.0.2");
        assertThat(TrustedProxy.clientAddress(false, "10.0.0.2", "203.0.113.7")).as("a forged header").isEqualTo("10.0.0.2");
    }

    @Test
    void onlyTheSessionCookieWithoutSecureIsChanged() {
        assertThat(TrustedProxy.withSecure("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax", "JSESSIONID"))
                .hasValue("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax; Secure");
        assertThat(TrustedProxy.withSecure("JSESSIONID=abc; Path=/; secure", "JSESSIONID")).isEmpty();
        assertThat(TrustedProxy.withSecure("other=1; Path=/", "JSESSIONID")).isEmpty();
        assertThat(TrustedProxy.withSecure("JSESSIONIDX=1", "JSESSIONID")).isEmpty();
    }

    @Test
    void onlyALoopbackRequestThatNoProxyPassedOnIsFromThisMachine() {
        assertThat(TrustedProxy.fromThisMachine("127.0.0.1", List.of())).isTrue();
        assertThat(TrustedProxy.fromThisMachine("0:0:0:0:0:0:0:1", List.of())).isTrue();
        assertThat(TrustedProxy.fromThisMachine("[::1]", List.of())).isTrue();
        assertThat(TrustedProxy.fromThisMachine("127.0.0.1", List.of("X-Forwarded-For"))).as("a proxy on this machine").isFalse();
        assertThat(TrustedProxy.fromThisMachine("127.0.0.1", List.of("X-Forwarded-Proto"))).isFalse();
        assertThat(TrustedProxy.fromThisMachine("192.0.2.10", List.of())).isFalse();
        assertThat(TrustedProxy.fromThisMachine("1270.0.0.1", List.of())).isFalse();
        assertThat(TrustedProxy.fromThisMachine(null, List.of())).isFalse();
    }
}
