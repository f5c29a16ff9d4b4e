package academy.accreditation.appeal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import academy.accreditation.application.KiteMarkApplication;
import academy.practice.Practice;
import academy.accreditation.award.AwardStatus;
import academy.accreditation.award.KiteMarkAward;

/**
 * A practice's kite mark as its managers see it ("Our kite mark"): the latest award with its status
 * and conditions, the latest refused application, and its recent appeals.
 *
 * @param renewalWindowOpens the first day of the latest award's renewal window
 * @param refused            the practice's latest refused application, if any
 * @param appeals            the latest {@value #APPEALS_SHOWN} appeals, newest first
 */
public record PracticeKiteMark(Practice practice, Optional<KiteMarkAward> award, Optional<AwardStatus> status,
                               Optional<LocalDate> renewalWindowOpens, Optional<KiteMarkApplication> refused,
                               List<Appeal> appeals, LocalDate today) {

    static final int APPEALS_SHOWN = 10;

    public PracticeKiteMark {
        appeals = List.copyOf(appeals);
    }

    /** True when the revocation of the latest award may still be appealed and no appeal is open against it. */
    public boolean mayAppealRevocation() {
        return award.flatMap(KiteMarkAward::revokedAt).filter(at -> AppealWindow.isOpen(at, today)).isPresent()
                && appeals.stream().noneMatch(a -> a.status().isOpen() && a.kind() == AppealKind.REVOCATION);
    }

    /** True when the latest refusal may still be appealed and no appeal is open against it. */
    public boolean mayAppealRefusal() {
        return refused.flatMap(KiteMarkApplication::closedAt).filter(at -> AppealWindow.isOpen(at, today)).isPresent()
                && appeals.stream().noneMatch(a -> a.status().isOpen() && a.kind() == AppealKind.REFUSAL);
    }

    /** The last day the latest revocation could be appealed, once it has passed. */
    public Optional<LocalDate> revocationAppealEnded() {
        return award.flatMap(KiteMarkAward::revokedAt).filter(at -> !AppealWindow.isOpen(at, today)).map(AppealWindow::lastDay);
    }

    /** The last day the latest refusal could be appealed, once it has passed. */
    public Optional<LocalDate> refusalAppealEnded() {
        return refused.flatMap(KiteMarkApplication::closedAt).filter(at -> !AppealWindow.isOpen(at, today)).map(AppealWindow::lastDay);
    }
}
