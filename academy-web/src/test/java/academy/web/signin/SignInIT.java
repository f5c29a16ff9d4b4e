package academy.web.signin;

import static academy.web.Mailbox.linkIn;
import static academy.web.Mailbox.mailTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import academy.practice.JobRole;
import academy.web.Deployments;
import academy.web.FacesSession;
import academy.web.FacesSession.Response;
import academy.web.Http;
import academy.web.Mailbox;
import academy.web.RawHttp;
import academy.web.TestPeople;
import academy.web.TestPeople.TestPractice;

/**
 * Signing in and out, the account pages behind mailed links, and the protection every response
 * gets, over HTTP against the real WAR, as a visitor without a browser. The academy sends its mail
 * to a GreenMail server inside this JVM (failsafe points ACADEMY_SMTP_HOST/PORT at it); tests read
 * the links from the mail as a person would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    /** One server for the whole class: the academy delivers every few seconds, whichever test is running. */
    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    private static final String PASSWORD = "velvet-otter-quarry-lantern-41";
    private static final String WRONG = "That email address and password do not match an account";

    private static TestPractice practice;

    @ArquillianResource
    URL deployed;

    private URI application;

    /**
     * The academy outside demo mode (the other ITs run in demo mode for the access matrix's
     * accounts): this class makes its own people, and checks that demo-only pages are absent.
     */
    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy().addAsResource(
                new org.jboss.shrinkwrap.api.asset.StringAsset("config_ordinal=500\nacademy.demo=false\n"),
                "META-INF/microprofile-config.properties");
    }

    @BeforeAll
    static void data() {
        TestPeople.forgetSignInAttempts();
        practice = TestPeople.practice();
    }

    @BeforeEach
    void locate() {
        application = new Http(deployed).application();
    }

    private FacesSession visitor() {
        return new FacesSession(application);
    }

    private static Response signIn(FacesSession visitor, String email, String password) {
        Response page = visitor.get("signin.xhtml");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return visitor.submit(page, "signin", Map.of("email", email, "password", password), "submit");
    }

    // --- signing in and out ------------------------------------------------------------------------

    @Test
    void theRightPasswordSignsInWithANewSessionIdAndGoesHome() {
        String email = TestPeople.person("Ada Manager", PASSWORD);
        TestPeople.member(email, practice, JobRole.PRACTICE_MANAGER);
        FacesSession visitor = visitor();
        visitor.get("signin.xhtml");
        Optional<String> before = visitor.sessionId();

        Response signedIn = signIn(visitor, email, PASSWORD);

        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(302);
        assertThat(signedIn.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/home.xhtml"));
        assertThat(visitor.sessionId()).isPresent().isNotEqualTo(before);
        Response home = visitor.get("home.xhtml");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.text()).contains("Hello, Ada Manager", practice.name(), "Your practice's people", "Sign out")
                .doesNotContain("Audit trail");
        assertThat(home.body()).contains("/practice/roster.xhtml");
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressGetTheSameMessage() {
        String email = TestPeople.person("Bea Learner", PASSWORD);
        Response wrongPassword = signIn(visitor(), email, PASSWORD + "x");
        Response unknown = signIn(visitor(), TestPeople.newEmail(), PASSWORD);

        assertThat(wrongPassword.status()).isEqualTo(200);
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(message(wrongPassword)).contains(WRONG).isEqualTo(message(unknown));
    }

    @Test
    void repeatedFailuresAreThrottledWith429AndRetryAfter() {
        String email = TestPeople.person("Cai Throttled", PASSWORD);
        Response last = null;
        for (int attempt = 1; attempt <= 6 && (last == null || last.status() != 429); attempt++) {
            last = signIn(visitor(), email, "not-the-password-" + attempt);
        }
        assertThat(last.status()).as(last.toString()).isEqualTo(429);
        assertThat(last.header("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(last.text()).containsPattern("Too many attempts\\. Please wait \\d+ minutes? and try again");
        // Even the right password waits now: the throttle decides before the password is checked.
        assertThat(signIn(visitor(), email, PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void signingOutIsAPostThatEndsTheSession() {
        String email = TestPeople.person("Dev Leaving", PASSWORD);
        FacesSession visitor = visitor();
        assertThat(signIn(visitor, email, PASSWORD).status()).isEqualTo(302);
        assertThat(visitor.get("home.xhtml").status()).isEqualTo(200);

        assertThat(visitor.get("signout").status()).as("GET must not sign out").isEqualTo(405);
        assertThat(visitor.get("home.xhtml").status()).isEqualTo(200);

        Response out = visitor.post("signout", Map.of(), Map.of());
        assertThat(out.status()).isEqualTo(302);
        Response home = visitor.get("home.xhtml");
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/signin.xhtml"));
    }

    @Test
    void protectedPagesAskForSignInAndRefuseTheWrongRole() {
        FacesSession anonymous = visitor();
        for (String page : List.of("home.xhtml", "account/profile.xhtml", "practice/roster.xhtml", "admin/practices.xhtml")) {
            Response answer = anonymous.get(page);
            assertThat(answer.status()).as(page).isEqualTo(302);
            assertThat(answer.location()).as(page).hasValueSatisfying(l -> assertThat(l).endsWith("/signin.xhtml"));
        }
        String email = TestPeople.person("Eve Receptionist", PASSWORD);
        TestPeople.member(email, practice, JobRole.RECEPTIONIST);
        FacesSession learner = visitor();
        signIn(learner, email, PASSWORD);
        for (String page : List.of("practice/roster.xhtml", "admin/practices.xhtml")) {
            Response answer = learner.get(page);
            assertThat(answer.status()).as(page).isEqualTo(403);
            assertThat(answer.text()).as(page).contains("This page is not available to you");
        }
        assertThat(learner.get("account/profile.xhtml").status()).isEqualTo(200);
    }

    // --- protection on every response ----------------------------------------------------------------

    @Test
    void pagesAndTheApiCarryTheSecurityHeaders() {
        FacesSession visitor = visitor();
        Response page = visitor.get("signin.xhtml");
        Response api = visitor.get("api/v1/modules");
        for (Response answer : List.of(page, api)) {
            assertThat(answer.header("X-Content-Type-Options")).as(answer.uri().toString()).hasValue("nosniff");
            assertThat(answer.header("X-Frame-Options")).as(answer.uri().toString()).hasValue("DENY");
            assertThat(answer.header("Referrer-Policy")).as(answer.uri().toString()).hasValue("strict-origin-when-cross-origin");
            assertThat(answer.header("Content-Security-Policy")).as(answer.uri().toString())
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'",
                            "object-src 'none'", "base-uri 'self'", "form-action 'self'"));
        }
        // Faces pages: PrimeFaces' scripts run by nonce, never by 'unsafe-inline'.
        String csp = page.header("Content-Security-Policy").orElseThrow();
        assertThat(csp).containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]+'").doesNotContain("script-src 'self' 'unsafe-inline'");
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(csp);
        assertThat(nonce.find()).isTrue();
        assertThat(page.body()).contains("nonce=\"" + nonce.group(1) + "\"");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void withoutATrustedProxyAForgedForwardedProtoIsIgnored() {
        FacesSession forger = visitor().withHeaders(Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.66"));
        Response page = forger.get("signin.xhtml");

        assertThat(page.setCookie("JSESSIONID")).as("the session cookie over plain HTTP").hasValueSatisfying(cookie ->
                assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                        .doesNotContainIgnoringCase("Secure"));
        String email = TestPeople.person("Fred Forger", PASSWORD);
        Response signedIn = forger.submit(page, "signin", Map.of("email", email, "password", PASSWORD), "submit");
        assertThat(signedIn.location()).as("redirects stay on the academy's own scheme")
                .hasValueSatisfying(l -> assertThat(l).doesNotStartWith("https:"));
        assertThat(signedIn.setCookie("JSESSIONID")).hasValueSatisfying(cookie ->
                assertThat(cookie).doesNotContainIgnoringCase("Secure"));
        assertThat(TestPeople.signInAddress(email)).as("the forged client address is not recorded")
                .isNotEqualTo("203.0.113.66");
    }

    @Test
    void crossSiteWritesAreRefused() {
        FacesSession visitor = visitor();
        Response page = visitor.post("signout", Map.of(), Map.of("Origin", "https://elsewhere.example"));
        assertThat(page.status()).isEqualTo(403);
        Response api = visitor.post("api/v1/modules", Map.of(), Map.of("Sec-Fetch-Site", "cross-site"));
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        // The same request from the academy's own pages reaches the API (which offers no POST there).
        assertThat(visitor.post("api/v1/modules", Map.of(), Map.of("Sec-Fetch-Site", "same-origin")).status()).isEqualTo(405);
    }

    @Test
    void aFormSentWithoutItsViewStateChangesNothingAndIsNoError() {
        FacesSession visitor = visitor();
        visitor.get("signin.xhtml");
        Response forged = visitor.post("account/forgot-password.xhtml", Map.of("forgot", "forgot",
                "forgot:email", "someone@academy.test", "forgot:submit", "x", "jakarta.faces.ViewState", "1:2"), Map.of());
        assertThat(forged.status()).isIn(200, 303);
        assertThat(forged.text()).doesNotContain("If an account exists");
    }

    @Test
    void responsesTheServerMakesItselfCarryTheSameSecurityHeadersOnce() {
        String email = TestPeople.person("Una Receptionist", PASSWORD);
        TestPeople.member(email, practice, JobRole.RECEPTIONIST);
        FacesSession learner = visitor();
        signIn(learner, email, PASSWORD);
        String cookie = "Cookie: JSESSIONID=" + learner.sessionId().orElseThrow();
        String host = application.getRawAuthority();
        Map<String, RawHttp.Answer> answers = new java.util.LinkedHashMap<>();
        answers.put("302 to sign in", RawHttp.send(application, "GET", "/home.xhtml", host, List.of()));
        answers.put("403 from a role constraint", RawHttp.send(application, "GET", "/admin/practices.xhtml", host, List.of(cookie)));
        answers.put("404 for a file", RawHttp.send(application, "GET", "/no-such-file.txt", host, List.of()));
        answers.put("404 for a page", RawHttp.send(application, "GET", "/no-such-page.xhtml", host, List.of()));
        answers.put("TRACE", RawHttp.send(application, "TRACE", "/signin.xhtml", host, List.of()));
        answers.put("a page", RawHttp.send(application, "GET", "/signin.xhtml", host, List.of()));

        assertThat(answers.get("302 to sign in").status()).isEqualTo(302);
        assertThat(answers.get("403 from a role constraint").status()).isEqualTo(403);
        assertThat(answers.get("404 for a file").status()).isEqualTo(404);
        assertThat(answers.get("404 for a page").status()).isEqualTo(404);
        assertThat(answers.get("TRACE").status()).isEqualTo(405);
        answers.forEach((what, answer) -> {
            assertThat(answer.all("X-Frame-Options")).as(what + ": " + answer).containsExactly("DENY");
            assertThat(answer.all("X-Content-Type-Options")).as(what + ": " + answer).containsExactly("nosniff");
            assertThat(answer.all("Referrer-Policy")).as(what + ": " + answer).containsExactly("strict-origin-when-cross-origin");
            assertThat(answer.all("Content-Security-Policy")).as(what + ": " + answer).hasSize(1)
                    .allSatisfy(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
        });
    }

    @Test
    void redirectsNeverPointAtTheHostTheRequestNamed() {
        RawHttp.Answer answer = RawHttp.send(application, "GET", "/home.xhtml", "evil.example", List.of());
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.all("Location")).singleElement().satisfies(location ->
                assertThat(location).doesNotContain("evil.example").endsWith("/signin.xhtml"));
        RawHttp.Answer signedOut = RawHttp.send(application, "POST", "/signout", "evil.example", List.of("Content-Length: 0"));
        assertThat(signedOut.all("Location")).allSatisfy(location -> assertThat(location).doesNotContain("evil.example"));
    }

    @Test
    void aSessionIdInTheAddressSignsNobodyIn() {
        String email = TestPeople.person("Jo Urlsession", PASSWORD);
        TestPeople.member(email, practice, JobRole.RECEPTIONIST);
        FacesSession owner = visitor();
        assertThat(signIn(owner, email, PASSWORD).status()).isEqualTo(302);
        String id = owner.sessionId().orElseThrow();
        assertThat(owner.get("home.xhtml").text()).contains("Jo Urlsession");

        FacesSession stranger = visitor();
        Response home = stranger.get("home.xhtml;jsessionid=" + id);
        assertThat(home.status()).as(home.toString()).isIn(302, 400);
        assertThat(home.text()).doesNotContain("Jo Urlsession");
        Response me = stranger.get("api/v1/me;jsessionid=" + id);
        assertThat(me.status()).as(me.toString()).isIn(400, 401);
        assertThat(me.body()).doesNotContain(email);
        Response profile = stranger.get("account/profile.xhtml;jsessionid=" + id);
        assertThat(profile.text()).doesNotContain(email);
    }

    @Test
    void aFormSentWithAWrongNonceChangesNothing() {
        String email = TestPeople.person("Nina Nonce", PASSWORD);
        FacesSession me = visitor();
        assertThat(signIn(me, email, PASSWORD).status()).isEqualTo(302);
        Response profile = me.get("account/profile.xhtml");
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(profile.body());
        assertThat(viewState.find()).isTrue();
        for (Optional<String> nonce : List.of(Optional.of("not-the-nonce"), Optional.<String>empty())) {
            Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("name", "name", "name:displayName", "Nina Forged",
                    "name:submit", "submit", "jakarta.faces.ViewState", viewState.group(1).replace("&amp;", "&")));
            nonce.ifPresent(n -> form.put("primefaces.nonce", n));
            Response forged = me.post("account/profile.xhtml", form, Map.of());
            assertThat(forged.status()).as(forged.toString()).isEqualTo(303);
            assertThat(forged.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/error/expired.xhtml"));
        }
        Response unchanged = me.get("account/profile.xhtml");
        assertThat(unchanged.text()).contains("Nina Nonce").doesNotContain("Nina Forged");
        // The same form with its nonce goes through, accents and all (parameters are read as UTF-8).
        assertThat(me.submit(unchanged, "name", Map.of("displayName", "Nína Ñonce"), "submit").text()).contains("Your name is now Nína Ñonce");
    }

    @Test
    void theDemoOutboxDoesNotExistOutsideDemoMode() {
        assertThat(visitor().get("demo/outbox.xhtml").status()).isEqualTo(404);
    }

    // --- mailed links --------------------------------------------------------------------------------

    @Test
    void aResetLinkArrivesByMailWorksOnceAndTheNewPasswordSignsIn() throws Exception {
        String email = TestPeople.person("Fay Forgetful", PASSWORD);
        FacesSession visitor = visitor();
        Response forgot = visitor.get("account/forgot-password.xhtml");
        Response asked = visitor.submit(forgot, "forgot", Map.of("email", email), "submit");
        assertThat(asked.text()).contains("If an account exists for that address, we have emailed a link");
        FacesSession stranger = visitor();
        Response unknown = stranger.submit(stranger.get("account/forgot-password.xhtml"), "forgot",
                Map.of("email", TestPeople.newEmail()), "submit");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(200);
        assertThat(unknown.text()).contains("If an account exists for that address, we have emailed a link");

        String link = linkIn(mailTo(MAIL, email, "Reset your Academy password"), "/account/reset-password.xhtml");
        FacesSession fromMail = visitor();
        Response page = fromMail.get(link);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.text()).contains("Hello Fay Forgetful");

        Response weak = fromMail.submit(page, "choose", Map.of("password", "password"), "submit");
        assertThat(weak.text()).contains("at least 12 characters");
        String newPassword = "copper-heron-saddle-meadow-73";
        Response done = fromMail.submit(weak, "choose", Map.of("password", newPassword), "submit");
        assertThat(done.text()).as(done.toString()).contains("Your password has been changed");

        assertThat(signIn(visitor(), email, newPassword).status()).isEqualTo(302);
        assertThat(signIn(visitor(), email, PASSWORD).status()).isEqualTo(200);
        Response again = visitor().get(link);
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.text()).contains("This link has expired or was already used");
    }

    @Test
    void anInvitationIsAcceptedWithANameAndPasswordAndThenSignsIn() {
        String email = TestPeople.newEmail();
        String token = TestPeople.invitation(practice, email, "Gus Nurse", JobRole.NURSE);
        FacesSession invited = visitor();
        Response page = invited.get("account/invitation.xhtml?token=" + token);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.text()).contains(practice.name(), "Nurse", email);

        Response accepted = invited.submit(page, "create", Map.of("name", "Gus Nurse", "password", PASSWORD), "submit");
        assertThat(accepted.text()).as(accepted.toString()).contains("You are now a member of " + practice.name());

        FacesSession later = visitor();
        assertThat(signIn(later, email, PASSWORD).status()).isEqualTo(302);
        assertThat(later.get("home.xhtml").text()).contains(practice.name(), "Your training");
        assertThat(visitor().get("account/invitation.xhtml?token=" + token).status()).isEqualTo(410);
    }

    @Test
    void aPpgMemberJoinsWithTheCodeConfirmsByMailAndWaitsForTheManager() throws Exception {
        String email = TestPeople.newEmail();
        FacesSession patient = visitor();
        Response join = patient.get("account/join.xhtml");
        Response wrongCode = patient.submit(join, "join", Map.of("code", "AAAA-AAAA", "name", "Hal Patient",
                "email", email, "password", PASSWORD), "submit");
        assertThat(wrongCode.text()).contains("That join code is not right");

        Response registered = patient.submit(wrongCode, "join", Map.of("code", practice.joinCode(), "name", "Hal Patient",
                "email", email, "password", PASSWORD), "submit");
        assertThat(registered.text()).as(registered.toString()).contains("Please check your email", "practice manager");
        assertThat(signIn(visitor(), email, PASSWORD).text()).contains("confirm your email address");

        String link = linkIn(mailTo(MAIL, email, "Please confirm your email address"), "/account/confirm-email-address.xhtml");
        FacesSession fromMail = visitor();
        Response confirm = fromMail.get(link);
        assertThat(confirm.status()).isEqualTo(200);
        Response confirmed = fromMail.submit(confirm, "confirm", Map.of(), "submit");
        assertThat(confirmed.text()).as(confirmed.toString()).contains("your email address is confirmed");

        FacesSession member = visitor();
        assertThat(signIn(member, email, PASSWORD).status()).isEqualTo(302);
        assertThat(member.get("home.xhtml").text()).contains(practice.name(), "waiting for the practice manager to approve you");
    }

    @Test
    void theProfileChangesNameAndPasswordWithTheCurrentOneAndMovesTheAddressByAMailedLink() throws Exception {
        String email = TestPeople.person("Kim Before", PASSWORD);
        FacesSession me = visitor();
        assertThat(signIn(me, email, PASSWORD).status()).isEqualTo(302);

        Response profile = me.get("account/profile.xhtml");
        assertThat(profile.text()).contains("Kim Before", email);
        Response renamed = me.submit(profile, "name", Map.of("displayName", "Kim After"), "submit");
        assertThat(message(renamed)).contains("Your name is now Kim After");
        assertThat(renamed.text()).contains("Kim After");

        String newPassword = "amber-falcon-thimble-orchard-19";
        Response wrongCurrent = me.submit(renamed, "passwordForm", Map.of("currentPassword", "not-it-" + PASSWORD,
                "password", newPassword), "submit");
        assertThat(message(wrongCurrent)).contains("Your current password is not right");
        Response changed = me.submit(wrongCurrent, "passwordForm", Map.of("currentPassword", PASSWORD,
                "password", newPassword), "submit");
        assertThat(message(changed)).contains("Your password has been changed");
        assertThat(signIn(visitor(), email, newPassword).status()).isEqualTo(302);

        String newEmail = TestPeople.newEmail();
        Response asked = me.submit(changed, "email", Map.of("newEmail", newEmail, "currentPassword", newPassword), "submit");
        assertThat(message(asked)).contains("We have emailed a link to " + newEmail);
        String link = linkIn(mailTo(MAIL, newEmail, "Confirm your new email address"), "/account/confirm-email.xhtml");
        FacesSession fromMail = visitor();
        Response confirm = fromMail.get(link);
        assertThat(confirm.status()).isEqualTo(200);
        Response moved = fromMail.submit(confirm, "confirm", Map.of(), "submit");
        assertThat(moved.text()).as(moved.toString()).contains("Your email address has been changed");
        assertThat(signIn(visitor(), newEmail, newPassword).status()).isEqualTo(302);
        assertThat(signIn(visitor(), email, newPassword).status()).isEqualTo(200);
    }

    // --- helpers -------------------------------------------------------------------------------------

    /** The page's messages (the live region), as a person reads them. */
    private static String message(Response page) {
        // What n:messages draws: the error summary's list, or the success banner's text.
        return Jsoup.parse(page.body())
                .select("#messages .nhsuk-error-summary__list, #messages .nhsuk-notification-banner__content").text();
    }
}
