package academy.learning.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import academy.shared.time.AcademyCalendar;

/**
 * Whether assigned training is fulfilled, due soon or overdue. Pure; the SQL in
 * {@link AssignmentRecords} asks the same questions of the database.
 *
 * <p>The person's <em>latest</em> completion of the module fulfils the assignment when it is still
 * valid at the end of the due day (it never expires, or expires after that): so a current
 * completion made before the assignment counts (nobody is made to repeat training they hold), but
 * the completion a refresher is for does not (it expires on the due day). It fulfils on time when
 * it was made by the end of the due day (UK time), late when made after: a late completion stops
 * the assignment being overdue, and the record says it was late.
 */
public final class AssignmentRules {

    /** Due within this many days counts as "due soon". */
    public static final int DUE_SOON_DAYS = 14;

    private AssignmentRules() {
    }

    /** The latest completion's facts. */
    public record Done(Instant completedAt, Optional<Instant> expiresAt) {
    }

    /** The first instant after the due day, UK time: a completion before it is on time. */
    public static Instant dueBy(LocalDate dueOn) {
        return AcademyCalendar.startOf(dueOn.plusDays(1));
    }

    public static AssignmentStatus status(LocalDate dueOn, boolean ended, Optional<Done> latest, Instant now) {
        Instant dueBy = dueBy(dueOn);
        if (latest.isPresent() && fulfils(latest.get(), dueBy)) {
            return latest.get().completedAt().isBefore(dueBy) ? AssignmentStatus.FULFILLED : AssignmentStatus.FULFILLED_LATE;
        }
        if (ended) {
            return AssignmentStatus.ENDED;
        }
        if (!now.isBefore(dueBy)) {
            return AssignmentStatus.OVERDUE;
        }
        return daysUntil(dueOn, now) <= DUE_SOON_DAYS ? AssignmentStatus.DUE_SOON : AssignmentStatus.ASSIGNED;
    }

    /** Whether the completion is still valid at the end of the due day. */
    public static boolean fulfils(Done done, Instant dueBy) {
        return done.expiresAt().map(expiry -> !expiry.isBefore(dueBy)).orElse(true);
    }

    /** Whole days from today (UK) to the due day; negative once it has passed. */
    public static long daysUntil(LocalDate dueOn, Instant now) {
        return ChronoUnit.DAYS.between(AcademyCalendar.dayOf(now), dueOn);
    }

    /** Days overdue (0 unless the due day has passed). */
    public static long daysOverdue(LocalDate dueOn, Instant now) {
        return Math.max(0, -daysUntil(dueOn, now));
    }
}
