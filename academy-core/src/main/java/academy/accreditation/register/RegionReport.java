package academy.accreditation.register;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.accreditation.application.ApplicationStatus;
import academy.accreditation.award.AwardTerms;
import academy.accreditation.readiness.CriterionStatus;
import academy.accreditation.readiness.ReadinessFacts;
import academy.accreditation.readiness.ReadinessQueries;
import academy.accreditation.readiness.ReadinessRules;
import academy.accreditation.readiness.Titles;
import academy.accreditation.register.RegionFigures.AreaMonth;
import academy.accreditation.register.RegionFigures.DecisionTimes;
import academy.accreditation.register.RegionFigures.InFlight;
import academy.accreditation.register.RegionFigures.LevelCount;
import academy.accreditation.register.RegionFigures.MissedCriterion;
import academy.accreditation.scheme.Criterion;
import academy.accreditation.scheme.SchemeLevel;
import academy.accreditation.scheme.SchemeVersion;
import academy.catalogue.Area;
import academy.practice.PracticeAccess;
import academy.shared.Actor;

/**
 * The region's kite-mark figures for administrators. Each figure is one aggregate query over the
 * whole region, except the criteria most often missed: those are judged from live readiness, whose
 * facts {@link ReadinessQueries} counts for a batch of practices in a fixed number of aggregate
 * queries, so the region costs (practices / batch) times that number, never a query per practice.
 * Live readiness rather than the criteria frozen in applications, because a practice may apply only
 * when every automatic criterion is met: frozen criteria would never show what practices miss.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionReport {

    /** Practices judged per round of readiness queries (also bounds the size of the IN list). */
    static final int BATCH = 500;
    static final int MISSED_SHOWN = 10;
    static final int MONTHS = 12;

    // Native SQL that PostgreSQL and H2 (PostgreSQL mode) both run; RegionSqlOnH2Test runs it on H2.
    /** Practices per level in force on ?1, and those whose award ends by ?2 (renewal due). */
    static final String LEVELS_SQL = "SELECT a.level_rank, MAX(a.level_title), COUNT(DISTINCT a.practice_id),"
            + " COUNT(DISTINCT CASE WHEN a.valid_until <= ?2 THEN a.practice_id END)"
            + Register.IN_FORCE + " GROUP BY a.level_rank ORDER BY a.level_rank";
    /** Practices and completions per month and area since ?1. */
    static final String COVERAGE_SQL = "SELECT EXTRACT(YEAR FROM c.completed_at), EXTRACT(MONTH FROM c.completed_at),"
            + " v.area, COUNT(DISTINCT c.practice_id), COUNT(*)"
            + " FROM learning_completion c JOIN catalogue_module_version v ON v.id = c.module_version_id"
            + " WHERE c.completed_at >= ?1"
            + " GROUP BY EXTRACT(YEAR FROM c.completed_at), EXTRACT(MONTH FROM c.completed_at), v.area";
    /** Applications decided since ?1: how many, and the average and median seconds from submission to decision. */
    static final String DECISIONS_SQL = "SELECT COUNT(*),"
            + " AVG(EXTRACT(EPOCH FROM closed_at) - EXTRACT(EPOCH FROM submitted_at)),"
            + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM closed_at) - EXTRACT(EPOCH FROM submitted_at))"
            + " FROM accreditation_application"
            + " WHERE closed_at >= ?1 AND status IN ('AWARDED', 'DEFERRED', 'REFUSED')";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    PracticeAccess access;

    @Inject
    ReadinessQueries readiness;

    @Inject
    AwardTerms terms;

    @Inject
    Clock clock;

    /** @throws academy.shared.AccessDeniedException unless the actor is an administrator */
    public RegionFigures figures(Actor actor) {
        access.requireAdministrator(actor);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        long active = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM practice WHERE status = 'ACTIVE'")
                .getSingleResult()).longValue();
        return new RegionFigures(today, active, levels(today), missed(now, today, active), coverage(today), inFlight(),
                decisions(today));
    }

    private List<LevelCount> levels(LocalDate today) {
        List<LevelCount> levels = new ArrayList<>();
        LocalDate renewalFrom = today.plusDays(terms.renewalWindowDays());
        List<?> rows = em.createNativeQuery(LEVELS_SQL)
                .setParameter(1, Date.valueOf(today)).setParameter(2, Date.valueOf(renewalFrom)).getResultList();
        for (Object raw : rows) {
            Object[] row = (Object[]) raw;
            levels.add(new LevelCount(number(row[0]).intValue(), (String) row[1], number(row[2]).longValue(),
                    number(row[3]).longValue()));
        }
        // Levels nobody holds yet still belong on the chart, at zero.
        for (SchemeLevel level : em.createNamedQuery("SchemeLevel.ofCurrentScheme", SchemeLevel.class).getResultList()) {
            if (levels.stream().noneMatch(l -> l.rank() == level.rank())) {
                levels.add(new LevelCount(level.rank(), level.title(), 0, 0));
            }
        }
        levels.sort(Comparator.comparingInt(LevelCount::rank));
        return levels;
    }

    private List<MissedCriterion> missed(Instant now, LocalDate today, long active) {
        Optional<SchemeVersion> scheme = em.createNamedQuery("SchemeVersion.current", SchemeVersion.class)
                .getResultStream().findFirst();
        if (scheme.isEmpty() || active == 0) {
            return List.of();
        }
        List<Criterion> criteria = scheme.get().criteria();
        // The rules only need titles for the words of a gap, which the dashboard does not show.
        ReadinessRules rules = new ReadinessRules(new Titles(Map.of(), Map.of(), Map.of(), Map.of()));
        Map<String, Long> missing = new HashMap<>();
        long counted = 0;
        long after = 0;
        while (true) {
            List<Long> ids = em.createQuery("SELECT p.id FROM Practice p WHERE p.status = academy.practice.PracticeStatus.ACTIVE"
                            + " AND p.id > :after ORDER BY p.id", Long.class)
                    .setParameter("after", after).setMaxResults(BATCH).getResultList();
            if (ids.isEmpty()) {
                break;
            }
            Map<Long, ReadinessFacts> facts = readiness.factsOf(ids, criteria, now, today);
            for (Long id : ids) {
                ReadinessFacts practiceFacts = facts.getOrDefault(id, ReadinessFacts.none());
                for (Criterion criterion : criteria) {
                    CriterionStatus status = rules.judge(criterion, practiceFacts).status();
                    if (status == CriterionStatus.NOT_MET || status == CriterionStatus.AWAITING_EVIDENCE) {
                        missing.merge(criterion.slug(), 1L, Long::sum);
                    }
                }
            }
            counted += ids.size();
            after = ids.get(ids.size() - 1);
        }
        long of = counted;
        return criteria.stream().filter(c -> missing.containsKey(c.slug()))
                .map(c -> new MissedCriterion(c.slug(), c.title(), c.area(), c.levelRank(), missing.get(c.slug()), of))
                .sorted(Comparator.comparingLong(MissedCriterion::practices).reversed()
                        .thenComparingInt(MissedCriterion::levelRank).thenComparing(MissedCriterion::title))
                .limit(MISSED_SHOWN).toList();
    }

    private List<AreaMonth> coverage(LocalDate today) {
        YearMonth first = YearMonth.from(today).minusMonths(MONTHS - 1L);
        Instant from = first.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<?> rows = em.createNativeQuery(COVERAGE_SQL)
                .setParameter(1, Timestamp.from(from)).getResultList();
        Map<String, AreaMonth> byMonthAndArea = new LinkedHashMap<>();
        for (Object raw : rows) {
            Object[] row = (Object[]) raw;
            YearMonth month = YearMonth.of(number(row[0]).intValue(), number(row[1]).intValue());
            Area area = Area.valueOf((String) row[2]);
            byMonthAndArea.put(month + area.name(), new AreaMonth(month, area, number(row[3]).longValue(),
                    number(row[4]).longValue()));
        }
        // Every month and area of the window, so a quiet month shows as zero rather than missing.
        List<AreaMonth> coverage = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(YearMonth.from(today)); month = month.plusMonths(1)) {
            for (Area area : Area.values()) {
                coverage.add(byMonthAndArea.getOrDefault(month + area.name(), new AreaMonth(month, area, 0, 0)));
            }
        }
        return coverage;
    }

    private List<InFlight> inFlight() {
        Map<ApplicationStatus, Long> counts = new HashMap<>();
        em.createQuery("SELECT a.status, COUNT(a) FROM KiteMarkApplication a WHERE a.status IN :open GROUP BY a.status",
                        Object[].class)
                .setParameter("open", ApplicationStatus.OPEN).getResultList()
                .forEach(row -> counts.put((ApplicationStatus) row[0], number(row[1]).longValue()));
        List<InFlight> inFlight = new ArrayList<>();
        for (ApplicationStatus status : ApplicationStatus.values()) {
            if (status.isOpen()) {
                inFlight.add(new InFlight(status, counts.getOrDefault(status, 0L)));
            }
        }
        return inFlight;
    }

    private DecisionTimes decisions(LocalDate today) {
        Instant from = today.minusMonths(MONTHS).atStartOfDay(ZoneOffset.UTC).toInstant();
        Object[] row = (Object[]) em.createNativeQuery(DECISIONS_SQL)
                .setParameter(1, Timestamp.from(from)).getSingleResult();
        return new DecisionTimes(number(row[0]).longValue(), days(row[1]), days(row[2]));
    }

    private static Optional<BigDecimal> days(Object seconds) {
        return Optional.ofNullable(seconds).map(s -> new BigDecimal(s.toString()).divide(BigDecimal.valueOf(86_400), 3,
                java.math.RoundingMode.HALF_UP));
    }

    private static Number number(Object value) {
        return (Number) value;
    }
}
