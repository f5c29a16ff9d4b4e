package academy.accreditation.scheme;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a kite-mark criterion is checked. Every kind but {@link #EVIDENCE} is worked out from the
 * practice's records; evidence is a statement (and later files) that an assessor judges.
 */
public enum CriterionKind {
    /** At least {@code target} % of active staff in the criterion's roles hold a current completion of each of its modules. */
    TRAINING_COVERAGE,
    /** At least {@code target} active PPG members hold a current completion of every module of the criterion's path. */
    PPG_TRAINING,
    /** The practice's figure for the measure, in its latest reported month, is at least {@code target}, with evidence. */
    METRIC_THRESHOLD,
    /** At least {@code target} patient upskilling sessions in the last 12 months, optionally for one condition. */
    SESSIONS,
    /** A statement with a link (and later files), judged by an assessor. */
    EVIDENCE;

    private final String slug = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The name written in scheme files, e.g. {@code training-coverage}. */
    public String slug() {
        return slug;
    }

    /** Whether the academy decides the criterion from data alone (no assessor needed to tell). */
    public boolean isAutomatic() {
        return this != EVIDENCE;
    }

    public static Optional<CriterionKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }
}
