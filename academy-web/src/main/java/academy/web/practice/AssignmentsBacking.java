package academy.web.practice;

import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.learning.assignment.AssignmentRequest;
import academy.learning.assignment.AssignmentView;
import academy.learning.assignment.Assignments;
import academy.learning.assignment.DueRule;
import academy.practice.MemberQuery;
import academy.practice.Membership;
import academy.shared.PageRequest;
import academy.shared.time.AcademyCalendar;
import academy.web.assignment.AssignmentForm;
import academy.web.faces.Confirmation;
import academy.web.faces.Messages;
import academy.web.paging.PagedModel;

/**
 * A practice's assignments ({@code /practice/assignments.xhtml?practice=<id>}): assign a module or
 * a learning path to one member, a job role or all staff, due on a day or within a number of days;
 * the practice's (and the region's) assignments, paged; withdraw one or change its due rule, each
 * after an on-page "are you sure?"; and the people with assigned training, with where each stands.
 */
@Named
@ViewScoped
public class AssignmentsBacking extends PracticePage {

    private static final long serialVersionUID = 1L;

    static final String WITHDRAW = "withdraw";
    static final String CHANGE = "change";
    /** Members offered in the "one person" list (the largest page the roster reads). */
    static final int MEMBER_CHOICES = PageRequest.MAX_PAGE_SIZE;

    @Inject
    Assignments assignments;

    /** The assign form's fields, and the change form's due fields. */
    private AssignmentForm form = new AssignmentForm();

    private Long changing;
    private String changingTitle;
    private Confirmation pending;
    private boolean overdueOnly;

    private transient List<Membership> members;

    private PagedModel<Assignments.Summary> list = newList();
    private PagedModel<AssignmentView> people = newPeople();

    /** Assigns, after checking the fields; a refusal names the field and changes nothing. */
    public void assign() {
        Optional<AssignmentRequest> request = form.request("assign");
        if (request.isEmpty()) {
            return;
        }
        if (Messages.attempt(() -> {
            Assignments.Summary made = assignments.summaryOf(actor(), practiceId(),
                    assignments.assign(actor(), practiceId(), request.get()).id());
            return "Assigned \"" + made.title() + "\": " + made.open() + (made.open() == 1 ? " person has" : " people have")
                    + " it now.";
        })) {
            form = new AssignmentForm();
            refresh();
        }
    }

    /** Asks before withdrawing. */
    public void askWithdraw(long assignmentId, String title) {
        pending = Confirmation.of("Withdraw an assignment", "Withdraw \"" + title + "\"? Nobody will be asked to do it any"
                + " more; what they did stays in their record.", "Yes, withdraw it", WITHDRAW, assignmentId);
    }

    /** Shows the change form for one assignment, with its current due rule. */
    public void startChange(long assignmentId) {
        Assignments.Summary summary = assignments.summaryOf(actor(), practiceId(), assignmentId);
        changing = assignmentId;
        changingTitle = summary.title();
        form = new AssignmentForm();
        form.showDueOf(summary.assignment());
    }

    /** Checks the change form, then asks before changing. */
    public void askChange() {
        Optional<DueRule> due = form.due("change");
        if (changing == null || due.isEmpty()) {
            return;
        }
        pending = new Confirmation("Change an assignment", "Change \"" + changingTitle + "\" to be due "
                + due.get().describe(AcademyCalendar::day) + (form.isMandatory() ? ", mandatory" : ", not mandatory")
                + "? Everyone who has it now gets the new due date.", "Yes, change it", CHANGE, changing,
                AssignmentForm.encode(due.get(), form.isMandatory()));
    }

    public void cancelChange() {
        changing = null;
        changingTitle = null;
        form = new AssignmentForm();
    }

    /** Carries out what the page asked about. */
    public void confirm() {
        Confirmation asked = pending;
        pending = null;
        if (asked == null) {
            return;
        }
        long subject = asked.subject();
        if (asked.is(WITHDRAW)) {
            Messages.attempt(() -> {
                assignments.withdraw(actor(), practiceId(), subject);
                return "The assignment is withdrawn.";
            });
        } else if (asked.is(CHANGE)) {
            DueRule due = AssignmentForm.decodeDue(asked.detail());
            boolean mandatory = AssignmentForm.decodeMandatory(asked.detail());
            if (Messages.attempt(() -> {
                assignments.change(actor(), practiceId(), subject, due, mandatory);
                return "The assignment is changed: due " + due.describe(AcademyCalendar::day) + ".";
            })) {
                cancelChange();
            }
        }
        refresh();
    }

    public void cancel() {
        pending = null;
    }

    /** Applies the "overdue only" filter of the people table. */
    public void filterPeople() {
        people = newPeople();
    }

    private void refresh() {
        list = newList();
        people = newPeople();
    }

    private PagedModel<Assignments.Summary> newList() {
        return new PagedModel<>(request -> assignments.ofPractice(actor(), practiceId(), request), s -> s.assignment().id());
    }

    private PagedModel<AssignmentView> newPeople() {
        boolean overdue = overdueOnly;
        return new PagedModel<>(request -> assignments.openInPractice(actor(), practiceId(), overdue, request), AssignmentView::id);
    }

    /** Current members to choose from for "one person", by name (at most {@value #MEMBER_CHOICES}). */
    public List<Membership> getMembers() {
        if (members == null) {
            members = roster.findMembers(actor(), practiceId(), MemberQuery.ALL, PageRequest.first(MEMBER_CHOICES)).items();
        }
        return members;
    }

    public boolean isChanging() { return changing != null; }
    public String getChangingTitle() { return changingTitle; }
    public Confirmation getPending() { return pending; }
    public PagedModel<Assignments.Summary> getList() { return list; }
    public PagedModel<AssignmentView> getPeople() { return people; }
    public AssignmentForm getForm() { return form; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
}
