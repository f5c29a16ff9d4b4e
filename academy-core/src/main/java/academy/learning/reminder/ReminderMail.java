package academy.learning.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import academy.learning.reminder.ReminderStage.Kind;
import academy.shared.mail.MailMessage;
import academy.shared.time.AcademyCalendar;

/**
 * The one mail a learner gets on a day about all their assigned training that reached a stage:
 * the most pressing first, each item once. Pure.
 */
final class ReminderMail {

    static final String MY_LEARNING = "/learning/my-learning.xhtml";
    private static final int TITLE_IN_SUBJECT = 100;

    /** One item in the mail: what reached which stage, and whether the learner hears of it for the first time. */
    record Line(ReminderRecords.OpenItem item, ReminderStage stage, boolean first) {
        Line {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(stage, "stage");
        }
    }

    private ReminderMail() {
    }

    static MailMessage of(String to, String name, List<Line> lines, LocalDate today, String myLearningLink) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a reminder mail names at least one item");
        }
        List<Line> ordered = lines.stream()
                .sorted(Comparator.comparing((Line l) -> l.stage().rank()).reversed().thenComparing(l -> l.item().dueOn()))
                .toList();
        Line first = ordered.get(0);
        String title = first.item().title().length() > TITLE_IN_SUBJECT
                ? first.item().title().substring(0, TITLE_IN_SUBJECT - 1) + "…" : first.item().title();
        String subject = subjectOf(first.stage().kind()) + ": " + title
                + (ordered.size() > 1 ? " and " + (ordered.size() - 1) + " more" : "");
        StringBuilder body = new StringBuilder("Dear ").append(name).append(",\n\n");
        for (Kind kind : new Kind[] {Kind.OVERDUE, Kind.DUE_TODAY, Kind.DUE_SOON, Kind.ASSIGNED}) {
            List<Line> section = ordered.stream().filter(l -> l.stage().kind() == kind).toList();
            if (section.isEmpty()) {
                continue;
            }
            body.append(headingOf(kind)).append('\n');
            section.forEach(line -> body.append("- ").append(describe(line, today)).append('\n'));
            body.append('\n');
        }
        body.append("Take your training, and see everything assigned to you, on My learning:\n")
                .append(myLearningLink).append("\n\n")
                .append("Reminders stop once the training is done.\n\nThe digital health academy\n");
        return new MailMessage(to, subject, body.toString());
    }

    private static String subjectOf(Kind kind) {
        return switch (kind) {
            case OVERDUE -> "Training overdue";
            case DUE_TODAY -> "Training due today";
            case DUE_SOON -> "Training due soon";
            case ASSIGNED -> "Training assigned to you";
        };
    }

    private static String headingOf(Kind kind) {
        return switch (kind) {
            case OVERDUE -> "Overdue:";
            case DUE_TODAY -> "Due today:";
            case DUE_SOON -> "Due within " + ReminderSchedule.DUE_SOON_DAYS + " days:";
            case ASSIGNED -> "Assigned to you:";
        };
    }

    private static String describe(Line line, LocalDate today) {
        ReminderRecords.OpenItem item = line.item();
        long days = ChronoUnit.DAYS.between(today, item.dueOn());
        String when = switch (line.stage().kind()) {
            case OVERDUE -> "was due on " + AcademyCalendar.day(item.dueOn()) + " (" + plural(-days, "day") + " ago)";
            case DUE_TODAY -> "due today, " + AcademyCalendar.day(item.dueOn());
            default -> "due on " + AcademyCalendar.day(item.dueOn()) + " (in " + plural(days, "day") + ")";
        };
        return item.title() + ": " + when + (item.mandatory() ? ", mandatory" : "")
                + (line.first() ? "; newly assigned by " + item.assignedBy() : "");
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
