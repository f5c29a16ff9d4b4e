package academy.web.accreditation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.accreditation.appeal.Appeal;
import academy.accreditation.appeal.AppealWindow;
import academy.accreditation.appeal.Appeals;
import academy.accreditation.appeal.PracticeKiteMark;
import academy.accreditation.award.AwardCondition;
import academy.accreditation.award.AwardLifecycle;
import academy.accreditation.award.ConditionStatus;
import academy.accreditation.award.KiteMarkAward;
import academy.practice.Practice;
import academy.shared.time.AcademyCalendar;
import academy.web.faces.Messages;
import academy.web.practice.PracticePage;
import academy.web.security.CurrentUser;

/**
 * The "Award and certificate" tab of a practice's kite-mark area ({@code /accreditation/kite-mark.xhtml?practice=<id>}):
 * the practice's current award, its status, valid until and conditions, and its appeals. Managers appeal a refusal or revocation;
 * assessors and administrators revoke the award (after confirming, on the page itself) and close
 * conditions. The services check every call.
 */
@Named
@ViewScoped
public class KiteMarkBacking extends PracticePage {

    private static final long serialVersionUID = 1L;

    @Inject
    AwardLifecycle lifecycle;

    @Inject
    Appeals appeals;

    // The page's own: the base class's is for its rule of whose practice this is.
    @Inject
    CurrentUser user;

    private transient PracticeKiteMark kiteMark;

    private String revocationReason;
    /** Set once "Revoke" is pressed with a reason: the page asks to confirm before anything changes. */
    private boolean confirmingRevocation;
    private String grounds;
    private final Map<Long, String> notes = new HashMap<>();
    private final Map<Long, String> outcomes = new HashMap<>();

    /** Assessors see any practice's kite mark too: the lifecycle service's rule, not only the managers'. */
    @Override
    protected Practice read(long id) {
        kiteMark = appeals.kiteMarkOf(actor(), id, lifecycle.now());
        return kiteMark.practice();
    }

    public PracticeKiteMark getKiteMark() {
        if (kiteMark == null && isChosen()) {
            kiteMark = appeals.kiteMarkOf(actor(), getPracticeId(), lifecycle.now());
        }
        return kiteMark;
    }

    /** Assessors and administrators revoke awards and close conditions. */
    public boolean isAssessing() {
        return user.hasGroup("assessor") || user.hasGroup("admin");
    }

    public boolean isManaging() {
        return isChosen() && actor().manages(getPracticeId());
    }

    /** Managers and administrators see the practice's readiness and application tabs too. */
    public boolean isManagerView() {
        return isManaging() || user.hasGroup("admin");
    }

    /** The last day the practice may appeal a decision taken then. */
    public String appealBy(java.time.Instant decidedAt) {
        return AcademyCalendar.day(AppealWindow.lastDay(decidedAt));
    }

    public boolean isOpen(AwardCondition condition) {
        return condition.status() == ConditionStatus.OPEN;
    }

    /** The first press: asks to confirm, unless the reason is missing (the service's message says so). */
    public void askToRevoke() {
        if (revocationReason == null || revocationReason.isBlank()) {
            revoke();
            return;
        }
        confirmingRevocation = true;
    }

    public void keepKiteMark() {
        confirmingRevocation = false;
    }

    public void revoke() {
        confirmingRevocation = false;
        KiteMarkAward award = getKiteMark().award().orElseThrow();
        if (Messages.attempt(() -> {
            lifecycle.revoke(actor(), award.id(), revocationReason, lifecycle.now());
            return "The kite mark " + award.serial().value() + " is revoked. The practice can appeal within "
                    + AppealWindow.DAYS + " days.";
        })) {
            revocationReason = null;
        }
        kiteMark = null;
    }

    public void closeCondition(AwardCondition condition) {
        String chosen = outcomes.get(condition.id());
        ConditionStatus outcome = "WAIVED".equals(chosen) ? ConditionStatus.WAIVED
                : "MET".equals(chosen) ? ConditionStatus.MET : null;
        if (outcome == null) {
            Messages.error("Choose whether condition " + condition.position() + " was met or is waived.");
            return;
        }
        if (Messages.attempt(() -> {
            lifecycle.closeCondition(actor(), condition.id(), outcome, notes.get(condition.id()), lifecycle.now());
            return "Condition " + condition.position() + " is recorded as " + outcome.label().toLowerCase(Locale.UK) + ".";
        })) {
            notes.remove(condition.id());
            outcomes.remove(condition.id());
        }
        kiteMark = null;
    }

    public void appealRevocation() {
        KiteMarkAward award = getKiteMark().award().orElseThrow();
        appeal(() -> appeals.appealRevocation(actor(), award.id(), grounds, lifecycle.now()));
    }

    public void appealRefusal() {
        long applicationId = getKiteMark().refused().orElseThrow().id();
        appeal(() -> appeals.appealRefusal(actor(), applicationId, grounds, lifecycle.now()));
    }

    private void appeal(java.util.function.Supplier<Appeal> lodge) {
        if (Messages.attempt(() -> {
            Appeal appeal = lodge.get();
            return "Your appeal (" + appeal.kind().label().toLowerCase(Locale.UK) + ") is lodged. An administrator will"
                    + " give it to an assessor who was not involved in the decision.";
        })) {
            grounds = null;
        }
        kiteMark = null;
    }

    public boolean isConfirmingRevocation() { return confirmingRevocation; }
    public String getRevocationReason() { return revocationReason; }
    public void setRevocationReason(String revocationReason) { this.revocationReason = revocationReason; }
    public String getGrounds() { return grounds; }
    public void setGrounds(String grounds) { this.grounds = grounds; }
    public Map<Long, String> getNotes() { return notes; }
    public Map<Long, String> getOutcomes() { return outcomes; }
}
