package academy.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import academy.catalogue.content.Slug;
import academy.shared.InvalidRequestException;
import academy.shared.NotFoundException;
import academy.shared.Page;
import academy.shared.PageRequest;

/**
 * Reading the catalogue: finding modules, reading lessons, showcases and guides. Read-only; every
 * list is paged or naturally small (showcases and guides number in the dozens, not thousands).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Catalogue {

    static final int MAX_QUERY_LENGTH = 100;

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    /** What a learner can narrow the module list by; every part optional. */
    public record ModuleFilter(Optional<Audience> audience, Optional<Area> area, Optional<String> text) {

        public static final ModuleFilter ALL = new ModuleFilter(Optional.empty(), Optional.empty(), Optional.empty());

        public ModuleFilter {
            text = text.map(String::strip).filter(t -> !t.isEmpty());
            if (text.isPresent() && text.get().length() > MAX_QUERY_LENGTH) {
                throw new InvalidRequestException("Search for at most " + MAX_QUERY_LENGTH + " characters.");
            }
        }
    }

    /** Current versions of active modules matching the filter, ordered by title. */
    public Page<ModuleVersion> findModules(ModuleFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE v.current = true");
        List<Runnable> binds = new ArrayList<>();
        filter.audience().ifPresent(a -> where.append(" AND v.audience IN :audiences"));
        filter.area().ifPresent(a -> where.append(" AND v.area = :area"));
        filter.text().ifPresent(t -> where.append(" AND (v.titleLower LIKE :text ESCAPE '\\' OR v.summaryLower LIKE :text ESCAPE '\\')"));

        TypedQuery<Long> count = em.createQuery("SELECT COUNT(v) FROM ModuleVersion v" + where, Long.class);
        TypedQuery<ModuleVersion> rows = em.createQuery(
                "SELECT v FROM ModuleVersion v JOIN FETCH v.module" + where + " ORDER BY v.title, v.id", ModuleVersion.class);
        for (TypedQuery<?> query : List.of(count, rows)) {
            // A filter for one audience also shows the modules written for everyone.
            filter.audience().ifPresent(a -> query.setParameter("audiences",
                    a == Audience.BOTH ? List.of(Audience.BOTH) : List.of(a, Audience.BOTH)));
            filter.area().ifPresent(a -> query.setParameter("area", a));
            filter.text().ifPresent(t -> query.setParameter("text", "%" + likeEscape(t.toLowerCase(Locale.ROOT)) + "%"));
        }
        long total = count.getSingleResult();
        List<ModuleVersion> items = rows.setFirstResult(page.offset()).setMaxResults(page.pageSize()).getResultList();
        return new Page<>(items, page.pageNumber(), page.pageSize(), total);
    }

    public Optional<ModuleVersion> findModule(String slug) {
        if (!Slug.isWellFormed(slug)) {
            // No module can have such a name, and text with a NUL in it would not even reach the database.
            return Optional.empty();
        }
        return em.createNamedQuery("ModuleVersion.currentBySlug", ModuleVersion.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public ModuleVersion getModule(String slug) {
        return findModule(slug).orElseThrow(() -> new NotFoundException("There is no module called \"" + slug + "\"."));
    }

    /** The module's lessons in order (titles and bodies). */
    public List<Lesson> lessonsOf(ModuleVersion version) {
        return em.createQuery("SELECT l FROM Lesson l WHERE l.moduleVersion = :version ORDER BY l.number", Lesson.class)
                .setParameter("version", version).getResultList();
    }

    public Lesson getLesson(String slug, int number) {
        ModuleVersion version = getModule(slug);
        return em.createNamedQuery("Lesson.ofVersion", Lesson.class)
                .setParameter("version", version).setParameter("number", number)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("The module \"" + version.title() + "\" has no lesson " + number + "."));
    }

    /** Current versions of the given modules, in the order given; unknown or retired slugs are skipped. */
    public List<ModuleVersion> modulesBySlugs(List<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        List<ModuleVersion> found = em.createQuery(
                "SELECT v FROM ModuleVersion v JOIN FETCH v.module m WHERE v.current = true AND m.slug IN :slugs",
                ModuleVersion.class).setParameter("slugs", slugs).getResultList();
        return slugs.stream().flatMap(s -> found.stream().filter(v -> v.slug().equals(s)).findFirst().stream()).toList();
    }

    public List<Showcase> showcases(Optional<Area> area) {
        if (area.isEmpty()) {
            return em.createQuery("SELECT s FROM Showcase s WHERE s.active = true ORDER BY s.title", Showcase.class)
                    .getResultList();
        }
        return em.createQuery("SELECT s FROM Showcase s WHERE s.active = true AND s.area = :area ORDER BY s.title",
                Showcase.class).setParameter("area", area.get()).getResultList();
    }

    public Showcase getShowcase(String slug) {
        return em.createNamedQuery("Showcase.bySlug", Showcase.class).setParameter("slug", wellFormed(slug))
                .getResultStream().filter(Showcase::isActive).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no showcase called \"" + slug + "\"."));
    }

    /** Showcases that link to the module, for "see it in practice" on the module page. */
    public List<Showcase> showcasesFor(String moduleSlug) {
        return showcases(Optional.empty()).stream().filter(s -> s.moduleSlugs().contains(moduleSlug)).toList();
    }

    public List<Guide> guides() {
        return em.createQuery("SELECT g FROM Guide g WHERE g.active = true ORDER BY g.title", Guide.class).getResultList();
    }

    public Guide getGuide(String slug) {
        return em.createNamedQuery("Guide.bySlug", Guide.class).setParameter("slug", wellFormed(slug))
                .getResultStream().filter(Guide::isActive).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no guide called \"" + slug + "\"."));
    }

    /** The slug when it could name something; otherwise one that names nothing, so the lookup finds nothing. */
    private static String wellFormed(String slug) {
        return Slug.isWellFormed(slug) ? slug : "";
    }

    public List<LearningPath> paths() {
        return em.createQuery("SELECT p FROM LearningPath p WHERE p.active = true ORDER BY p.title", LearningPath.class)
                .getResultList();
    }

    public Optional<ContentLoad> lastLoad() {
        return Optional.ofNullable(em.find(ContentLoad.class, ContentLoad.THE_ROW)).filter(l -> l.loadedAt().isPresent());
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
