package academy.web.assessment;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.accreditation.assessment.ConflictDeclarations;
import academy.accreditation.assessment.DeclaredConflict;
import academy.practice.AssessorConflicts;
import academy.web.faces.Messages;
import academy.web.security.CurrentUser;

/**
 * An assessor's conflicts of interest ({@code /assessment/conflicts.xhtml}): those the academy knows
 * from their memberships, those they declared, and the form to declare another.
 */
@Named
@RequestScoped
public class ConflictsBacking {

    @Inject
    ConflictDeclarations declarations;

    @Inject
    CurrentUser currentUser;

    private String odsCode;
    private String reason;
    private List<DeclaredConflict> declared;
    private List<AssessorConflicts.Conflict> memberships;

    public void declare() {
        if (Messages.attempt(() -> {
            DeclaredConflict conflict = declarations.declareConflict(currentUser.actor(), odsCode, reason);
            return "Your conflict of interest with " + conflict.practice().name()
                    + " is recorded. Its applications no longer reach you.";
        })) {
            odsCode = null;
            reason = null;
            declared = null;
        }
    }

    public boolean isAssessor() {
        return currentUser.actor().isAssessor();
    }

    public List<DeclaredConflict> getDeclared() {
        if (declared == null) {
            declared = isAssessor() ? declarations.declaredConflicts(currentUser.actor()) : List.of();
        }
        return declared;
    }

    public List<AssessorConflicts.Conflict> getMemberships() {
        if (memberships == null) {
            memberships = declarations.membershipConflicts(currentUser.actor());
        }
        return memberships;
    }

    public String getOdsCode() { return odsCode; }
    public void setOdsCode(String odsCode) { this.odsCode = odsCode; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
