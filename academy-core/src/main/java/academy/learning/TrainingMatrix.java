package academy.learning;

import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import academy.catalogue.Area;
import academy.catalogue.Catalogue;
import academy.catalogue.LearningPath;
import academy.catalogue.ModuleVersion;
import academy.learning.assignment.AssignmentRecords;
import academy.practice.JobRole;
import academy.practice.Membership;
import academy.practice.Practice;
import academy.practice.PracticeAccess;
import academy.practice.Practices;
import academy.shared.Actor;
import academy.shared.NotFoundException;
import academy.shared.Page;
import academy.shared.PageRequest;

/**
 * A practice's training matrix and coverage, for its managers and administrators (anyone else is
 * told the practice does not exist). Rows are active staff, paged in the database and sorted by
 * name; the page's enrolments and latest completions come in one further query, whatever the page
 * size. Read-only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TrainingMatrix {

    /** Rows fetched per round when the whole matrix is walked (exports). */
    static final int EXPORT_BATCH = PageRequest.MAX_PAGE_SIZE;

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    PracticeAccess access;

    @Inject
    Practices practices;

    @Inject
    Catalogue catalogue;

    @Inject
    LearningRecords records;

    @Inject
    Clock clock;

    /** What every row of one request shares: paths, the modules they name, significant versions. */
    private record Columns(List<LearningPath> paths, Map<String, ModuleVersion> modules, StatusSheet sheet) {
        List<ModuleVersion> requiredOf(JobRole role) {
            return RequiredModules.of(paths, Set.of(role)).stream().filter(modules::containsKey).map(modules::get).toList();
        }
    }

    /** The columns a manager can order the matrix by (always then by name). */
    public enum Sort {
        NAME("p.displayName"),
        JOB_ROLE("m.jobRole");

        private final String path;

        Sort(String path) {
            this.path = path;
        }
    }

    /** One page of the matrix in name order. */
    public Page<MatrixRow> rows(Actor actor, long practiceId, MatrixFilter filter, PageRequest page) {
        return rows(actor, practiceId, filter, Sort.NAME, true, page);
    }

    /**
     * One page of the matrix. Filtering (by job role, name and status), ordering and paging all
     * happen in the database: the status filter becomes conditions on each person's enrolments
     * and latest completions (see {@link StatusCondition}), so only the page's rows are loaded.
     *
     * @throws NotFoundException unless the actor manages the practice or is an administrator
     */
    public Page<MatrixRow> rows(Actor actor, long practiceId, MatrixFilter filter, Sort sort, boolean ascending,
                                PageRequest page) {
        access.requireMayManage(actor, practiceId);
        practices.getPractice(practiceId);
        Columns columns = columns();
        StatusCondition condition = statusCondition(filter, columns);
        long total = staffQuery(practiceId, filter, condition, null, true, true, Long.class).getSingleResult();
        List<Membership> staff = staffQuery(practiceId, filter, condition, sort, ascending, false, Membership.class)
                .setFirstResult(page.offset()).setMaxResults(page.pageSize()).getResultList();
        return new Page<>(rowsOf(staff, columns), page.pageNumber(), page.pageSize(), total);
    }

    /**
     * How many of the practice's current staff have at least one required module overdue, and how
     * many one due within 60 days: what the manager's home page and the top of the matrix show.
     * Two counts in the database, whatever the number of staff.
     *
     * @throws NotFoundException unless the actor manages the practice or is an administrator
     */
    public StaffCounts counts(Actor actor, long practiceId) {
        access.requireMayManage(actor, practiceId);
        practices.getPractice(practiceId);
        Columns columns = columns();
        List<Long> voided = records.voidedVersionIds(columns.modules().keySet());
        MatrixFilter overdue = MatrixFilter.ALL.withStatus(TrainingStatus.OVERDUE);
        MatrixFilter dueSoon = MatrixFilter.ALL.withStatus(TrainingStatus.DUE_SOON_30, TrainingStatus.DUE_SOON_60);
        return new StaffCounts(count(practiceId, overdue, statusCondition(overdue, columns, voided)),
                count(practiceId, dueSoon, statusCondition(dueSoon, columns, voided)));
    }

    private long count(long practiceId, MatrixFilter filter, StatusCondition condition) {
        return staffQuery(practiceId, filter, condition, null, true, true, Long.class).getSingleResult();
    }

    /**
     * Staff with something to do.
     *
     * @param overdue people with at least one required module overdue
     * @param dueSoon people with at least one required module due within 60 days
     */
    public record StaffCounts(long overdue, long dueSoon) {
    }

    /**
     * Every row of the matrix in name order, fetched {@value #EXPORT_BATCH} people at a time (each
     * batch filtered in the database), for CSV and spreadsheet exports.
     *
     * @throws NotFoundException unless the actor manages the practice or is an administrator
     */
    public void forEachRow(Actor actor, long practiceId, MatrixFilter filter, Consumer<MatrixRow> consumer) {
        access.requireMayManage(actor, practiceId);
        practices.getPractice(practiceId);
        Columns columns = columns();
        StatusCondition condition = statusCondition(filter, columns);
        int offset = 0;
        while (true) {
            List<Membership> staff = staffQuery(practiceId, filter, condition, Sort.NAME, true, false, Membership.class)
                    .setFirstResult(offset).setMaxResults(EXPORT_BATCH).getResultList();
            rowsOf(staff, columns).forEach(consumer);
            if (staff.size() < EXPORT_BATCH) {
                return;
            }
            offset += EXPORT_BATCH;
        }
    }

    /**
     * Writes the (filtered) matrix to {@code out} as CSV or an Excel workbook, row by row; the
     * stream is flushed, not closed.
     *
     * @throws NotFoundException unless the actor manages the practice or is an administrator
     */
    public void export(Actor actor, long practiceId, MatrixFilter filter, MatrixSheet.Format format, OutputStream out) {
        access.requireMayManage(actor, practiceId);
        try (MatrixSheet sheet = MatrixSheet.of(format, requiredModules(), out)) {
            forEachRow(actor, practiceId, filter, sheet::add);
        }
    }

    /**
     * The practice whose matrix this is.
     *
     * @throws NotFoundException unless the actor manages the practice or is an administrator
     */
    public Practice practice(Actor actor, long practiceId) {
        access.requireMayManage(actor, practiceId);
        return practices.getPractice(practiceId);
    }

    /**
     * Every module some learning path requires of staff, in path order: the matrix's columns.
     */
    public List<ModuleVersion> requiredModules() {
        Columns columns = columns();
        return RequiredModules.of(columns.paths(), java.util.Arrays.stream(JobRole.values()).filter(JobRole::isStaff).toList())
                .stream().filter(columns.modules()::containsKey).map(columns.modules()::get).toList();
    }

    /**
     * The share of required (person, module) pairs of the practice's active staff that are complete
     * and not expired (nor voided by a significant new version), per kite-mark area and per job role:
     * one head count per role and one aggregate query over completions.
     *
     * @throws NotFoundException unless the actor manages the practice or is an administrator
     */
    public CoverageReport coverage(Actor actor, long practiceId) {
        access.requireMayManage(actor, practiceId);
        practices.getPractice(practiceId);
        Columns columns = columns();
        Map<JobRole, Long> headcount = new EnumMap<>(JobRole.class);
        em.createQuery("SELECT m.jobRole, COUNT(m) FROM Membership m WHERE m.practice.id = :practiceId"
                        + " AND m.status = academy.practice.MembershipStatus.ACTIVE"
                        + " AND m.jobRole <> academy.practice.JobRole.PPG_MEMBER GROUP BY m.jobRole", Object[].class)
                .setParameter("practiceId", practiceId).getResultList()
                .forEach(row -> headcount.put((JobRole) row[0], ((Number) row[1]).longValue()));
        Map<JobRole, Map<String, Long>> done = new EnumMap<>(JobRole.class);
        // Completions of versions older than a significant revision no longer count. Those versions
        // are few (a module is revised a handful of times), so they are passed in rather than found
        // by a subquery (EclipseLink binds a boolean inside a subquery as 1, which H2 rejects).
        List<Long> voided = records.voidedVersionIds(columns.modules().keySet());
        String notVoided = voided.isEmpty() ? "" : " AND c.moduleVersion.id NOT IN :voided";
        TypedQuery<Object[]> completed = em.createQuery("SELECT m.jobRole, mo.slug, COUNT(DISTINCT c.person.id)"
                + " FROM Completion c JOIN c.module mo, Membership m WHERE m.person = c.person AND m.practice.id = :practiceId"
                + " AND m.status = academy.practice.MembershipStatus.ACTIVE"
                + " AND m.jobRole <> academy.practice.JobRole.PPG_MEMBER"
                + " AND (c.expiresAt IS NULL OR c.expiresAt > :now)" + notVoided
                + " GROUP BY m.jobRole, mo.slug", Object[].class)
                .setParameter("practiceId", practiceId).setParameter("now", clock.instant());
        if (!voided.isEmpty()) {
            completed.setParameter("voided", voided);
        }
        completed.getResultList().forEach(row -> done.computeIfAbsent((JobRole) row[0], r -> new HashMap<>())
                .put((String) row[1], ((Number) row[2]).longValue()));
        return CoverageCount.of(headcount, done, columns::requiredOf);
    }

    private List<MatrixRow> rowsOf(List<Membership> staff, Columns columns) {
        List<Long> personIds = staff.stream().map(m -> m.person().id()).toList();
        Map<Long, List<Enrolment>> enrolments = new HashMap<>();
        records.enrolmentsOf(personIds).forEach(e -> enrolments.computeIfAbsent(e.personId(), id -> new ArrayList<>()).add(e));
        return staff.stream().map(m -> {
            List<Enrolment> own = enrolments.getOrDefault(m.person().id(), List.of());
            return new MatrixRow(m, columns.requiredOf(m.jobRole()).stream()
                    .map(module -> columns.sheet().statusOf(module, own, true)).toList());
        }).toList();
    }

    private Columns columns() {
        List<LearningPath> paths = catalogue.paths();
        Set<String> slugs = new LinkedHashSet<>();
        paths.forEach(p -> slugs.addAll(p.moduleSlugs()));
        Map<String, ModuleVersion> modules = new HashMap<>();
        catalogue.modulesBySlugs(List.copyOf(slugs)).forEach(v -> modules.put(v.slug(), v));
        return new Columns(paths, modules,
                new StatusSheet(new TrainingStatusRules(clock), records.latestSignificantVersions(slugs)));
    }

    private <T> TypedQuery<T> staffQuery(long practiceId, MatrixFilter filter, StatusCondition condition, Sort sort,
                                         boolean ascending, boolean count, Class<T> type) {
        StringBuilder jpql = new StringBuilder(count ? "SELECT COUNT(m) FROM Membership m JOIN m.person p"
                : "SELECT m FROM Membership m JOIN FETCH m.person p");
        jpql.append(" WHERE m.practice.id = :practiceId AND m.status = academy.practice.MembershipStatus.ACTIVE")
                .append(" AND m.jobRole <> academy.practice.JobRole.PPG_MEMBER");
        filter.role().ifPresent(r -> jpql.append(" AND m.jobRole = :role"));
        filter.name().ifPresent(n -> jpql.append(" AND LOWER(p.displayName) LIKE :name ESCAPE '\\'"));
        jpql.append(condition.jpql());
        if (filter.overdueAssignment()) {
            jpql.append(AssignmentRecords.MEMBER_HAS_OVERDUE);
        }
        if (!count) {
            String direction = ascending ? " ASC" : " DESC";
            jpql.append(" ORDER BY ").append(sort.path).append(direction);
            if (sort != Sort.NAME) {
                jpql.append(", p.displayName");
            }
            jpql.append(", m.id");
        }
        TypedQuery<T> query = em.createQuery(jpql.toString(), type).setParameter("practiceId", practiceId);
        filter.role().ifPresent(r -> query.setParameter("role", r));
        filter.name().ifPresent(n -> query.setParameter("name", "%" + n.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"));
        condition.parameters().forEach(query::setParameter);
        if (filter.overdueAssignment()) {
            query.setParameter(AssignmentRecords.NOW_PARAMETER, clock.instant());
        }
        return query;
    }

    private StatusCondition statusCondition(MatrixFilter filter, Columns columns) {
        if (filter.statuses().isEmpty()) {
            return StatusCondition.NONE;
        }
        return statusCondition(filter, columns, records.voidedVersionIds(columns.modules().keySet()));
    }

    private StatusCondition statusCondition(MatrixFilter filter, Columns columns, List<Long> voided) {
        // Roles that require the same modules share one condition.
        Map<List<Long>, List<JobRole>> rolesByModules = new java.util.LinkedHashMap<>();
        for (JobRole role : JobRole.values()) {
            if (role.isStaff() && filter.role().map(role::equals).orElse(true)) {
                List<Long> moduleIds = columns.requiredOf(role).stream().map(v -> v.module().id()).toList();
                if (!moduleIds.isEmpty()) {
                    rolesByModules.computeIfAbsent(moduleIds, ids -> new ArrayList<>()).add(role);
                }
            }
        }
        return StatusCondition.of(filter.statuses(), rolesByModules, voided, clock.instant());
    }

    /** The arithmetic of coverage, kept apart from the queries so it can be tested. */
    static final class CoverageCount {

        private CoverageCount() {
        }

        static CoverageReport of(Map<JobRole, Long> headcount, Map<JobRole, Map<String, Long>> done,
                                 java.util.function.Function<JobRole, List<ModuleVersion>> requiredOf) {
            Map<Area, long[]> areas = new EnumMap<>(Area.class);
            List<Coverage> byRole = new ArrayList<>();
            for (Map.Entry<JobRole, Long> entry : headcount.entrySet()) {
                JobRole role = entry.getKey();
                long people = entry.getValue();
                long required = 0;
                long complete = 0;
                for (ModuleVersion module : requiredOf.apply(role)) {
                    long completed = Math.min(people, done.getOrDefault(role, Map.of()).getOrDefault(module.slug(), 0L));
                    required += people;
                    complete += completed;
                    long[] area = areas.computeIfAbsent(module.area(), a -> new long[2]);
                    area[0] += people;
                    area[1] += completed;
                }
                byRole.add(new Coverage(role.slug(), role.label(), required, complete));
            }
            List<Coverage> byArea = new ArrayList<>();
            for (Area area : Area.values()) {
                long[] counts = areas.getOrDefault(area, new long[2]);
                byArea.add(new Coverage(area.slug(), area.label(), counts[0], counts[1]));
            }
            return new CoverageReport(byArea, byRole);
        }
    }
}
