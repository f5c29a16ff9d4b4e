package academy.accreditation.scheme;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.catalogue.ContentLoad;

/**
 * Stores validated scheme files in one transaction. A file whose text is new becomes a new revision
 * of its version; earlier revisions stay, and a file changed back to an earlier revision's text makes
 * that revision current again. The highest version is current. Loading the same files again changes
 * nothing.
 */
@ApplicationScoped
@Transactional
public class SchemeImport {

    private static final Logger LOG = Logger.getLogger(SchemeImport.class.getName());

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Clock clock;

    /** What one load changed. */
    public record Outcome(int newRevisions, Optional<String> current) {
    }

    public Outcome apply(List<SchemeSource> sources) {
        // The content load's row serialises loads across instances that share one database.
        em.find(ContentLoad.class, ContentLoad.THE_ROW, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        List<SchemeVersion> stored = em.createNamedQuery("SchemeVersion.all", SchemeVersion.class).getResultList();
        int added = 0;
        SchemeVersion current = null;
        for (SchemeSource source : sources.stream().sorted(Comparator.comparingInt(SchemeSource::version)).toList()) {
            List<SchemeVersion> revisions = stored.stream().filter(s -> s.version() == source.version())
                    .sorted(Comparator.comparingInt(SchemeVersion::revision)).toList();
            // A file changed back to an earlier revision's exact text makes that revision current again.
            Optional<SchemeVersion> sameText = revisions.stream().filter(r -> r.hasContent(source.contentHash())).findFirst();
            if (sameText.isPresent()) {
                current = sameText.get();
            } else {
                current = new SchemeVersion(source, revisions.size() + 1, now);
                em.persist(current);
                added++;
            }
        }
        for (SchemeVersion scheme : stored) {
            if (scheme != current) {
                scheme.retire();
            }
        }
        if (current != null) {
            current.makeCurrent();
        }
        Outcome outcome = new Outcome(added, Optional.ofNullable(current).map(SchemeVersion::label));
        LOG.info(() -> "Kite-mark scheme loaded: " + outcome);
        return outcome;
    }
}
