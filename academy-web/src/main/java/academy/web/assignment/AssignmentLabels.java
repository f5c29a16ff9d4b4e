package academy.web.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import academy.learning.assignment.Assignment;
import academy.learning.assignment.AssignmentStatus;
import academy.learning.assignment.AssignmentView;
import academy.shared.time.AcademyCalendar;

/** How pages show assigned training: the status tag (the one status vocabulary) and words. */
@Named
@ApplicationScoped
public class AssignmentLabels {

    /** The key of {@code academy.web.nhsuk.Status} that draws this status. */
    public String statusKey(AssignmentStatus status) {
        return switch (status) {
            case ASSIGNED -> "not-started";
            case DUE_SOON -> "due-soon";
            case OVERDUE -> "overdue";
            case FULFILLED, FULFILLED_LATE -> "complete";
            case ENDED -> "not-required";
        };
    }

    /** "Due 7 December 2026", "Overdue by 3 days", "Done 2 December 2026", "Done late, 9 December 2026". */
    public String dueText(AssignmentView view) {
        return switch (view.status()) {
            case OVERDUE -> "Overdue by " + view.daysOverdue() + (view.daysOverdue() == 1 ? " day" : " days")
                    + " (due " + AcademyCalendar.day(view.dueOn()) + ")";
            case FULFILLED -> "Done " + view.completedAt().map(AcademyCalendar::day).orElse("") + " (due "
                    + AcademyCalendar.day(view.dueOn()) + ")";
            case FULFILLED_LATE -> "Done late, " + view.completedAt().map(AcademyCalendar::day).orElse("") + " (due "
                    + AcademyCalendar.day(view.dueOn()) + ")";
            case ENDED -> "No longer assigned";
            default -> "Due " + AcademyCalendar.day(view.dueOn());
        };
    }

    /** Whom an assignment is for, in words. */
    public String targetText(Assignment assignment) {
        String where = assignment.isRegionWide() ? " in every practice" : "";
        return switch (assignment.target()) {
            case PERSON -> assignment.targetPerson().map(p -> p.displayName()).orElse("One person");
            case ROLE -> "Every " + inSentence(assignment.targetRole().orElseThrow().label()) + where;
            case EVERYONE -> "All staff" + where;
        };
    }

    /** A label inside a sentence: "Receptionist" becomes "receptionist", "GP" and "PPG member" stay. */
    static String inSentence(String label) {
        return label.length() > 1 && Character.isLowerCase(label.charAt(1))
                ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
    }

    /** "By 7 December 2026", "Within 30 days of joining". */
    public String dueRuleText(Assignment assignment) {
        String text = assignment.dueRule().describe(AcademyCalendar::day);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
