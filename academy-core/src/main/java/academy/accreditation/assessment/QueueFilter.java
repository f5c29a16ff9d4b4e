package academy.accreditation.assessment;

import java.util.Objects;
import java.util.Optional;

import academy.accreditation.application.ApplicationStatus;

/**
 * Which applications the assessor queue shows.
 *
 * @param status   one status, or every open one when empty
 * @param level    a level's slug, or every level
 * @param assigned whose applications
 * @param text     part of the practice's name, or its whole ODS code
 */
public record QueueFilter(Optional<ApplicationStatus> status, Optional<String> level, Assigned assigned, Optional<String> text) {

    public static final QueueFilter OPEN = new QueueFilter(Optional.empty(), Optional.empty(), Assigned.ANY, Optional.empty());

    /** Whose applications the queue shows. */
    public enum Assigned { ANY, MINE, UNASSIGNED }

    public QueueFilter {
        Objects.requireNonNull(status, "status");
        level = level.map(String::strip).filter(s -> !s.isEmpty());
        Objects.requireNonNull(assigned, "assigned");
        text = text.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.length() > 100 ? s.substring(0, 100) : s);
    }
}
