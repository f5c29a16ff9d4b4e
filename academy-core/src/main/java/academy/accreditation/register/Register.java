package academy.accreditation.register;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import academy.accreditation.scheme.SchemeLevel;
import academy.shared.Page;
import academy.shared.PageRequest;

/**
 * The public register of accredited digital practices: every active practice whose kite mark is in
 * force today (current or due for renewal; never lapsed, revoked or superseded), in name order,
 * one page at a time from the database. Public: anyone may read it, so it checks no caller.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Register {

    // In force on a day: the award has started, has not ended, and nothing ended it early. Lapsing is
    // recorded by a nightly job, so an award past its last day counts as ended before the job runs.
    static final String IN_FORCE = " FROM kitemark_award a JOIN practice p ON p.id = a.practice_id"
            + " WHERE a.superseded_at IS NULL AND a.revoked_at IS NULL AND a.lapsed_at IS NULL"
            + " AND a.valid_from <= ?1 AND a.valid_until >= ?1 AND p.status = 'ACTIVE'";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Clock clock;

    /** One page of the practices matching the search, sorted by name, and how many match in all. */
    public Page<RegisterEntry> search(RegisterSearch search, PageRequest page) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Object> parameters = new ArrayList<>();
        parameters.add(Date.valueOf(today));
        String where = conditions(search, parameters);

        Query count = em.createNativeQuery("SELECT COUNT(*)" + IN_FORCE + where);
        bind(count, parameters);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0 || page.offset() >= total) {
            return new Page<>(List.of(), page.pageNumber(), page.pageSize(), total);
        }

        // The certificate that is not superseded (nor revoked) is the one a visitor should verify.
        Query rows = em.createNativeQuery(rowsSql(where, page));
        bind(rows, parameters);
        List<RegisterEntry> entries = new ArrayList<>();
        for (Object raw : rows.getResultList()) {
            Object[] row = (Object[]) raw;
            entries.add(new RegisterEntry(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                    ((Number) row[4]).intValue(), (String) row[5], localDate(row[6]), (String) row[7],
                    Optional.ofNullable((String) row[8])));
        }
        return new Page<>(entries, page.pageNumber(), page.pageSize(), total);
    }

    /** The entries' SQL: positional parameters ?1 (today) and those of the conditions. */
    static String rowsSql(String where, PageRequest page) {
        return "SELECT a.id, p.name, p.ods_code, p.locality, a.level_rank, a.level_title,"
                + " a.valid_until, a.serial, (SELECT MAX(c.serial) FROM certificate c WHERE c.subject_key = CONCAT('award:', a.id)"
                + " AND c.superseded_at IS NULL AND c.revoked_at IS NULL)"
                + IN_FORCE + where + " ORDER BY p.name_lower, p.ods_code LIMIT " + page.pageSize() + " OFFSET " + page.offset();
    }

    /** The levels of the scheme in force, lowest first, for the register's level filter. */
    public List<SchemeLevel> levels() {
        return em.createNamedQuery("SchemeLevel.ofCurrentScheme", SchemeLevel.class).getResultList();
    }

    static String conditions(RegisterSearch search, List<Object> parameters) {
        StringBuilder where = new StringBuilder();
        search.text().ifPresent(text -> {
            parameters.add(RegisterSearch.contains(text));
            parameters.add(RegisterSearch.startsWith(text));
            where.append(" AND (p.name_lower LIKE ?").append(parameters.size() - 1).append(" ESCAPE '\\'")
                    .append(" OR p.ods_code LIKE ?").append(parameters.size()).append(" ESCAPE '\\')");
        });
        search.locality().ifPresent(locality -> {
            parameters.add(RegisterSearch.contains(locality));
            where.append(" AND p.locality_lower LIKE ?").append(parameters.size()).append(" ESCAPE '\\'");
        });
        search.level().ifPresent(level -> {
            parameters.add(level);
            where.append(" AND a.level_slug = ?").append(parameters.size());
        });
        return where.toString();
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
