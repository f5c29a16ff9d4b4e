package academy.learning.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import academy.shared.mail.MailMessage;
import academy.shared.time.AcademyCalendar;

/** The practice manager's mails: the weekly digest, and the escalation on the day it happens. Pure. */
final class ManagerMail {

    /** What the digest reports of a practice. */
    record Digest(String practiceName, long overduePeople, long dueSoonPeople, List<ReminderRecords.Named> overdue,
                  List<ReminderRecords.Named> dueSoon, List<ReminderRecords.Named> escalated,
                  List<ReminderRecords.Named> escalatedToday, String overdueLink, String dueSoonLink) {
    }

    private ManagerMail() {
    }

    static MailMessage digest(String to, String name, Digest digest, LocalDate today, int listed) {
        String subject = "Weekly training digest, " + digest.practiceName() + ": " + digest.overduePeople() + " overdue, "
                + digest.dueSoonPeople() + " due soon";
        StringBuilder body = new StringBuilder("Dear ").append(name).append(",\n\n")
                .append("Assigned training at ").append(digest.practiceName()).append(" on ")
                .append(AcademyCalendar.day(today)).append(".\n\n");
        if (!digest.escalatedToday().isEmpty()) {
            section(body, "Escalated today (more than the threshold overdue):", digest.escalatedToday(), today, listed);
        }
        if (!digest.escalated().isEmpty()) {
            section(body, "Escalated and still overdue:", digest.escalated(), today, listed);
        }
        body.append(plural(digest.overduePeople(), "person has", "people have")).append(" overdue training.\n");
        section(body, "", digest.overdue(), today, listed);
        body.append("See them on the training matrix:\n").append(digest.overdueLink()).append("\n\n");
        body.append(plural(digest.dueSoonPeople(), "person has", "people have")).append(" training due within ")
                .append(ReminderSchedule.DUE_SOON_DAYS).append(" days.\n");
        section(body, "", digest.dueSoon(), today, listed);
        body.append("See them on the training matrix:\n").append(digest.dueSoonLink()).append("\n\n")
                .append("You get this digest every Monday while training is overdue or due soon.\n\nThe digital health academy\n");
        return new MailMessage(to, subject.length() > 200 ? subject.substring(0, 200) : subject, body.toString());
    }

    static MailMessage escalation(String to, String name, String practiceName, List<ReminderRecords.Named> escalated,
                                  int thresholdDays, LocalDate today, String overdueLink, int listed) {
        ReminderRecords.Named first = escalated.get(0);
        String subject = "Escalated: " + first.name() + (escalated.size() > 1 ? " and " + (escalated.size() - 1) + " more" : "")
                + " over " + thresholdDays + " days overdue";
        StringBuilder body = new StringBuilder("Dear ").append(name).append(",\n\n")
                .append("Today this training at ").append(practiceName).append(" became more than ").append(thresholdDays)
                .append(" days overdue:\n");
        section(body, "", escalated, today, listed);
        body.append("The training matrix, filtered to overdue training:\n").append(overdueLink)
                .append("\n\nThe learners are reminded weekly; they will be named in your next weekly digest too.\n\n"
                        + "The digital health academy\n");
        return new MailMessage(to, subject.length() > 200 ? subject.substring(0, 200) : subject, body.toString());
    }

    private static void section(StringBuilder body, String heading, List<ReminderRecords.Named> lines, LocalDate today, int listed) {
        if (!heading.isEmpty()) {
            body.append(heading).append('\n');
        }
        lines.stream().limit(listed).forEach(line -> body.append("- ").append(line.name()).append(": ").append(line.title())
                .append(", ").append(when(line.dueOn(), today)).append('\n'));
        if (lines.size() > listed) {
            body.append("- and more\n");
        }
        body.append('\n');
    }

    private static String when(LocalDate dueOn, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, dueOn);
        if (days < 0) {
            return "due " + AcademyCalendar.day(dueOn) + ", " + (-days) + (days == -1 ? " day" : " days") + " overdue";
        }
        return days == 0 ? "due today" : "due " + AcademyCalendar.day(dueOn);
    }

    private static String plural(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
