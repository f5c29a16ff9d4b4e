package academy.learning.assignment;

import java.util.Objects;
import java.util.Optional;

import academy.practice.JobRole;
import academy.shared.InvalidRequestException;

/**
 * What a manager or an administrator asks for: whom (a person by id, a job role, or everyone),
 * what (a module or a learning path, by slug), by when, and whether it is mandatory.
 */
public record AssignmentRequest(AssignmentTarget target, Optional<Long> personId, Optional<JobRole> role,
                                Optional<String> moduleSlug, Optional<String> pathSlug, DueRule due, boolean mandatory) {

    public AssignmentRequest {
        Objects.requireNonNull(due, "due");
        if (target == null) {
            throw new InvalidRequestException("Select whom the training is for: one person, a job role or everyone.");
        }
        if (target == AssignmentTarget.PERSON && personId.isEmpty()) {
            throw new InvalidRequestException("Select the person the training is for.");
        }
        if (target == AssignmentTarget.ROLE && role.isEmpty()) {
            throw new InvalidRequestException("Select the job role the training is for.");
        }
        moduleSlug = moduleSlug.map(String::strip).filter(s -> !s.isEmpty());
        pathSlug = pathSlug.map(String::strip).filter(s -> !s.isEmpty());
        if (moduleSlug.isPresent() == pathSlug.isPresent()) {
            throw new InvalidRequestException("Select one module or one learning path.");
        }
    }
}
