package academy.learning.reminder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * iCalendar text (RFC 5545) of all-day events, written here rather than with a library: the feed
 * needs one component and five properties, and the three rules that matter are short — TEXT values
 * escape backslash, semicolon, comma and line breaks (3.3.11); lines end in CRLF and are folded
 * before 75 octets, continuation lines starting with a space, never inside a UTF-8 character (3.1).
 * Pure.
 */
final class ICalendar {

    static final String MEDIA_TYPE = "text/calendar";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** One all-day event. */
    record Event(String uid, LocalDate day, String summary, String description, String url) {
        Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(url, "url");
        }
    }

    private ICalendar() {
    }

    static String of(String name, List<Event> events, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Digital health academy//Training due dates//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(event.uid()));
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(event.day()));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(event.day().plusDays(1)));
            line(out, "SUMMARY:" + text(event.summary()));
            line(out, "DESCRIPTION:" + text(event.description()));
            line(out, "URL:" + event.url());
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value, escaped (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line, folded so no line is longer than 75 octets, ending in CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = MAX_OCTETS;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
