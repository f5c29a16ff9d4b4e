package academy.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.FacesSession;
import academy.web.FacesSession.Response;
import academy.web.Http;
import academy.web.TestPeople;

/**
 * The academy behind a reverse proxy that ends TLS ({@code ACADEMY_TRUST_PROXY=true}), tested over
 * plain HTTP with the header such a proxy adds: a request the browser sent over HTTPS gets a
 * {@code Secure} session cookie (also the new one after signing in), redirects stay on HTTPS (they are relative), its forms
 * pass the cross-site check against an HTTPS origin, and the audit trail records the client
 * address the proxy saw. A request without the header (a health
 * probe, someone on the inside) is plain HTTP. The opposite case, the header sent to an academy
 * that does not trust a proxy, is in {@code SignInIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrustedProxyIT {

    private static final String PASSWORD = "harbour-quince-lattice-ember-19";

    @ArquillianResource
    URL deployed;

    private URI application;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy().addAsResource(new StringAsset("config_ordinal=500\nacademy.trust.proxy=true\n"),
                "META-INF/microprofile-config.properties");
    }

    @BeforeEach
    void locate() {
        application = new Http(deployed).application();
    }

    @Test
    void aRequestForwardedFromHttpsGetsASecureHttpOnlySameSiteSessionCookie() {
        Response page = FacesSession.behindHttpsProxy(application).get("signin.xhtml");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.setCookie("JSESSIONID")).hasValueSatisfying(cookie -> assertThat(cookie)
                .containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void aRequestThatDidNotComeThroughHttpsGetsNoSecureFlag() {
        Response direct = new FacesSession(application).get("signin.xhtml");
        Response forwardedHttp = new FacesSession(application).withHeaders(Map.of("X-Forwarded-Proto", "http"))
                .get("signin.xhtml");

        for (Response page : java.util.List.of(direct, forwardedHttp)) {
            assertThat(page.setCookie("JSESSIONID")).hasValueSatisfying(cookie -> assertThat(cookie)
                    .containsIgnoringCase("HttpOnly").doesNotContainIgnoringCase("Secure"));
        }
    }

    @Test
    void signingInBehindTheProxyKeepsTheNewSessionCookieSecureRedirectsWithinTheSiteAndAuditsTheClient() {
        FacesSession browser = FacesSession.behindHttpsProxy(application);
        Response page = browser.get("signin.xhtml");
        String origin = "https://" + application.getRawAuthority();

        String email = TestPeople.person("Pat Proxied", PASSWORD);
        Response signedIn = browser.withHeaders(Map.of("Origin", origin, "X-Forwarded-For", "198.51.100.9, 203.0.113.7"))
                .submit(page, "signin", Map.of("email", email, "password", PASSWORD), "submit");

        assertThat(signedIn.status()).as("a form sent from the HTTPS page is this site's own: %s", signedIn).isEqualTo(302);
        // Relative, so the browser stays on the HTTPS address it used (and no Host header can send it elsewhere).
        assertThat(signedIn.location()).hasValueSatisfying(l -> assertThat(l).startsWith("/").endsWith("/home.xhtml"));
        assertThat(signedIn.setCookie("JSESSIONID")).as("the renewed session id").hasValueSatisfying(cookie ->
                assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly"));
        assertThat(browser.get("home.xhtml").text()).contains("Hello, Pat Proxied");
        assertThat(TestPeople.signInAddress(email)).as("the audit trail records the address the proxy saw").isEqualTo("203.0.113.7");
    }

    @Test
    void theDemoOutboxIsForAdministratorsAndThisMachineNotForVisitorsThroughTheProxy() {
        FacesSession fromOutside = FacesSession.behindHttpsProxy(application)
                .withHeaders(Map.of("X-Forwarded-For", "198.51.100.23"));
        Response refused = fromOutside.get("demo/outbox.xhtml");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.text()).doesNotContain("reset-password.xhtml").contains("administrators");
        // A proxy that does not say who the client is still forwarded the request.
        assertThat(FacesSession.behindHttpsProxy(application).get("demo/outbox.xhtml").status()).isEqualTo(403);

        assertThat(new FacesSession(application).get("demo/outbox.xhtml").status()).as("on this machine, not through the proxy")
                .isEqualTo(200);

        FacesSession admin = FacesSession.behindHttpsProxy(application).withHeaders(Map.of("X-Forwarded-For", "198.51.100.24"));
        Response page = admin.get("signin.xhtml");
        Response signedIn = admin.withHeaders(Map.of("Origin", "https://" + application.getRawAuthority()))
                .submit(page, "signin", Map.of("email", DemoAccounts.ADMIN, "password", DemoAccounts.PASSWORD), "submit");
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(302);
        assertThat(admin.get("demo/outbox.xhtml").status()).as("an administrator, from anywhere").isEqualTo(200);
    }
}
