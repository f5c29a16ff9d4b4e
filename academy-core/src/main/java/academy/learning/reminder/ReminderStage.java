package academy.learning.reminder;

import java.util.Objects;

/**
 * A point in the life of assigned training at which the learner hears about it: when it is
 * assigned, {@value ReminderSchedule#DUE_SOON_DAYS} days before it is due, on the due day, then
 * each week while it is overdue ({@code OVERDUE_1} the day after the due day, {@code OVERDUE_2} a
 * week later, …). The rank orders them: a stage is overtaken by every stage of a higher rank.
 *
 * @param kind   which of the four
 * @param number for {@link Kind#OVERDUE}, which weekly notice (from 1); otherwise 0
 */
public record ReminderStage(Kind kind, int number) {

    public enum Kind { ASSIGNED, DUE_SOON, DUE_TODAY, OVERDUE }

    public static final ReminderStage ASSIGNED = new ReminderStage(Kind.ASSIGNED, 0);
    public static final ReminderStage DUE_SOON = new ReminderStage(Kind.DUE_SOON, 0);
    public static final ReminderStage DUE_TODAY = new ReminderStage(Kind.DUE_TODAY, 0);

    public ReminderStage {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.OVERDUE) != (number > 0) || number < 0) {
            throw new IllegalArgumentException("only an overdue notice has a number, from 1: " + kind + " " + number);
        }
    }

    public static ReminderStage overdue(int number) {
        return new ReminderStage(Kind.OVERDUE, number);
    }

    public int rank() {
        return kind == Kind.OVERDUE ? Kind.OVERDUE.ordinal() - 1 + number : kind.ordinal();
    }

    /** The stored name: {@code ASSIGNED}, {@code DUE_SOON}, {@code DUE_TODAY}, {@code OVERDUE_3}. */
    public String code() {
        return kind == Kind.OVERDUE ? kind.name() + "_" + number : kind.name();
    }

    public boolean isOverdue() {
        return kind == Kind.OVERDUE;
    }

    @Override
    public String toString() {
        return code();
    }
}
