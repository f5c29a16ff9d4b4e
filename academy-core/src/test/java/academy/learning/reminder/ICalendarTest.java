package academy.learning.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static final Instant STAMP = Instant.parse("2027-03-01T08:00:00Z");

    @Test
    void anAllDayEventPerDueDayWithCrlfLines() {
        String ics = ICalendar.of("Training due dates", List.of(new ICalendar.Event("assignment-item-7@academy.example",
                LocalDate.of(2027, 3, 31), "Training due: Fire safety", "Assigned by Pat.", "https://academy.example/l")), STAMP);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")
                .contains("\r\nUID:assignment-item-7@academy.example\r\n", "\r\nDTSTAMP:20270301T080000Z\r\n",
                        "\r\nDTSTART;VALUE=DATE:20270331\r\n", "\r\nDTEND;VALUE=DATE:20270401\r\n",
                        "\r\nSUMMARY:Training due: Fire safety\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void textIsEscaped() {
        assertThat(ICalendar.text("a\\b; c, d\ne")).isEqualTo("a\\\\b\\; c\\, d\\ne");
    }

    @Test
    void longLinesAreFoldedBefore75OctetsNeverInsideACharacter() {
        StringBuilder out = new StringBuilder();
        String value = "SUMMARY:" + "Données sécurité — ".repeat(12);
        ICalendar.line(out, value);
        String[] lines = out.toString().split("\r\n");
        assertThat(lines.length).isGreaterThan(3);
        for (int i = 0; i < lines.length; i++) {
            assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length).as("line " + i).isLessThanOrEqualTo(75);
            if (i > 0) {
                assertThat(lines[i]).startsWith(" ");
            }
        }
        StringBuilder unfolded = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            unfolded.append(lines[i].substring(1));
        }
        assertThat(unfolded.toString()).isEqualTo(value);
    }
}
