package academy.certificate;

import java.util.BitSet;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.learning.Completion;

/** The repository of certificates and their PDFs. Joins the calling service's transaction; no authorisation. */
@ApplicationScoped
@Transactional
public class CertificateRecords {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    public Optional<Certificate> findBySerial(CertificateSerial serial) {
        return em.createNamedQuery("Certificate.bySerial", Certificate.class).setParameter("serial", serial.value())
                .getResultStream().findFirst();
    }

    public Optional<Certificate> findBySha256(String hash) {
        return em.createNamedQuery("Certificate.bySha256", Certificate.class).setParameter("hash", hash)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The newest certificate of the subject that nothing has superseded. */
    public Optional<Certificate> findCurrent(String subjectKey) {
        return em.createNamedQuery("Certificate.currentOf", Certificate.class).setParameter("key", subjectKey)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public int lastGeneration(String subjectKey) {
        Number last = em.createNamedQuery("Certificate.lastGeneration", Number.class).setParameter("key", subjectKey)
                .getSingleResult();
        return last == null ? 0 : last.intValue();
    }

    public Optional<Completion> findCompletion(long completionId) {
        return em.createNamedQuery("Certificate.completionToCertify", Completion.class).setParameter("id", completionId)
                .getResultStream().findFirst();
    }

    /** Stores the certificate and its bytes together. */
    public Certificate add(Certificate certificate, byte[] pdf) {
        em.persist(certificate);
        em.flush();
        em.persist(new CertificateDocument(certificate, pdf));
        em.flush();
        return certificate;
    }

    public byte[] pdfOf(Certificate certificate) {
        return em.createNamedQuery("CertificateDocument.contentOf", byte[].class).setParameter("id", certificate.id())
                .getSingleResult();
    }

    /** Which certificates with ids in [from, to) are revoked, as bits from {@code from}. */
    public BitSet revokedBetween(long from, long to) {
        BitSet bits = new BitSet();
        em.createNamedQuery("Certificate.revokedBetween", Long.class).setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(id -> bits.set(Math.toIntExact(id - from)));
        return bits;
    }
}
