package academy.learning.assignment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import academy.shared.InvalidRequestException;

/**
 * When assigned training is due: on a fixed day, or within a number of days of the assignment or
 * of joining. Pure: the day a person's copy is due follows from the day they were assigned it and
 * the day they joined.
 *
 * <ul>
 * <li>{@link DueKind#ON_DATE}: that day. It must not be in the past when the assignment is made or
 *     changed; once it has passed, it reaches no newcomer (a campaign with a date is over).</li>
 * <li>{@link DueKind#AFTER_ASSIGNMENT}: N days after the day the person got it (the day it was
 *     made, or for a newcomer the day they joined or took up the role).</li>
 * <li>{@link DueKind#AFTER_JOINING}: N days after the person joined, but never before the day they
 *     got it: someone who joined long ago and never did the training is due the day it is made.</li>
 * </ul>
 */
public record DueRule(DueKind kind, Optional<LocalDate> date, Optional<Integer> days) {

    /** The longest "within N days" accepted: ten years. */
    public static final int MAX_DAYS = 3650;

    public DueRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(days, "days");
        if (kind == DueKind.ON_DATE) {
            if (date.isEmpty()) {
                throw new InvalidRequestException("Enter the date the training is due.");
            }
            days = Optional.empty();
        } else {
            int n = days.orElseThrow(() -> new InvalidRequestException("Enter the number of days within which the training is due."));
            if (n < 1 || n > MAX_DAYS) {
                throw new InvalidRequestException("The number of days must be from 1 to " + MAX_DAYS + "; " + n + " is not.");
            }
            date = Optional.empty();
        }
    }

    public static DueRule on(LocalDate day) {
        return new DueRule(DueKind.ON_DATE, Optional.of(day), Optional.empty());
    }

    public static DueRule withinDaysOfAssignment(int days) {
        return new DueRule(DueKind.AFTER_ASSIGNMENT, Optional.empty(), Optional.of(days));
    }

    public static DueRule withinDaysOfJoining(int days) {
        return new DueRule(DueKind.AFTER_JOINING, Optional.empty(), Optional.of(days));
    }

    /**
     * Refuses a fixed day before {@code today}.
     *
     * @throws InvalidRequestException when the due date is in the past
     */
    public DueRule requireNotPast(LocalDate today) {
        if (date.isPresent() && date.get().isBefore(today)) {
            throw new InvalidRequestException("The due date must be today or in the future.");
        }
        return this;
    }

    /**
     * The day a person's copy is due, or empty when it does not reach them (a fixed day already
     * past for a newcomer).
     *
     * @param assignedDay the day the person gets it
     * @param joinedDay   the day the person joined the practice (or took up the role)
     */
    public Optional<LocalDate> dueFor(LocalDate assignedDay, LocalDate joinedDay) {
        return switch (kind) {
            case ON_DATE -> date.filter(d -> !d.isBefore(assignedDay));
            case AFTER_ASSIGNMENT -> Optional.of(assignedDay.plusDays(days.orElseThrow()));
            case AFTER_JOINING -> {
                LocalDate byJoining = joinedDay.plusDays(days.orElseThrow());
                yield Optional.of(byJoining.isBefore(assignedDay) ? assignedDay : byJoining);
            }
        };
    }

    /** In words, for pages and the audit trail: "by 7 December 2026", "within 30 days of joining". */
    public String describe(java.util.function.Function<LocalDate, String> dayFormat) {
        return switch (kind) {
            case ON_DATE -> "by " + dayFormat.apply(date.orElseThrow());
            case AFTER_ASSIGNMENT -> "within " + days.orElseThrow() + " days of being assigned";
            case AFTER_JOINING -> "within " + days.orElseThrow() + " days of joining";
        };
    }
}
