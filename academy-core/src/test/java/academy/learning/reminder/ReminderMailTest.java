package academy.learning.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import academy.shared.mail.MailMessage;

class ReminderMailTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    private static ReminderRecords.OpenItem item(long id, String title, LocalDate due, boolean mandatory) {
        return new ReminderRecords.OpenItem(id, due, mandatory, title, "Pat Manager");
    }

    @Test
    void oneMailNamesEveryItemMostPressingFirst() {
        MailMessage mail = ReminderMail.of("sam@example.org", "Sam", List.of(
                new ReminderMail.Line(item(1, "Fire safety", TODAY.plusDays(30), false), ReminderStage.ASSIGNED, true),
                new ReminderMail.Line(item(2, "Data security", TODAY.minusDays(8), true), ReminderStage.overdue(2), false),
                new ReminderMail.Line(item(3, "Safeguarding", TODAY.plusDays(14), false), ReminderStage.DUE_SOON, false)),
                TODAY, "https://academy.example/learning/my-learning.xhtml");

        assertThat(mail.to()).isEqualTo("sam@example.org");
        assertThat(mail.subject()).isEqualTo("Training overdue: Data security and 2 more");
        assertThat(mail.body()).containsSubsequence("Dear Sam,", "Overdue:",
                "- Data security: was due on 2 March 2027 (8 days ago), mandatory",
                "Due within 14 days:", "- Safeguarding: due on 24 March 2027 (in 14 days)",
                "Assigned to you:", "- Fire safety: due on 9 April 2027 (in 30 days); newly assigned by Pat Manager",
                "https://academy.example/learning/my-learning.xhtml");
    }

    @Test
    void aSingleItemIsNamedInTheSubject() {
        MailMessage mail = ReminderMail.of("sam@example.org", "Sam", List.of(
                new ReminderMail.Line(item(1, "Fire safety", TODAY, false), ReminderStage.DUE_TODAY, false)), TODAY, "link");
        assertThat(mail.subject()).isEqualTo("Training due today: Fire safety");
        assertThat(mail.body()).contains("- Fire safety: due today, 10 March 2027\n");
    }

    @Test
    void aMailNamesSomething() {
        assertThatThrownBy(() -> ReminderMail.of("sam@example.org", "Sam", List.of(), TODAY, "link"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
