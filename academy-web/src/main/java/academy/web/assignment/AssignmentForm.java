package academy.web.assignment;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import academy.learning.assignment.Assignment;
import academy.learning.assignment.AssignmentRequest;
import academy.learning.assignment.AssignmentTarget;
import academy.learning.assignment.DueKind;
import academy.learning.assignment.DueRule;
import academy.practice.JobRole;
import academy.shared.time.AcademyCalendar;
import academy.web.faces.Messages;

/**
 * The fields of the assign and change forms (whom, what, when due, mandatory), shared by the
 * practice's and the region's Assignments pages. Reading them names the field that is wrong
 * (linked from the error summary) and gives nothing, so nothing changes.
 */
public class AssignmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String target = "ROLE";
    private Long personId;
    private String role;
    private String what;
    private String dueKind = DueKind.ON_DATE.name();
    private LocalDate dueOn;
    private String dueDays;
    private String dueDaysJoining;
    private boolean mandatory;

    /** The request the form {@code form} (its id) asks for, or errors on its fields. */
    public Optional<AssignmentRequest> request(String form) {
        Optional<AssignmentTarget> whom = Arrays.stream(AssignmentTarget.values()).filter(t -> t.name().equals(target)).findFirst();
        boolean ok = true;
        if (whom.isEmpty()) {
            Messages.errorOn(form + ":target", "Select whom the training is for.");
            ok = false;
        } else if (whom.get() == AssignmentTarget.PERSON && personId == null) {
            Messages.errorOn(form + ":person", "Select the person the training is for.");
            ok = false;
        }
        Optional<JobRole> jobRole = JobRole.fromSlug(role == null ? "" : role);
        if (whom.filter(AssignmentTarget.ROLE::equals).isPresent() && jobRole.isEmpty()) {
            Messages.errorOn(form + ":role", "Select a job role.");
            ok = false;
        }
        Optional<String> moduleSlug = prefixed("module:");
        Optional<String> pathSlug = prefixed("path:");
        if (moduleSlug.isEmpty() && pathSlug.isEmpty()) {
            Messages.errorOn(form + ":what", "Select a module or a learning path.");
            ok = false;
        }
        Optional<DueRule> due = due(form);
        if (!ok || due.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AssignmentRequest(whom.get(), whom.get() == AssignmentTarget.PERSON
                ? Optional.ofNullable(personId) : Optional.empty(), whom.get() == AssignmentTarget.ROLE ? jobRole : Optional.empty(),
                moduleSlug, pathSlug, due.get(), mandatory));
    }

    private Optional<String> prefixed(String prefix) {
        return Optional.ofNullable(what).filter(w -> w.startsWith(prefix)).map(w -> w.substring(prefix.length()));
    }

    /** The due rule from the form {@code form}'s fields, or an error on the field that is wrong. */
    public Optional<DueRule> due(String form) {
        if (DueKind.ON_DATE.name().equals(dueKind)) {
            if (dueOn == null) {
                Messages.errorOn(form + ":due-on", "Enter the date the training is due.");
                return Optional.empty();
            }
            if (dueOn.isBefore(AcademyCalendar.dayOf(Instant.now()))) {
                Messages.errorOn(form + ":due-on", "The due date must be today or in the future.");
                return Optional.empty();
            }
            return Optional.of(DueRule.on(dueOn));
        }
        Optional<DueKind> kind = Arrays.stream(DueKind.values()).filter(k -> k.name().equals(dueKind)).findFirst();
        if (kind.isEmpty()) {
            Messages.errorOn(form + ":due-kind", "Select when the training is due.");
            return Optional.empty();
        }
        String field = form + (kind.get() == DueKind.AFTER_JOINING ? ":due-days-joining" : ":due-days");
        String typed = kind.get() == DueKind.AFTER_JOINING ? dueDaysJoining : dueDays;
        String given = typed == null ? "" : typed.strip();
        try {
            int days = Integer.parseInt(given);
            if (days < 1 || days > DueRule.MAX_DAYS) {
                Messages.errorOn(field, "The number of days must be from 1 to " + DueRule.MAX_DAYS + ".");
                return Optional.empty();
            }
            return Optional.of(new DueRule(kind.get(), Optional.empty(), Optional.of(days)));
        } catch (NumberFormatException notANumber) {
            Messages.errorOn(field, given.isEmpty() ? "Enter the number of days."
                    : "Enter the number of days as a whole number, such as 30.");
            return Optional.empty();
        }
    }

    /** Fills the due fields and "mandatory" from an assignment, for the change form. */
    public void showDueOf(Assignment assignment) {
        DueRule rule = assignment.dueRule();
        dueKind = rule.kind().name();
        dueOn = rule.date().orElse(null);
        dueDays = rule.kind() == DueKind.AFTER_ASSIGNMENT ? rule.days().map(String::valueOf).orElse(null) : null;
        dueDaysJoining = rule.kind() == DueKind.AFTER_JOINING ? rule.days().map(String::valueOf).orElse(null) : null;
        mandatory = assignment.isMandatory();
    }

    /** A due rule and "mandatory" as one text a confirmation can carry, and back. */
    public static String encode(DueRule due, boolean mandatory) {
        return due.kind().name() + "|" + due.date().map(String::valueOf).orElse("") + "|"
                + due.days().map(String::valueOf).orElse("") + "|" + mandatory;
    }

    public static DueRule decodeDue(String text) {
        String[] parts = text.split("\\|", -1);
        return DueKind.ON_DATE.name().equals(parts[0]) ? DueRule.on(LocalDate.parse(parts[1]))
                : new DueRule(DueKind.valueOf(parts[0]), Optional.empty(), Optional.of(Integer.parseInt(parts[2])));
    }

    public static boolean decodeMandatory(String text) {
        return Boolean.parseBoolean(text.substring(text.lastIndexOf('|') + 1));
    }

    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getWhat() { return what; }
    public void setWhat(String what) { this.what = what; }
    public String getDueKind() { return dueKind; }
    public void setDueKind(String dueKind) { this.dueKind = dueKind; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public String getDueDays() { return dueDays; }
    public void setDueDays(String dueDays) { this.dueDays = dueDays; }
    public String getDueDaysJoining() { return dueDaysJoining; }
    public void setDueDaysJoining(String dueDaysJoining) { this.dueDaysJoining = dueDaysJoining; }
    public boolean isMandatory() { return mandatory; }
    public void setMandatory(boolean mandatory) { this.mandatory = mandatory; }
}
