package academy.learning;

import java.util.Objects;
import java.util.Optional;

import academy.practice.JobRole;
import academy.shared.InvalidRequestException;

/**
 * What a manager narrows the training matrix by; every part optional.
 *
 * @param role   only staff in this job role
 * @param status only people with at least one required module in this status
 * @param name   only people whose name contains this text (any case)
 */
public record MatrixFilter(Optional<JobRole> role, Optional<TrainingStatus> status, Optional<String> name) {

    public static final MatrixFilter ALL = new MatrixFilter(Optional.empty(), Optional.empty(), Optional.empty());
    static final int MAX_NAME_LENGTH = 100;

    public MatrixFilter {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        name = name.map(String::strip).filter(n -> !n.isEmpty());
        if (name.isPresent() && name.get().length() > MAX_NAME_LENGTH) {
            throw new InvalidRequestException("Search for at most " + MAX_NAME_LENGTH + " characters.");
        }
        if (role.isPresent() && !role.get().isStaff()) {
            throw new InvalidRequestException("The training matrix shows staff; PPG members are not in it.");
        }
    }

    public MatrixFilter withRole(JobRole newRole) {
        return new MatrixFilter(Optional.of(newRole), status, name);
    }

    public MatrixFilter withStatus(TrainingStatus newStatus) {
        return new MatrixFilter(role, Optional.of(newStatus), name);
    }

    public MatrixFilter withName(String text) {
        return new MatrixFilter(role, status, Optional.ofNullable(text));
    }
}
