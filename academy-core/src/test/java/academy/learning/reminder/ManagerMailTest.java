package academy.learning.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import academy.shared.mail.MailMessage;

class ManagerMailTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 8);

    private static ReminderRecords.Named named(long id, String name, String title, LocalDate due) {
        return new ReminderRecords.Named(id, id + 100, name, title, due);
    }

    @Test
    void theDigestCountsNamesAndLinksToTheFilteredMatrix() {
        ReminderRecords.Named late = named(1, "Ana", "Fire safety", MONDAY.minusDays(40));
        ManagerMail.Digest digest = new ManagerMail.Digest("Riverside", 2, 1,
                List.of(late, named(2, "Ben", "Data security", MONDAY.minusDays(1))),
                List.of(named(3, "Cleo", "Safeguarding", MONDAY.plusDays(3))), List.of(late), List.of(),
                "https://a.example/practice/matrix.xhtml?practice=7&status=overdue",
                "https://a.example/practice/matrix.xhtml?practice=7&status=due-soon");
        MailMessage mail = ManagerMail.digest("pat@example.org", "Pat", digest, MONDAY, 20);
        assertThat(mail.subject()).isEqualTo("Weekly training digest, Riverside: 2 overdue, 1 due soon");
        assertThat(mail.body()).containsSubsequence("Dear Pat,", "Escalated and still overdue:",
                "- Ana: Fire safety, due 27 January 2027, 40 days overdue", "2 people have overdue training.",
                "- Ben: Data security, due 7 March 2027, 1 day overdue", "status=overdue",
                "1 person has training due within 14 days.", "- Cleo: Safeguarding, due 11 March 2027", "status=due-soon");
    }

    @Test
    void aLongListIsCutAndTheMatrixShowsTheRest() {
        List<ReminderRecords.Named> many = List.of(named(1, "Ana", "A", MONDAY.minusDays(2)), named(2, "Ben", "B", MONDAY.minusDays(2)),
                named(3, "Cleo", "C", MONDAY.minusDays(2)));
        MailMessage mail = ManagerMail.escalation("pat@example.org", "Pat", "Riverside", many, 30, MONDAY, "link", 2);
        assertThat(mail.subject()).isEqualTo("Escalated: Ana and 2 more over 30 days overdue");
        assertThat(mail.body()).contains("- Ben: B").doesNotContain("Cleo").contains("- and more");
    }
}
