package academy.web.practice;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.learning.ExternalTraining;
import academy.learning.TrainingElsewhere;
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.web.faces.Confirmation;
import academy.web.faces.Messages;
import academy.web.faces.Pages;

/**
 * Training done elsewhere waiting for the manager ({@code /practice/training-claims.xhtml?practice=<id>&page=…}):
 * the practice's pending records, oldest first, a page at a time; each is approved or turned down
 * after a yes, with a reason (needed to turn one down).
 */
@Named
@ViewScoped
public class TrainingClaimsBacking extends PracticePage {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 10;
    static final String APPROVE = "approve";
    static final String REJECT = "reject";

    @Inject
    TrainingElsewhere trainingElsewhere;

    private String page;
    private int pageNumber;
    private Confirmation pending;
    private String reason;

    private transient Page<ExternalTraining> claims;

    @Override
    protected void chosen() {
        pageNumber = Pages.wholeNumber(page).filter(p -> p >= 0).orElse(0);
    }

    public void askToApprove(ExternalTraining training) {
        reason = null;
        pending = Confirmation.of("Approve training done elsewhere", "Approve \"" + training.title() + "\" ("
                + training.provider() + ") for " + training.person().displayName() + "? " + training.moduleVersion()
                .map(v -> "It will count as completing \"" + v.title() + "\" from the day it was done.")
                .orElse("It is kept as a record of their training; it completes no module."), "Yes, approve", APPROVE,
                training.id());
    }

    public void askToReject(ExternalTraining training) {
        reason = null;
        pending = Confirmation.of("Turn down training done elsewhere", "Turn down \"" + training.title() + "\" ("
                + training.provider() + ") for " + training.person().displayName() + "? They will see your reason.",
                "Yes, turn down", REJECT, training.id());
    }

    /** Carries out the decision the page asked about; turning down without a reason keeps the question open. */
    public void confirm() {
        Confirmation asked = pending;
        if (asked == null) {
            return;
        }
        if (asked.is(APPROVE)) {
            Messages.attempt(() -> {
                ExternalTraining approved = trainingElsewhere.approve(actor(), asked.subject(), reason);
                return "Approved: \"" + approved.title() + "\" for " + approved.person().displayName()
                        + (approved.completionId().isPresent() ? ". It now counts as completing \""
                        + approved.moduleVersion().orElseThrow().title() + "\"." : ". It is kept as a record of their training.");
            });
        } else {
            if (reason == null || reason.isBlank()) {
                Messages.errorOn("deciding:reason", "Enter a reason for not accepting the training, so that the learner"
                        + " knows what to do next.");
                return;
            }
            Messages.attempt(() -> {
                ExternalTraining rejected = trainingElsewhere.reject(actor(), asked.subject(), reason);
                return "You turned down \"" + rejected.title() + "\" for " + rejected.person().displayName()
                        + ". They can see your reason.";
            });
        }
        // Decided, or refused (decided by someone else meanwhile): either way the question is over.
        pending = null;
        reason = null;
        claims = null;
    }

    public void cancel() {
        pending = null;
        reason = null;
    }

    public Confirmation getPending() {
        return pending;
    }

    public Page<ExternalTraining> getClaims() {
        if (claims == null) {
            claims = trainingElsewhere.pending(actor(), practiceId(), new PageRequest(pageNumber, PAGE_SIZE));
        }
        return claims;
    }

    public String getEarlierHref() {
        return getClaims().pageNumber() > 0 ? pageHref(getClaims().pageNumber() - 1) : null;
    }

    public String getLaterHref() {
        return getClaims().pageNumber() + 1 < getClaims().pageCount() ? pageHref(getClaims().pageNumber() + 1) : null;
    }

    private String pageHref(int number) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/practice/training-claims.xhtml?practice=" + practiceId() + "&page=" + number;
    }

    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
