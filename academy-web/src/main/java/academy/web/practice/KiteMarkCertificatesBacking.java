package academy.web.practice;

import java.util.List;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.certificate.AwardCertificates;
import academy.certificate.AwardCertificates.AwardCertificate;
import academy.certificate.KiteMarkSubjects;

/**
 * The practice's kite marks ({@code /practice/kite-mark-certificates.xhtml?practice=<id>}): each award with its
 * status, its certificate (PDF) and credential to download, and the badge with the HTML to embed it
 * on the practice's website. The service checks that the person manages the practice.
 */
@Named
@ViewScoped
public class KiteMarkCertificatesBacking extends PracticePage {

    private static final long serialVersionUID = 1L;

    @Inject
    AwardCertificates awardCertificates;

    @Inject
    KiteMarkSubjects kiteMarks;

    private transient List<AwardCertificate> awards;

    public List<AwardCertificate> getAwards() {
        if (awards == null) {
            awards = awardCertificates.ofPractice(actor(), practiceId());
        }
        return awards;
    }

    /** The badge's address, for showing it on this page. */
    public String badgePath(AwardCertificate award) {
        return context().getRequestContextPath() + "/api/v1/badges/" + award.award().serial().value();
    }

    public String pdfPath(AwardCertificate award) {
        return context().getRequestContextPath() + "/api/v1/certificates/awards/" + award.award().serial().value();
    }

    public String credentialPath(AwardCertificate award) {
        return context().getRequestContextPath() + "/api/v1/credentials/awards/" + award.award().serial().value();
    }

    /** What the badge says today, as alternative text. */
    public String badgeText(AwardCertificate award) {
        return awardCertificates.badge(award.award().serial().value()).text();
    }

    /** The HTML a practice pastes into its website. */
    public String embedSnippet(AwardCertificate award) {
        return kiteMarks.embedSnippet(award.award());
    }

    private static ExternalContext context() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
