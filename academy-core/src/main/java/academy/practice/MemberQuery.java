package academy.practice;

import java.util.Locale;
import java.util.Optional;

/**
 * What a manager narrows and orders the roster by, as the database does it (the roster table is
 * paged there, never in memory).
 *
 * @param nameText  part of the member's name or email address, any case
 * @param jobRole   only members in this job role
 * @param sort      the column to order by
 * @param ascending the direction
 */
public record MemberQuery(Optional<String> nameText, Optional<JobRole> jobRole, Sort sort, boolean ascending) {

    /** The columns a manager can sort the roster by. */
    public enum Sort {
        NAME("m.person.displayName"),
        EMAIL("m.person.emailLower"),
        JOB_ROLE("m.jobRole"),
        SINCE("m.startedAt");

        private final String path;

        Sort(String path) {
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    public static final MemberQuery ALL = new MemberQuery(Optional.empty(), Optional.empty(), Sort.NAME, true);

    public MemberQuery {
        nameText = nameText.map(String::strip).filter(t -> !t.isEmpty())
                .map(t -> t.length() > 100 ? t.substring(0, 100) : t).map(t -> t.toLowerCase(Locale.ROOT));
        sort = sort == null ? Sort.NAME : sort;
    }
}
