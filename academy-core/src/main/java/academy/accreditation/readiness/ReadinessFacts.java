package academy.accreditation.readiness;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import academy.practice.ConditionFocus;
import academy.practice.JobRole;
import academy.practice.UptakeMeasure;

/**
 * The aggregate numbers of one practice that every criterion is judged from: counts, never
 * people. {@link ReadinessQueries} fills them for many practices at once; the rules read them.
 *
 * @param activeMembers       active members by job role (PPG members included, applicants not)
 * @param holders             per staff job role and module slug, active staff holding a current completion
 * @param ppgMembersHolding   per set of module slugs, active PPG members holding a current completion of every one
 * @param sessions            patient upskilling sessions in the last 12 months
 * @param sessionsFor         of those, the sessions per condition focus
 * @param figures             the latest reported month's figure per measure
 * @param evidence            the latest statement per evidence criterion slug
 */
public record ReadinessFacts(Map<JobRole, Long> activeMembers, Map<JobRole, Map<String, Long>> holders,
                             Map<Set<String>, Long> ppgMembersHolding, long sessions,
                             Map<ConditionFocus, Long> sessionsFor, Map<UptakeMeasure, Figure> figures,
                             Map<String, Evidence> evidence) {

    /**
     * A practice's figure for its latest reported month of one measure.
     *
     * @param evidence the reference of its source report, or the name of its evidence file; empty when it has neither
     */
    public record Figure(YearMonth month, BigDecimal value, Optional<String> evidence) {
        public Figure {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /**
     * A practice's latest statement for an evidence criterion: what it says, and where the evidence
     * is, a link, an uploaded file, or both.
     */
    public record Evidence(String statement, Optional<String> link, Optional<EvidenceFile> file, Instant submittedAt) {
        public Evidence {
            Objects.requireNonNull(statement, "statement");
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(submittedAt, "submittedAt");
            if (link.isEmpty() && file.isEmpty()) {
                throw new IllegalArgumentException("evidence has a link, a file or both");
            }
        }

        /** Evidence that is a link only. */
        public static Evidence linked(String statement, String link, Instant submittedAt) {
            return new Evidence(statement, Optional.of(link), Optional.empty(), submittedAt);
        }
    }

    /** An uploaded evidence file as readiness and applications name it: its id (for downloads) and its name. */
    public record EvidenceFile(long id, String name) {
        public EvidenceFile {
            Objects.requireNonNull(name, "name");
        }
    }

    public ReadinessFacts {
        activeMembers = Map.copyOf(activeMembers);
        Map<JobRole, Map<String, Long>> holdersCopy = new EnumMap<>(JobRole.class);
        holders.forEach((role, bySlug) -> holdersCopy.put(role, Map.copyOf(bySlug)));
        holders = Map.copyOf(holdersCopy);
        ppgMembersHolding = Map.copyOf(ppgMembersHolding);
        sessionsFor = Map.copyOf(sessionsFor);
        figures = Map.copyOf(figures);
        evidence = Map.copyOf(evidence);
    }

    /** A practice with nothing recorded. */
    public static ReadinessFacts none() {
        return new ReadinessFacts(Map.of(), Map.of(), Map.of(), 0, Map.of(), Map.of(), Map.of());
    }

    public long activeMembers(JobRole role) {
        return activeMembers.getOrDefault(role, 0L);
    }

    /** Active staff in the role holding the module, never more than the role's head count. */
    public long holders(JobRole role, String moduleSlug) {
        return Math.min(activeMembers(role), holders.getOrDefault(role, Map.of()).getOrDefault(moduleSlug, 0L));
    }

    public long ppgMembersHolding(Set<String> moduleSlugs) {
        return Math.min(activeMembers(JobRole.PPG_MEMBER), ppgMembersHolding.getOrDefault(moduleSlugs, 0L));
    }

    public long sessionsFor(Optional<ConditionFocus> condition) {
        return condition.map(c -> sessionsFor.getOrDefault(c, 0L)).orElse(sessions);
    }

    public Optional<Figure> figure(UptakeMeasure measure) {
        return Optional.ofNullable(figures.get(measure));
    }

    public Optional<Evidence> evidenceFor(String criterionSlug) {
        return Optional.ofNullable(evidence.get(criterionSlug));
    }

    /** A builder for the queries and for tests: each fact set one at a time. */
    public static final class Builder {
        private final Map<JobRole, Long> activeMembers = new EnumMap<>(JobRole.class);
        private final Map<JobRole, Map<String, Long>> holders = new EnumMap<>(JobRole.class);
        private final Map<Set<String>, Long> ppg = new HashMap<>();
        private long sessions;
        private final Map<ConditionFocus, Long> sessionsFor = new EnumMap<>(ConditionFocus.class);
        private final Map<UptakeMeasure, Figure> figures = new EnumMap<>(UptakeMeasure.class);
        private final Map<String, Evidence> evidence = new HashMap<>();

        public Builder members(JobRole role, long count) {
            activeMembers.merge(role, count, Long::sum);
            return this;
        }

        public Builder holders(JobRole role, String moduleSlug, long count) {
            holders.computeIfAbsent(role, r -> new HashMap<>()).merge(moduleSlug, count, Long::sum);
            return this;
        }

        public Builder ppgMembersHolding(Set<String> moduleSlugs, long count) {
            ppg.merge(Set.copyOf(moduleSlugs), count, Long::sum);
            return this;
        }

        /** Sessions in the last 12 months with this focus ({@code null}: none). */
        public Builder sessions(ConditionFocus condition, long count) {
            sessions += count;
            if (condition != null) {
                sessionsFor.merge(condition, count, Long::sum);
            }
            return this;
        }

        public Builder figure(UptakeMeasure measure, Figure figure) {
            figures.put(measure, figure);
            return this;
        }

        public Builder evidence(String criterionSlug, Evidence given) {
            evidence.put(criterionSlug, given);
            return this;
        }

        public ReadinessFacts build() {
            return new ReadinessFacts(activeMembers, holders, ppg, sessions, sessionsFor, figures, evidence);
        }
    }
}
