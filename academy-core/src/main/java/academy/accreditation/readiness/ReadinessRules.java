package academy.accreditation.readiness;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import academy.accreditation.scheme.Criterion;
import academy.practice.ConditionFocus;
import academy.practice.JobRole;
import academy.practice.UptakeMeasure;
import academy.shared.time.AcademyCalendar;

/**
 * Judges one criterion from a practice's {@link ReadinessFacts} and says, in words, what is missing.
 * Pure: no database, no clock (the facts were counted at one moment), so every boundary is unit tested.
 * <ul>
 * <li>Training coverage: for each module, holders &times; 100 &ge; percent &times; active staff in the
 *     roles (exactly at the threshold is met). No such staff at all is not met.</li>
 * <li>PPG training: at least the target number of active PPG members hold every module of the path.</li>
 * <li>Metric threshold: the latest reported month's figure at or above the target is met when it
 *     carries an evidence reference, otherwise it awaits evidence; no figure is not met.</li>
 * <li>Sessions: at least the target number in the last 12 months (for the condition, when given).</li>
 * <li>Evidence: awaits evidence until a statement is given, then awaits an assessor.</li>
 * </ul>
 */
public final class ReadinessRules {

    private static final Set<JobRole> ALL_STAFF = Arrays.stream(JobRole.values()).filter(JobRole::isStaff)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(JobRole.class)));

    private final Titles titles;

    public ReadinessRules(Titles titles) {
        this.titles = Objects.requireNonNull(titles, "titles");
    }

    public CriterionReadiness judge(Criterion criterion, ReadinessFacts facts) {
        return switch (criterion.kind()) {
            case TRAINING_COVERAGE -> trainingCoverage(criterion, facts);
            case PPG_TRAINING -> ppgTraining(criterion, facts);
            case METRIC_THRESHOLD -> metricThreshold(criterion, facts);
            case SESSIONS -> sessions(criterion, facts);
            case EVIDENCE -> evidence(criterion, facts);
        };
    }

    private CriterionReadiness trainingCoverage(Criterion criterion, ReadinessFacts facts) {
        Set<JobRole> roles = criterion.roles();
        long staff = roles.stream().mapToLong(facts::activeMembers).sum();
        if (staff == 0) {
            return result(criterion, CriterionStatus.NOT_MET, "No active " + plural(roles, "and") + " on the roster",
                    Optional.of("Add the practice's " + plural(roles, "and") + " to the roster; then "
                            + criterion.target() + " % of them need " + quotedModules(criterion.modules()) + "."), facts);
        }
        List<String> progress = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (String module : criterion.modules()) {
            long holding = roles.stream().mapToLong(role -> facts.holders(role, module)).sum();
            long needed = ceilPercent(criterion.target(), staff);
            progress.add(holding + " of " + staff + " " + plural(roles, "and") + " (" + holding * 100 / staff + " %) hold "
                    + quoted(titles.module(module)) + "; " + criterion.target() + " % needed");
            if (holding < needed) {
                long more = needed - holding;
                gaps.add(more + " more " + (more == 1 ? singular(roles) + " needs " : plural(roles, "or") + " need ")
                        + quoted(titles.module(module)) + ".");
            }
        }
        return result(criterion, gaps.isEmpty() ? CriterionStatus.MET : CriterionStatus.NOT_MET,
                String.join("; ", progress), gaps.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", gaps)), facts);
    }

    private CriterionReadiness ppgTraining(Criterion criterion, ReadinessFacts facts) {
        long members = facts.activeMembers(JobRole.PPG_MEMBER);
        long completed = facts.ppgMembersHolding(Set.copyOf(criterion.modules()));
        String path = quoted(titles.path(criterion.pathSlug().orElse("")));
        String progress = completed + (completed == 1 ? " PPG member has" : " PPG members have") + " completed " + path
                + " (" + criterion.target() + " needed; the PPG has " + members + (members == 1 ? " member)" : " members)");
        if (completed >= criterion.target()) {
            return result(criterion, CriterionStatus.MET, progress, Optional.empty(), facts);
        }
        long more = criterion.target() - completed;
        String gap = more + " more " + (more == 1 ? "PPG member needs" : "PPG members need") + " to complete " + path + ".";
        if (members < criterion.target()) {
            long recruit = criterion.target() - members;
            gap += " The PPG has " + members + (members == 1 ? " member" : " members") + ": recruit at least " + recruit
                    + " more.";
        }
        return result(criterion, CriterionStatus.NOT_MET, progress, Optional.of(gap), facts);
    }

    private CriterionReadiness metricThreshold(Criterion criterion, ReadinessFacts facts) {
        UptakeMeasure measure = criterion.measure().orElseThrow();
        String name = quoted(measure.label());
        String target = amount(measure, BigDecimal.valueOf(criterion.target()));
        Optional<ReadinessFacts.Figure> figure = facts.figure(measure);
        if (figure.isEmpty()) {
            return result(criterion, CriterionStatus.NOT_MET, "No figure recorded for " + name + "; " + target + " needed",
                    Optional.of("Record the practice's figure for " + name + " for the latest month, with its evidence."),
                    facts);
        }
        ReadinessFacts.Figure latest = figure.get();
        String month = AcademyCalendar.month(latest.month());
        String progress = name + " was " + amount(measure, latest.value()) + " in " + month + "; " + target + " needed";
        BigDecimal threshold = BigDecimal.valueOf(criterion.target());
        if (latest.value().compareTo(threshold) < 0) {
            BigDecimal more = threshold.subtract(latest.value());
            return result(criterion, CriterionStatus.NOT_MET, progress, Optional.of(name + " needs to reach " + target
                    + ": " + (measure.isPercentage() ? plain(more) + " percentage points" : plain(more)) + " more than in "
                    + month + "."), facts);
        }
        if (latest.evidence().isEmpty()) {
            return result(criterion, CriterionStatus.AWAITING_EVIDENCE, progress, Optional.of("The figure for " + month
                    + " has no evidence: record it again with the reference of the report it comes from, or its file."),
                    facts);
        }
        return result(criterion, CriterionStatus.MET, progress + " (evidence: " + latest.evidence().get() + ")",
                Optional.empty(), facts);
    }

    private CriterionReadiness sessions(Criterion criterion, ReadinessFacts facts) {
        Optional<ConditionFocus> condition = criterion.conditionFocus();
        long held = facts.sessionsFor(condition);
        String forWhom = condition.map(c -> " for patients with " + c.label().toLowerCase(Locale.UK)).orElse("");
        String progress = held + (held == 1 ? " session" : " sessions") + forWhom + " in the last 12 months; "
                + criterion.target() + " needed";
        if (held >= criterion.target()) {
            return result(criterion, CriterionStatus.MET, progress, Optional.empty(), facts);
        }
        long more = criterion.target() - held;
        return result(criterion, CriterionStatus.NOT_MET, progress, Optional.of("Hold and record " + more + " more patient "
                + "upskilling " + (more == 1 ? "session" : "sessions") + forWhom + "; sessions count for 12 months."), facts);
    }

    private CriterionReadiness evidence(Criterion criterion, ReadinessFacts facts) {
        Optional<ReadinessFacts.Evidence> given = facts.evidenceFor(criterion.slug());
        if (given.isEmpty()) {
            return result(criterion, CriterionStatus.AWAITING_EVIDENCE, "No evidence given yet",
                    Optional.of("Add a statement with a link or a file: " + criterion.ask().orElse("")), facts);
        }
        return result(criterion, CriterionStatus.AWAITING_ASSESSOR, "Evidence given on "
                        + AcademyCalendar.day(given.get().submittedAt()),
                Optional.of("An assessor judges the evidence when the practice applies."), facts);
    }

    private CriterionReadiness result(Criterion criterion, CriterionStatus status, String progress, Optional<String> gap,
                                      ReadinessFacts facts) {
        List<HelpLink> help = new ArrayList<>();
        criterion.modules().forEach(m -> help.add(new HelpLink(HelpLink.Kind.MODULE, m, titles.module(m))));
        criterion.guides().forEach(g -> help.add(new HelpLink(HelpLink.Kind.GUIDE, g, titles.guide(g))));
        criterion.showcases().forEach(s -> help.add(new HelpLink(HelpLink.Kind.SHOWCASE, s, titles.showcase(s))));
        return new CriterionReadiness(criterion, status, progress, gap, help, facts.evidenceFor(criterion.slug()));
    }

    /** The smallest whole number of people that is at least {@code percent} % of {@code of}. */
    static long ceilPercent(int percent, long of) {
        return (percent * of + 99) / 100;
    }

    private String quotedModules(List<String> modules) {
        return join(modules.stream().map(m -> quoted(titles.module(m))).toList(), "and");
    }

    private static String quoted(String title) {
        return "\u201c" + title + "\u201d";
    }

    private static String amount(UptakeMeasure measure, BigDecimal value) {
        return plain(value) + (measure.isPercentage() ? " %" : "");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** "receptionists or administrators"; "members of staff" when every staff role is named. */
    static String plural(Set<JobRole> roles, String conjunction) {
        if (roles.containsAll(ALL_STAFF)) {
            return "members of staff";
        }
        return join(roles.stream().sorted().map(ReadinessRules::pluralOf).toList(), conjunction);
    }

    static String singular(Set<JobRole> roles) {
        if (roles.containsAll(ALL_STAFF)) {
            return "member of staff";
        }
        return join(roles.stream().sorted().map(ReadinessRules::singularOf).toList(), "or");
    }

    private static String singularOf(JobRole role) {
        return switch (role) {
            case GP -> "GP";
            case OTHER -> "other member of staff";
            default -> role.label().toLowerCase(Locale.UK);
        };
    }

    private static String pluralOf(JobRole role) {
        return switch (role) {
            case GP -> "GPs";
            case OTHER -> "other staff";
            default -> role.label().toLowerCase(Locale.UK) + "s";
        };
    }

    private static String join(List<String> words, String conjunction) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + conjunction + " " + words.get(words.size() - 1);
    }
}
