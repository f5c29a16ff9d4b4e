package academy.web.admin;

import java.io.Serializable;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.learning.assignment.AssignmentRequest;
import academy.learning.assignment.AssignmentTarget;
import academy.learning.assignment.Assignments;
import academy.web.assignment.AssignmentForm;
import academy.web.faces.Confirmation;
import academy.web.faces.Messages;
import academy.web.paging.PagedModel;
import academy.web.security.CurrentUser;

/**
 * Region-wide assignments ({@code /admin/assignments.xhtml}), for administrators: training every
 * practice's staff (or one job role) must do, such as data security within 30 days of joining;
 * the list, paged; withdrawing one after an on-page "are you sure?".
 */
@Named
@ViewScoped
public class AssignmentsAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String WITHDRAW = "withdraw";

    @Inject
    Assignments assignments;

    @Inject
    CurrentUser currentUser;

    private AssignmentForm form = new AssignmentForm();
    private Confirmation pending;
    private PagedModel<Assignments.Summary> list = newList();


    public void assign() {
        if (AssignmentTarget.PERSON.name().equals(form.getTarget())) {
            Messages.errorOn("assign:target", "A region-wide assignment is for a job role or for all staff.");
            return;
        }
        Optional<AssignmentRequest> request = form.request("assign");
        if (request.isEmpty()) {
            return;
        }
        if (Messages.attempt(() -> {
            assignments.assignRegionWide(currentUser.actor(), request.get());
            return "Assigned in every practice.";
        })) {
            form = new AssignmentForm();
            list = newList();
        }
    }

    public void askWithdraw(long assignmentId, String title) {
        pending = Confirmation.of("Withdraw a region-wide assignment", "Withdraw \"" + title + "\" in every practice? Nobody"
                + " will be asked to do it any more; what they did stays in their record.", "Yes, withdraw it", WITHDRAW,
                assignmentId);
    }

    public void confirm() {
        Confirmation asked = pending;
        pending = null;
        if (asked != null && asked.is(WITHDRAW)) {
            long subject = asked.subject();
            Messages.attempt(() -> {
                assignments.withdrawRegionWide(currentUser.actor(), subject);
                return "The assignment is withdrawn in every practice.";
            });
            list = newList();
        }
    }

    public void cancel() {
        pending = null;
    }

    private PagedModel<Assignments.Summary> newList() {
        return new PagedModel<>(request -> assignments.regionWide(currentUser.actor(), request), s -> s.assignment().id());
    }

    public AssignmentForm getForm() { return form; }
    public Confirmation getPending() { return pending; }
    public PagedModel<Assignments.Summary> getList() { return list; }
}
