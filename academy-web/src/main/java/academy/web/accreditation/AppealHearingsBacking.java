package academy.web.accreditation;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.accreditation.appeal.Appeal;
import academy.accreditation.appeal.AppealKind;
import academy.accreditation.appeal.AppealStatus;
import academy.accreditation.appeal.Appeals;
import academy.accreditation.award.AwardLifecycle;
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.web.faces.Messages;
import academy.web.faces.Pages;
import academy.web.security.CurrentUser;

/**
 * {@code /accreditation/appeal-hearings.xhtml}: the appeals given to the signed-in assessor; they uphold or
 * dismiss each with reasons, and confirm (on the page itself: the outcome cannot be changed afterwards).
 * Upholding reinstates a revoked award or reopens a refused application for them.
 */
@Named
@ViewScoped
public class AppealHearingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    Appeals appeals;

    @Inject
    AwardLifecycle lifecycle;

    @Inject
    CurrentUser currentUser;


    private String page;
    private final Map<Long, String> outcomes = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private transient Page<Appeal> mine;
    /** The appeal whose outcome waits for "Yes, record it"; null when none. */
    private Long confirming;

    public Page<Appeal> getMine() {
        if (mine == null) {
            int number = Pages.wholeNumber(page).filter(n -> n >= 1).orElse(1);
            mine = appeals.assignedTo(currentUser.actor(), new PageRequest(number - 1, PAGE_SIZE));
        }
        return mine;
    }

    public boolean isOpen(Appeal appeal) {
        return appeal.status() == AppealStatus.ASSIGNED;
    }

    /** The first press: asks to confirm once an outcome is chosen. */
    public void askToDecide(Appeal appeal) {
        if (chosenOutcome(appeal)) {
            confirming = appeal.id();
        }
    }

    public boolean isConfirming(Appeal appeal) {
        return appeal.id().equals(confirming);
    }

    public void goBack() {
        confirming = null;
    }

    public void decide(Appeal appeal) {
        confirming = null;
        if (!chosenOutcome(appeal)) {
            return;
        }
        String outcome = outcomes.get(appeal.id());
        boolean upheld = "UPHELD".equals(outcome);
        if (Messages.attempt(() -> {
            appeals.decide(currentUser.actor(), appeal.id(), upheld, reasons.get(appeal.id()), lifecycle.now());
            return "The appeal of " + appeal.practice().name() + " is " + (upheld ? "upheld" : "dismissed") + "."
                    + (!upheld ? "" : appeal.kind() == AppealKind.REVOCATION ? " The kite mark is reinstated."
                    : " The application is reopened for you to review again.");
        })) {
            reasons.remove(appeal.id());
        }
        mine = null;
    }

    private boolean chosenOutcome(Appeal appeal) {
        String outcome = outcomes.get(appeal.id());
        if (!"UPHELD".equals(outcome) && !"DISMISSED".equals(outcome)) {
            Messages.error("Choose whether the appeal of " + appeal.practice().name() + " is upheld or dismissed.");
            return false;
        }
        return true;
    }

    /** The address of another page of appeals, from the context root; empty when there is none. */
    public String pageHref(int number) {
        return number < 1 || number > getMine().pageCount() ? "" : "/accreditation/appeal-hearings.xhtml?page=" + number;
    }

    public String pageLabel(int number) {
        return "Page " + number + " of " + getMine().pageCount();
    }

    public int getCurrentPage() { return getMine().pageNumber() + 1; }
    public Map<Long, String> getOutcomes() { return outcomes; }
    public Map<Long, String> getReasons() { return reasons; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
