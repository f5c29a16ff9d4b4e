package academy.learning;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import academy.practice.JobRole;

/**
 * The training matrix's status filter as a JPQL condition on the membership {@code m}: "this
 * person has at least one required module in one of the statuses". Required modules depend on the job
 * role, so the condition is one branch per group of roles with the same required modules. Each
 * branch asks about the person's enrolments and the latest completion of each, with the same
 * rules as {@link TrainingStatusRules}, written against the database:
 * <ul>
 * <li>not started: a required module without an enrolment;</li>
 * <li>in progress: an enrolment without a completion;</li>
 * <li>overdue: the latest completion expired ({@code expiresAt <= now});</li>
 * <li>refresh needed: not expired, but of a version a significant later one voided;</li>
 * <li>due within 30 days, due in 31-60 days, complete: not voided, and the expiry falls in
 *     {@code (now, now+30d]}, {@code (now+30d, now+60d]}, or later or never.</li>
 * </ul>
 */
final class StatusCondition {

    static final StatusCondition NONE = new StatusCondition("", Map.of());

    private final String jpql;
    private final Map<String, Object> parameters;

    private StatusCondition(String jpql, Map<String, Object> parameters) {
        this.jpql = jpql;
        this.parameters = Map.copyOf(parameters);
    }

    /**
     * @param statuses       the statuses asked for (a person matches with a module in any of them)
     * @param rolesByModules the ids of the modules each group of roles requires (never empty lists)
     * @param voided         ids of module versions voided by a later significant version
     */
    static StatusCondition of(Set<TrainingStatus> statuses, Map<List<Long>, List<JobRole>> rolesByModules,
                              List<Long> voided, Instant now) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        // The statuses share their parameters (now, the due-soon limits, the voided versions).
        Map<TrainingStatus, String> tests = new LinkedHashMap<>();
        for (TrainingStatus status : statuses) {
            String test = completionTest(status, voided, parameters, now);
            if (test != null) {
                tests.put(status, test);
            }
        }
        StringBuilder branches = new StringBuilder();
        int index = 0;
        for (Map.Entry<List<Long>, List<JobRole>> group : rolesByModules.entrySet()) {
            String roles = "statusRoles" + index;
            String modules = "statusModules" + index;
            index++;
            if (branches.length() > 0) {
                branches.append(" OR ");
            }
            StringBuilder anyStatus = new StringBuilder();
            tests.forEach((status, test) -> anyStatus.append(anyStatus.length() > 0 ? " OR " : "")
                    .append(exists(status, modules, test)));
            branches.append("(m.jobRole IN :").append(roles).append(" AND (").append(anyStatus).append("))");
            parameters.put(roles, group.getValue());
            parameters.put(modules, group.getKey());
        }
        if (branches.length() == 0 || tests.isEmpty()) {
            // No role requires anything (or no completion can be in the statuses): nobody matches.
            return new StatusCondition(" AND m.id IS NULL", Map.of());
        }
        return new StatusCondition(" AND (" + branches + ")", parameters);
    }

    private static String exists(TrainingStatus status, String modules, String completionTest) {
        return switch (status) {
            case NOT_STARTED -> "EXISTS (SELECT mo FROM Module mo WHERE mo.id IN :" + modules
                    + " AND NOT EXISTS (SELECT e FROM Enrolment e WHERE e.person = m.person AND e.module = mo))";
            case IN_PROGRESS -> "EXISTS (SELECT e FROM Enrolment e WHERE e.person = m.person AND e.module.id IN :" + modules
                    + " AND e.latestCompletion IS NULL)";
            default -> "EXISTS (SELECT e FROM Enrolment e JOIN e.latestCompletion c WHERE e.person = m.person"
                    + " AND e.module.id IN :" + modules + " AND " + completionTest + ")";
        };
    }

    /** The test on the latest completion {@code c}; null when no completion can pass it. */
    private static String completionTest(TrainingStatus status, List<Long> voided, Map<String, Object> parameters,
                                         Instant now) {
        String notVoided = voided.isEmpty() ? "" : " AND c.moduleVersion.id NOT IN :statusVoided";
        switch (status) {
            case NOT_STARTED, IN_PROGRESS:
                return "";
            case OVERDUE:
                parameters.put("statusNow", now);
                return "c.expiresAt <= :statusNow";
            case REFRESH_NEEDED:
                if (voided.isEmpty()) {
                    return null;
                }
                parameters.put("statusNow", now);
                parameters.put("statusVoided", voided);
                return "(c.expiresAt IS NULL OR c.expiresAt > :statusNow) AND c.moduleVersion.id IN :statusVoided";
            case DUE_SOON_30:
                parameters.put("statusNow", now);
                parameters.put("statusSoon30", now.plus(TrainingStatusRules.DUE_SOON_30));
                putVoided(voided, parameters);
                return "c.expiresAt > :statusNow AND c.expiresAt <= :statusSoon30" + notVoided;
            case DUE_SOON_60:
                parameters.put("statusSoon30", now.plus(TrainingStatusRules.DUE_SOON_30));
                parameters.put("statusSoon60", now.plus(TrainingStatusRules.DUE_SOON_60));
                putVoided(voided, parameters);
                return "c.expiresAt > :statusSoon30 AND c.expiresAt <= :statusSoon60" + notVoided;
            case COMPLETE:
                parameters.put("statusSoon60", now.plus(TrainingStatusRules.DUE_SOON_60));
                putVoided(voided, parameters);
                return "(c.expiresAt IS NULL OR c.expiresAt > :statusSoon60)" + notVoided;
            default:
                throw new IllegalArgumentException("unknown status " + status);
        }
    }

    private static void putVoided(List<Long> voided, Map<String, Object> parameters) {
        if (!voided.isEmpty()) {
            parameters.put("statusVoided", voided);
        }
    }

    String jpql() {
        return jpql;
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
