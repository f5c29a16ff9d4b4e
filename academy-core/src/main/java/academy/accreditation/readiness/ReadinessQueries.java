package academy.accreditation.readiness;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import academy.accreditation.scheme.Criterion;
import academy.accreditation.scheme.CriterionKind;
import academy.learning.LearningRecords;
import academy.practice.ConditionFocus;
import academy.practice.JobRole;
import academy.practice.UpskillingSession;
import academy.practice.UptakeMeasure;

/**
 * Counts the {@link ReadinessFacts} of many practices at once with a fixed number of aggregate
 * queries, whatever the number of practices, people or criteria: one per kind of fact (grouped by
 * practice), one per distinct set of PPG modules in the scheme, and two for the module versions a
 * significant revision voided. One practice is the case of a list of one; every practice in the
 * region is the same queries over a longer list. No query returns rows per person. Joins the
 * caller's transaction; checks nothing: the caller has authorised the practices.
 */
@ApplicationScoped
public class ReadinessQueries {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    LearningRecords records;

    /**
     * @param criteria the criteria to count for (their modules and PPG module sets)
     * @param now      the moment completions must be current at
     * @param today    the day the last 12 months of sessions end on
     */
    public Map<Long, ReadinessFacts> factsOf(Collection<Long> practiceIds, List<Criterion> criteria, Instant now,
                                             LocalDate today) {
        Map<Long, ReadinessFacts.Builder> facts = new HashMap<>();
        if (practiceIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(practiceIds));
        ids.forEach(id -> facts.put(id, new ReadinessFacts.Builder()));

        em.createQuery("SELECT m.practice.id, m.jobRole, COUNT(m) FROM Membership m WHERE m.practice.id IN :ids"
                        + " AND m.status = academy.practice.MembershipStatus.ACTIVE GROUP BY m.practice.id, m.jobRole",
                        Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> facts.get(id(row[0])).members((JobRole) row[1], count(row[2])));

        Set<String> staffModules = new LinkedHashSet<>();
        Set<Set<String>> ppgModuleSets = new LinkedHashSet<>();
        for (Criterion criterion : criteria) {
            if (criterion.kind() == CriterionKind.TRAINING_COVERAGE) {
                staffModules.addAll(criterion.modules());
            } else if (criterion.kind() == CriterionKind.PPG_TRAINING) {
                ppgModuleSets.add(Set.copyOf(criterion.modules()));
            }
        }
        Set<String> allModules = new LinkedHashSet<>(staffModules);
        ppgModuleSets.forEach(allModules::addAll);
        // Completions of versions older than a significant revision no longer count; those versions
        // are few, so they are passed in (as TrainingMatrix does).
        List<Long> voided = records.voidedVersionIds(allModules);
        String notVoided = voided.isEmpty() ? "" : " AND c.moduleVersion.id NOT IN :voided";

        if (!staffModules.isEmpty()) {
            TypedQuery<Object[]> holders = em.createQuery("SELECT m.practice.id, m.jobRole, mo.slug, COUNT(DISTINCT c.person.id)"
                    + " FROM Completion c JOIN c.module mo, Membership m WHERE m.person = c.person AND m.practice.id IN :ids"
                    + " AND m.status = academy.practice.MembershipStatus.ACTIVE"
                    + " AND m.jobRole <> academy.practice.JobRole.PPG_MEMBER AND mo.slug IN :slugs"
                    + " AND (c.expiresAt IS NULL OR c.expiresAt > :now)" + notVoided
                    + " GROUP BY m.practice.id, m.jobRole, mo.slug", Object[].class)
                    .setParameter("ids", ids).setParameter("slugs", List.copyOf(staffModules)).setParameter("now", now);
            if (!voided.isEmpty()) {
                holders.setParameter("voided", voided);
            }
            holders.getResultList().forEach(row -> facts.get(id(row[0])).holders((JobRole) row[1], (String) row[2], count(row[3])));
        }

        for (Set<String> moduleSet : ppgModuleSets) {
            // A PPG member counts when the number of distinct modules of the set they hold, current,
            // equals the size of the set: a correlated count, still one row per practice.
            TypedQuery<Object[]> ppg = em.createQuery("SELECT m.practice.id, COUNT(m) FROM Membership m"
                    + " WHERE m.practice.id IN :ids AND m.status = academy.practice.MembershipStatus.ACTIVE"
                    + " AND m.jobRole = academy.practice.JobRole.PPG_MEMBER"
                    + " AND (SELECT COUNT(DISTINCT mo.slug) FROM Completion c JOIN c.module mo WHERE c.person = m.person"
                    + " AND mo.slug IN :slugs AND (c.expiresAt IS NULL OR c.expiresAt > :now)" + notVoided + ") = :size"
                    + " GROUP BY m.practice.id", Object[].class)
                    .setParameter("ids", ids).setParameter("slugs", List.copyOf(moduleSet)).setParameter("now", now)
                    .setParameter("size", (long) moduleSet.size());
            if (!voided.isEmpty()) {
                ppg.setParameter("voided", voided);
            }
            ppg.getResultList().forEach(row -> facts.get(id(row[0])).ppgMembersHolding(moduleSet, count(row[1])));
        }

        em.createQuery("SELECT s.practice.id, s.conditionFocus, COUNT(s) FROM UpskillingSession s"
                        + " WHERE s.practice.id IN :ids AND s.heldOn > :after GROUP BY s.practice.id, s.conditionFocus",
                        Object[].class)
                .setParameter("ids", ids).setParameter("after", UpskillingSession.twelveMonthsBefore(today)).getResultList()
                .forEach(row -> facts.get(id(row[0])).sessions((ConditionFocus) row[1], count(row[2])));

        // A figure's evidence is a reference to its source report, or an evidence file, or both.
        em.createQuery("SELECT f.practice.id, f.measure, f.monthStart, f.value, f.evidenceReference, e.originalName"
                        + " FROM UptakeFigure f LEFT JOIN f.evidence e"
                        + " WHERE f.practice.id IN :ids AND f.latest = true AND f.monthStart = (SELECT MAX(g.monthStart)"
                        + " FROM UptakeFigure g WHERE g.practice = f.practice AND g.measure = f.measure AND g.latest = true)",
                        Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> facts.get(id(row[0])).figure((UptakeMeasure) row[1], new ReadinessFacts.Figure(
                        YearMonth.from((LocalDate) row[2]), (BigDecimal) row[3],
                        Optional.ofNullable((String) row[4]).or(() -> Optional.ofNullable((String) row[5])
                                .map(file -> "file " + file)))));

        em.createNamedQuery("EvidenceStatement.latestForPractices", Object[].class)
                .setParameter("practiceIds", ids).getResultList()
                .forEach(row -> facts.get(id(row[0])).evidence((String) row[1], new ReadinessFacts.Evidence((String) row[2],
                        Optional.ofNullable((String) row[3]),
                        Optional.ofNullable(row[4]).map(file -> new ReadinessFacts.EvidenceFile(id(file), (String) row[5])),
                        (Instant) row[6])));

        Map<Long, ReadinessFacts> built = new HashMap<>();
        facts.forEach((id, builder) -> built.put(id, builder.build()));
        return built;
    }

    /** The day the facts are counted on, in UTC like every other date of the academy's records. */
    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
