package academy.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The academy's one calendar: days as people in England's practices count them (UK time,
 * {@code Europe/London}, so an event at 23:30 UTC on a summer evening already happened the next
 * day), written day first with the month in words ("7 December 2026"), so "03/04" is never
 * ambiguous. Every page, mail, message and certificate writes dates through here.
 */
public final class AcademyCalendar {

    /** Where the academy's days begin and end. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.UK);
    private static final DateTimeFormatter DAY_AT_TIME = DateTimeFormatter.ofPattern("d MMMM uuuu 'at' HH:mm", Locale.UK)
            .withZone(ZONE);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.UK)
            .withZone(ZONE);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm:ss", Locale.UK)
            .withZone(ZONE);

    private AcademyCalendar() {
    }

    /** The day in the UK on which the instant falls. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The instant the day begins in the UK. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The instant the day ends in the UK: the next midnight, so a last valid day counts whole. */
    public static Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }

    /** "7 December 2026". */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** The UK day of the instant, as {@link #day(LocalDate)}. */
    public static String day(Instant instant) {
        return day(dayOf(instant));
    }

    /** "November 2026". */
    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** "Nov 2026", where a table has little room. */
    public static String shortMonth(YearMonth month) {
        return SHORT_MONTH.format(month);
    }

    /** "7 December 2026 at 14:05", UK time. */
    public static String dayAtTime(Instant instant) {
        return DAY_AT_TIME.format(instant);
    }

    /** "7 December 2026, 14:05", UK time: when something happened, as pages show it. */
    public static String dayAndTime(Instant instant) {
        return DAY_AND_TIME.format(instant);
    }

    /** The UK month in which the instant falls, as {@link #month(YearMonth)}. */
    public static String month(Instant instant) {
        return month(YearMonth.from(dayOf(instant)));
    }

    /** "7 Dec 2026, 14:05:09", UK time: when something happened, to the second (the audit trail, the outbox). */
    public static String stamp(Instant instant) {
        return STAMP.format(instant);
    }
}
