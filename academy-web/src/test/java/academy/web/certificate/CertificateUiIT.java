package academy.web.certificate;

import static academy.web.ui.BrowserExtension.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.SignInSession;
import academy.web.ui.Browser;
import academy.web.ui.BrowserExtension;

/**
 * Certificates and kite marks in a real browser, in one deployment (with the test-only award
 * fixture): the public verification page opened at the address a QR code carries, a typed serial,
 * an unknown serial, the genuine PDF uploaded, a tampered copy, a file that is no PDF and one too
 * large; an administrator re-issuing and revoking, and the verification pages saying so; and
 * Riverside's manager, once the practice holds the kite mark, opening "Kite mark" from the
 * practice's menu, seeing the badge drawn, copying the embed snippet by keyboard and following the
 * link to the public check. axe-core checks every state of the pages.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class CertificateUiIT {

    @ArquillianResource
    URL deployed;

    @TempDir
    Path files;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy().addClasses(AwardFixture.class, AwardFixtureServlet.class);
    }

    /** A certificate issued the way a learner gets one; its serial and signed bytes. */
    private record Issued(String serial, byte[] pdf) {
    }

    private Issued issue(Browser browser) throws SQLException {
        CertificateData.DemoCompletion completion = CertificateData.uncertifiedRiversideCompletion();
        SignInSession learner = SignInSession.signIn(browser.home(), completion.email(), DemoAccounts.PASSWORD);
        HttpResponse<byte[]> pdf = learner.getBytes("api/v1/certificates/completions/" + completion.id());
        assertThat(pdf.statusCode()).isEqualTo(200);
        List<String> serials = CertificateData.serialsOf(completion.id());
        return new Issued(serials.get(serials.size() - 1), pdf.body());
    }

    private static String display(String serial) {
        return serial.substring(0, 4) + "-" + serial.substring(4, 8) + "-" + serial.substring(8);
    }

    @Test
    void theQrAddressShowsEveryFieldAndTheStatusAndTypingTheSerialFindsItToo(Browser browser) throws SQLException {
        Issued issued = issue(browser);
        browser.open(browser.home().resolve("verify/" + issued.serial()));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Check a certificate");
        assertThat(browser.text(By.id("certificate-status"))).containsAnyOf("Status: Valid", "Status: Expired");
        String fields = browser.text(By.id("certificate-fields"));
        assertThat(fields).contains("Learner", "Module", "Module version", "CPD", "Completed on", display(issued.serial()),
                "Fingerprint of the issued PDF");
        assertThat(browser.find(By.id("download")).getDomAttribute("href")).endsWith("/api/v1/verify/" + issued.serial() + "/pdf");
        browser.assertAccessible();

        browser.open(browser.home().resolve("certificate/verify.xhtml"));
        browser.assertAccessible();
        WebElement serial = browser.find(By.id("lookup:serial"));
        serial.sendKeys(" " + display(issued.serial()).toLowerCase() + " ");
        browser.navigate(() -> serial.sendKeys(Keys.ENTER));
        assertThat(browser.currentUri().getRawQuery()).contains("serial=" + issued.serial());
        assertThat(browser.text(By.id("certificate-fields"))).contains(display(issued.serial()));
    }

    @Test
    void anUnknownSerialIsPlainlyNotFound(Browser browser) {
        browser.open(browser.home().resolve("verify/0000-0000-0000"));
        assertThat(browser.text(By.cssSelector("#not-found p"))).startsWith("No certificate with this serial number was found.");
        assertThat(browser.isPresent(By.id("certificate-fields"))).isFalse();
        browser.assertAccessible();

        WebElement serial = browser.find(By.id("lookup:serial"));
        serial.sendKeys("<b>nonsense</b>");
        browser.navigate(() -> browser.find(By.id("lookup:find")).click());
        assertThat(browser.text(By.cssSelector("#not-found p"))).startsWith("No certificate with this serial number was found.");
        browser.assertAccessible();
    }

    @Test
    void theGenuinePdfPassesAndATamperedOneDoesNot(Browser browser) throws SQLException {
        Issued issued = issue(browser);
        assertThat(upload(browser, "genuine.pdf", issued.pdf())).startsWith("The file is unchanged: it is the certificate "
                + display(issued.serial()));
        assertThat(browser.text(By.id("certificate-status"))).containsAnyOf("Status: Valid", "Status: Expired");
        assertThat(browser.text(By.id("certificate-fields"))).contains(display(issued.serial()));
        browser.assertAccessible();

        byte[] tampered = issued.pdf().clone();
        int at = new String(tampered, StandardCharsets.ISO_8859_1).indexOf("Certificate of completion");
        tampered[at] = 'c';
        assertThat(upload(browser, "tampered.pdf", tampered)).startsWith("Not genuine");
        assertThat(browser.isPresent(By.id("certificate-fields"))).isFalse();
        browser.assertAccessible();

        byte[] appended = Arrays.copyOf(issued.pdf(), issued.pdf().length + 2);
        assertThat(upload(browser, "appended.pdf", appended)).startsWith("Not genuine");
    }

    @Test
    void aFileThatIsNoPdfOrTooLargeGetsAClearMessage(Browser browser) {
        browser.open(browser.home().resolve("certificate/verify.xhtml"));
        choose(browser, "notes.pdf", "just some words".getBytes(StandardCharsets.UTF_8));
        browser.navigate(() -> browser.find(By.id("upload:check")).click());
        assertThat(browser.text(By.cssSelector(".nhsuk-error-summary"))).contains("There is a problem", "This file is not a PDF.");
        browser.assertAccessible();

        byte[] large = new byte[6 * 1024 * 1024];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 5);
        choose(browser, "large.pdf", large);
        browser.navigate(() -> browser.find(By.id("upload:check")).click());
        assertThat(browser.text(By.cssSelector(".nhsuk-error-summary"))).contains("larger than 5 MB");
    }

    @Test
    void anAdministratorReissuesAndRevokesAndTheVerificationPagesSaySo(Browser browser) throws SQLException {
        CertificateData.DemoCompletion completion = CertificateData.uncertifiedRiversideCompletion();
        SignInSession learner = SignInSession.signIn(browser.home(), completion.email(), DemoAccounts.PASSWORD);
        assertThat(learner.getBytes("api/v1/certificates/completions/" + completion.id()).statusCode()).isEqualTo(200);
        String old = CertificateData.serialsOf(completion.id()).get(0);

        signIn(browser, DemoAccounts.ADMIN);
        browser.open(browser.home().resolve("admin/certificates.xhtml"));
        browser.assertAccessible();

        browser.find(By.id("certificates:reissue-serial")).sendKeys(display(old));
        confirm(browser, "certificates:reissue");
        assertThat(browser.text(By.id("messages"))).contains("Re-issued as").contains("superseded");
        browser.assertAccessible();
        List<String> serials = CertificateData.serialsOf(completion.id());
        assertThat(serials).hasSize(2);
        String newer = serials.get(1);
        assertThat(browser.text(By.id("messages"))).contains(display(newer));

        browser.open(browser.home().resolve("verify/" + old));
        assertThat(browser.text(By.id("certificate-status"))).contains("Status: Superseded").contains(display(newer));
        browser.assertAccessible();
        browser.follow(By.id("superseded-by"));
        assertThat(browser.text(By.id("certificate-status"))).containsAnyOf("Status: Valid", "Status: Expired");
        assertThat(browser.text(By.id("certificate-fields"))).contains(display(newer));

        browser.open(browser.home().resolve("admin/certificates.xhtml"));
        browser.find(By.id("certificates:serial")).sendKeys(newer);
        browser.find(By.id("certificates:reason")).sendKeys("Completed under another person's account");
        confirm(browser, "certificates:revoke");
        assertThat(browser.text(By.id("messages"))).contains("Certificate " + display(newer) + " is revoked");
        browser.follow(By.id("latest"));
        assertThat(browser.text(By.id("certificate-status"))).contains("Status: Revoked")
                .contains("Reason: Completed under another person's account");
        assertThat(browser.text(By.xpath("//a[@id='download']/.."))).as("the download says it is stamped")
                .contains("stamped REVOKED across the page");
        browser.assertAccessible();
    }

    /** Presses the button, checks the question it asks, then "yes", by keyboard, and waits for the answer. */
    private void confirm(Browser browser, String buttonId) {
        browser.navigate(() -> browser.find(By.id(buttonId)).sendKeys(Keys.ENTER));
        assertThat(browser.text(By.id("certificates:confirmation"))).contains("Are you sure?");
        browser.assertAccessible();
        browser.navigate(() -> browser.find(By.id("certificates:confirm-yes")).sendKeys(Keys.ENTER));
    }

    private String upload(Browser browser, String name, byte[] content) {
        browser.open(browser.home().resolve("certificate/verify.xhtml"));
        choose(browser, name, content);
        browser.navigate(() -> browser.find(By.id("upload:check")).click());
        return browser.isPresent(By.id("upload-verdict")) ? browser.text(By.cssSelector("#upload-verdict p"))
                : browser.text(By.cssSelector("#upload-refused p"));
    }

    private void choose(Browser browser, String name, byte[] content) {
        try {
            Path file = Files.write(files.resolve(name), content);
            browser.find(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theManagerSeesTheKiteMarkItsBadgeAndItsPublicCheck(Browser browser) throws Exception {
        long riverside = practiceId();
        SignInSession.Response granted = new SignInSession(browser.home()).post("test-fixtures/awards/grant",
                Map.of("practice", Long.toString(riverside), "rank", "1"));
        assertThat(granted.status()).isEqualTo(200);
        String awardSerial = granted.body().strip().split(" ")[1];

        signIn(browser, DemoAccounts.MANAGER_A);
        // The certificates page, as the kite-mark area links to it.
        browser.open(browser.home().resolve("practice/kite-mark-certificates.xhtml"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Your kite mark");
        browser.assertAccessible();

        WebElement section = browser.findAll(By.cssSelector("section.certificate-record")).stream()
                .filter(s -> s.findElement(By.tagName("h2")).getText().contains(awardSerial)).findFirst().orElseThrow();
        WebElement badge = section.findElement(By.cssSelector("img.award-badge"));
        assertThat(((Number) browser.script("return arguments[0].naturalWidth;", badge)).intValue())
                .as("the badge image loads and is drawn").isEqualTo(320);
        assertThat(badge.getAttribute("alt")).contains("Valid until");
        WebElement snippet = section.findElement(By.cssSelector("textarea.embed-snippet"));
        snippet.click();
        assertThat(browser.focused()).isEqualTo(snippet);
        assertThat(snippet.getAttribute("value")).contains("/verify/" + awardSerial, "/api/v1/badges/" + awardSerial, "alt=\"");

        browser.navigate(() -> section.findElement(By.cssSelector("a.award-verify")).sendKeys(Keys.ENTER));
        assertThat(browser.text(By.id("certificate-status"))).contains("Status: Valid");
        assertThat(browser.text(By.id("award-status"))).contains("Kite mark " + awardSerial + ": Current");
        browser.assertAccessible();
    }

    private static long practiceId() throws java.sql.SQLException {
        try (var db = academy.web.TestDatabase.connect();
             var query = db.prepareStatement("SELECT id FROM practice WHERE ods_code = ?")) {
            query.setString(1, DemoAccounts.PRACTICE_A);
            try (var row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
