package academy.learning;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import academy.practice.JobRole;
import academy.shared.InvalidRequestException;

/**
 * What a manager narrows the training matrix by; every part optional.
 *
 * @param role     only staff in this job role
 * @param statuses only people with at least one required module in one of these statuses (none: anyone);
 *                 "due soon" is both due-soon bands
 * @param name     only people whose name contains this text (any case)
 * @param overdueAssignment only people with assigned training overdue
 */
public record MatrixFilter(Optional<JobRole> role, Set<TrainingStatus> statuses, Optional<String> name,
                           boolean overdueAssignment) {

    public static final MatrixFilter ALL = new MatrixFilter(Optional.empty(), Set.of(), Optional.empty());
    static final int MAX_NAME_LENGTH = 100;

    public MatrixFilter {
        Objects.requireNonNull(role, "role");
        // An EnumSet keeps the statuses in one order, so the same filter always makes the same query.
        statuses = statuses.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(statuses));
        name = name.map(String::strip).filter(n -> !n.isEmpty());
        if (name.isPresent() && name.get().length() > MAX_NAME_LENGTH) {
            throw new InvalidRequestException("Search for at most " + MAX_NAME_LENGTH + " characters.");
        }
        if (role.isPresent() && !role.get().isStaff()) {
            throw new InvalidRequestException("The training matrix shows staff; PPG members are not in it.");
        }
    }

    public MatrixFilter(Optional<JobRole> role, Set<TrainingStatus> statuses, Optional<String> name) {
        this(role, statuses, name, false);
    }

    public MatrixFilter withRole(JobRole newRole) {
        return new MatrixFilter(Optional.of(newRole), statuses, name, overdueAssignment);
    }

    public MatrixFilter withStatus(TrainingStatus first, TrainingStatus... more) {
        return new MatrixFilter(role, EnumSet.of(first, more), name, overdueAssignment);
    }

    public MatrixFilter withStatuses(Set<TrainingStatus> newStatuses) {
        return new MatrixFilter(role, newStatuses, name, overdueAssignment);
    }

    public MatrixFilter withName(String text) {
        return new MatrixFilter(role, statuses, Optional.ofNullable(text), overdueAssignment);
    }

    public MatrixFilter withOverdueAssignment(boolean overdue) {
        return new MatrixFilter(role, statuses, name, overdue);
    }
}
