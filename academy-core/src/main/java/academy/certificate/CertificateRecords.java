package academy.certificate;

import java.time.Instant;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Up to {@code max} of the practice's completion certificates with ids above {@code afterId}, in id order. */
    List<CertificateZip.Row> archiveRows(long practiceId, long afterId, int max) {
        List<Object[]> rows = em.createNamedQuery("Certificate.archiveOfPractice", Object[].class)
                .setParameter("practice", practiceId).setParameter("after", afterId).setMaxResults(max).getResultList();
        return rows.stream().map(r -> new CertificateZip.Row(((Number) r[0]).longValue(), CertificateSerial.of((String) r[1]),
                (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).intValue(), (Instant) r[6], (Instant) r[7],
                (Instant) r[8])).toList();
    }

    /** Up to {@code max} of the practice's completions without a certificate, with ids above {@code afterId}, in id order. */
    List<CertificateZip.Uncertified> uncertifiedCompletions(long practiceId, long afterId, int max) {
        List<Object[]> rows = em.createNamedQuery("Certificate.uncertifiedOfPractice", Object[].class)
                .setParameter("practice", practiceId).setParameter("after", afterId).setMaxResults(max).getResultList();
        return rows.stream().map(r -> new CertificateZip.Uncertified(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], (String) r[3], ((Number) r[4]).intValue(), (Instant) r[5])).toList();
    }

    /** The signed PDFs of the certificates, by id, in one query. */
    Map<Long, byte[]> pdfsOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, byte[]> pdfs = new HashMap<>();
        em.createNamedQuery("CertificateDocument.contentsOf", Object[].class).setParameter("ids", ids).getResultList()
                .forEach(r -> pdfs.put(((Number) r[0]).longValue(), (byte[]) r[1]));
        return pdfs;
    }

    /** Which certificates with ids in [from, to) are revoked or superseded, as bits from {@code from}. */
    public BitSet withdrawnBetween(long from, long to) {
        BitSet bits = new BitSet();
        em.createNamedQuery("Certificate.withdrawnBetween", Long.class).setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(id -> bits.set(Math.toIntExact(id - from)));
        return bits;
    }

    /** Every certificate of a subject, oldest generation first (a handful). */
    public List<Certificate> ofSubject(String subjectKey) {
        return em.createNamedQuery("Certificate.ofSubject", Certificate.class).setParameter("key", subjectKey).getResultList();
    }

    /** The practice's kite-mark certificates that nothing superseded, one per award at most. */
    List<Certificate> currentKiteMarksOf(long practiceId) {
        return em.createNamedQuery("Certificate.currentKiteMarksOfPractice", Certificate.class)
                .setParameter("practice", practiceId).getResultList();
    }

    /**
     * Certificates in force of awards in force (not revoked, superseded or lapsed, last day not
     * passed) made with a template older than {@code template}, oldest first.
     */
    List<Certificate> outdatedKiteMarks(int template, java.sql.Date today, int max) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT c.id" + OUTDATED_KITE_MARKS + " ORDER BY c.id")
                .setParameter(1, template).setParameter(2, today).setMaxResults(max).getResultList();
        return ids.stream().map(id -> em.find(Certificate.class, id.longValue())).toList();
    }

    long countOutdatedKiteMarks(int template, java.sql.Date today) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*)" + OUTDATED_KITE_MARKS).setParameter(1, template)
                .setParameter(2, today).getSingleResult()).longValue();
    }

    // Certificates name their award in the subject key ("award:45"); the unique (subject_key, generation) index finds them.
    private static final String OUTDATED_KITE_MARKS = " FROM kitemark_award a JOIN certificate c"
            + " ON c.subject_key = CONCAT('award:', CAST(a.id AS VARCHAR(20)))"
            + " WHERE c.kind = 'KITE_MARK' AND c.superseded_by_id IS NULL AND c.revoked_at IS NULL AND c.template_version < ?1"
            + " AND a.revoked_at IS NULL AND a.superseded_at IS NULL AND a.lapsed_at IS NULL AND a.valid_until >= ?2";
}
