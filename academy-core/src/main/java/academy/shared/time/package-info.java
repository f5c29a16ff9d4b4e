/**
 * Time: the one {@link java.time.Clock} every rule asks for "now" (fixed in tests), and the
 * academy's calendar ({@link academy.shared.time.AcademyCalendar}): UK days and how dates are written.
 */
package academy.shared.time;
