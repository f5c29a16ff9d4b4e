package academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class KiteMarkBadgeTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2028, 4, 30);

    private static Document parse(KiteMarkBadge badge) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(badge.svg()));
    }

    @Test
    void aCompletionCertificatesBadgeNamesTheModuleAndItsStatus() {
        KiteMarkBadge valid = KiteMarkBadge.ofCompletion("Online access", java.util.Optional.empty(), CertificateStatus.VALID);
        assertThat(valid.text()).isEqualTo("Certificate of completion, Online access. Valid.");
        assertThat(new String(valid.svg(), java.nio.charset.StandardCharsets.UTF_8)).contains(">Certificate of completion</text>");
        assertThat(KiteMarkBadge.ofCompletion("Online access", java.util.Optional.of(LAST_DAY), CertificateStatus.SUPERSEDED).text())
                .contains("Replaced by a newer certificate");
        assertThat(new String(KiteMarkBadge.ofCompletion("Online access", java.util.Optional.of(LAST_DAY), CertificateStatus.REVOKED)
                .svg(), java.nio.charset.StandardCharsets.UTF_8)).contains("data-status=\"revoked\"");
    }

    @Test
    void aValidBadgeSaysTheLevelAndTheLastValidDay() throws Exception {
        KiteMarkBadge badge = new KiteMarkBadge("Level 2 \u2013 Established", LAST_DAY, KiteMarkBadge.Standing.VALID);
        Document svg = parse(badge);
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("data-status")).isEqualTo("valid");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Digital Practice kite mark, Level 2 \u2013 Established. Valid until 30 April 2028.");
        assertThat(svg.getDocumentElement().getTextContent()).contains("Valid until 30 April 2028");
    }

    @Test
    void revokedExpiredAndReplacedBadgesLookAndReadDifferently() throws Exception {
        String valid = new String(new KiteMarkBadge("Foundation", LAST_DAY, KiteMarkBadge.Standing.VALID).svg());
        for (KiteMarkBadge.Standing standing : new KiteMarkBadge.Standing[] {
                KiteMarkBadge.Standing.EXPIRED, KiteMarkBadge.Standing.REVOKED, KiteMarkBadge.Standing.SUPERSEDED}) {
            KiteMarkBadge badge = new KiteMarkBadge("Foundation", LAST_DAY, standing);
            assertThat(parse(badge).getDocumentElement().getAttribute("data-status")).isEqualTo(standing.slug());
            assertThat(badge.text()).doesNotContain("Valid until");
            assertThat(new String(badge.svg())).isNotEqualTo(valid).doesNotContain("#1d6b3a");
        }
        assertThat(new KiteMarkBadge("Foundation", LAST_DAY, KiteMarkBadge.Standing.EXPIRED).statusLine())
                .isEqualTo("Expired on 1 May 2028");
        assertThat(new KiteMarkBadge("Foundation", LAST_DAY, KiteMarkBadge.Standing.REVOKED).statusLine()).startsWith("Revoked");
    }

    @Test
    void markupInALevelTitleIsEscaped() throws Exception {
        KiteMarkBadge badge = new KiteMarkBadge("<script>&\"", LAST_DAY, KiteMarkBadge.Standing.VALID);
        assertThat(new String(badge.svg())).doesNotContain("<script>").contains("&lt;script&gt;&amp;&quot;");
        assertThat(parse(badge).getElementsByTagName("script").getLength()).isZero();
    }
}
