package academy.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.catalogue.content.ContentTree;
import academy.catalogue.content.GuideSource;
import academy.catalogue.content.ModuleSource;
import academy.catalogue.content.PathSource;
import academy.catalogue.content.ShowcaseSource;

/**
 * Applies a validated content tree to the database in one transaction. Idempotent: loading the
 * same tree twice changes nothing; a module whose content changed gets a new version and keeps
 * the old ones; anything that left the tree is retired or withdrawn, never deleted.
 */
@ApplicationScoped
@Transactional
public class CatalogueImport {

    private static final Logger LOG = Logger.getLogger(CatalogueImport.class.getName());

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Clock clock;

    /** What one load changed. */
    public record Outcome(int newModules, int newVersions, int unchangedModules, int retiredModules,
                          int showcases, int guides, int paths) {
        public boolean changedAnything() {
            return newModules + newVersions + retiredModules > 0;
        }
    }

    public Outcome apply(ContentTree tree) {
        // Serialises loads across instances that share one database.
        ContentLoad load = em.find(ContentLoad.class, ContentLoad.THE_ROW, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();

        Map<String, Module> existing = bySlug(em.createQuery("SELECT m FROM Module m", Module.class).getResultList(),
                Module::slug);
        int created = 0;
        int versioned = 0;
        int unchanged = 0;
        Set<String> present = new HashSet<>();
        for (ModuleSource source : tree.modules()) {
            present.add(source.slug());
            Module module = existing.get(source.slug());
            if (module == null) {
                module = new Module(source.slug());
                em.persist(module);
                publish(module, 1, source, now);
                created++;
                continue;
            }
            List<ModuleVersion> versions = em.createNamedQuery("ModuleVersion.latestOf", ModuleVersion.class)
                    .setParameter("module", module).getResultList();
            Optional<ModuleVersion> sameContent = versions.stream().filter(v -> v.hasContent(source.contentHash())).findFirst();
            boolean alreadyCurrent = !module.isRetired()
                    && module.currentVersion().filter(v -> v.hasContent(source.contentHash())).isPresent();
            if (alreadyCurrent) {
                unchanged++;
            } else if (sameContent.isPresent()) {
                // Content went back to an earlier version's exact text (a reverted edit, a module
                // restored to the tree): that version is the same content, so it becomes current again.
                module.publish(sameContent.get());
                unchanged++;
            } else {
                publish(module, versions.get(0).versionNumber() + 1, source, now);
                versioned++;
            }
        }
        int retired = 0;
        for (Module module : existing.values()) {
            if (!present.contains(module.slug()) && !module.isRetired()) {
                module.retire();
                retired++;
            }
        }

        syncShowcases(tree.showcases());
        syncGuides(tree.guides());
        syncPaths(tree.paths());

        load.record(now, tree.modules().size(), tree.showcases().size(), tree.guides().size(), tree.paths().size());
        Outcome outcome = new Outcome(created, versioned, unchanged, retired,
                tree.showcases().size(), tree.guides().size(), tree.paths().size());
        LOG.info(() -> "Content loaded: " + outcome);
        return outcome;
    }

    private void publish(Module module, int number, ModuleSource source, Instant now) {
        ModuleVersion version = new ModuleVersion(module, number, source, now);
        em.persist(version);
        module.publish(version);
    }

    private void syncShowcases(List<ShowcaseSource> sources) {
        Map<String, Showcase> existing = bySlug(em.createNamedQuery("Showcase.all", Showcase.class).getResultList(),
                Showcase::slug);
        for (ShowcaseSource source : sources) {
            Showcase showcase = existing.remove(source.slug());
            if (showcase == null) {
                em.persist(new Showcase(source));
            } else {
                showcase.revise(source);
            }
        }
        existing.values().forEach(Showcase::withdraw);
    }

    private void syncGuides(List<GuideSource> sources) {
        Map<String, Guide> existing = bySlug(em.createNamedQuery("Guide.all", Guide.class).getResultList(), Guide::slug);
        for (GuideSource source : sources) {
            Guide guide = existing.remove(source.slug());
            if (guide == null) {
                em.persist(new Guide(source));
            } else {
                guide.revise(source);
            }
        }
        existing.values().forEach(Guide::withdraw);
    }

    private void syncPaths(List<PathSource> sources) {
        Map<String, LearningPath> existing = bySlug(
                em.createNamedQuery("LearningPath.all", LearningPath.class).getResultList(), LearningPath::slug);
        for (PathSource source : sources) {
            LearningPath path = existing.remove(source.slug());
            if (path == null) {
                em.persist(new LearningPath(source));
            } else {
                path.revise(source);
            }
        }
        existing.values().forEach(LearningPath::withdraw);
    }

    private static <T> Map<String, T> bySlug(List<T> items, Function<T, String> slug) {
        Map<String, T> map = new HashMap<>();
        items.forEach(item -> map.put(slug.apply(item), item));
        return map;
    }
}
