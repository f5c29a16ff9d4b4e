package academy.certificate;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.practice.Practice;
import academy.practice.PracticeAccess;
import academy.practice.Practices;
import academy.shared.Actor;
import academy.shared.NotFoundException;

/**
 * A practice's completion certificates downloaded together: the manifest and the stored signed PDFs
 * as one ZIP ({@link CertificateZip}), read from the database a batch at a time and streamed.
 */
@ApplicationScoped
@Transactional
public class CertificateArchive {

    /** Certificates read per round when a practice's archive is written (their PDFs are in memory together). */
    static final int BATCH = 20;

    @Inject
    CertificateRecords records;

    @Inject
    Certificates certificates;

    @Inject
    PracticeAccess access;

    @Inject
    Practices practices;

    /**
     * The practice whose certificates a caller may download together.
     *
     * @throws NotFoundException unless the actor manages the practice or is an administrator
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Practice practiceToArchive(Actor actor, long practiceId) {
        access.requireMayManage(actor, practiceId);
        return practices.getPractice(practiceId);
    }

    /**
     * Writes a ZIP of the practice's completion certificates to {@code out}. First the completions
     * that have no certificate yet get one: issued {@value #BATCH} at a time, each batch in a
     * transaction of its own, and their signed PDFs written as they are made, so the download moves
     * from the first batch on. Then the stored signed PDF of every other valid certificate, and last
     * the manifest ({@code certificates.csv}, UTF-8 with a byte-order mark so spreadsheets read
     * accented names) listing every certificate issued for a completion made at the practice with its
     * status (valid, revoked, superseded), and any completion made meanwhile as "not issued". Read
     * from the database a batch at a time (PDFs of a batch in one query) and streamed; the stream is
     * flushed, not closed.
     *
     * @throws NotFoundException unless the actor manages the practice or is an administrator
     */
    // SUPPORTS: each batch runs in a short transaction of its own, none held open while a slow client downloads.
    @Transactional(Transactional.TxType.SUPPORTS)
    public void writeArchive(Actor actor, long practiceId, OutputStream out) {
        practiceToArchive(actor, practiceId);
        try (CertificateZip archive = new CertificateZip(out)) {
            Set<Long> written = new HashSet<>();
            inBatches((after, max) -> records.uncertifiedCompletions(practiceId, after, max),
                    CertificateZip.Uncertified::completionId, missing -> written.addAll(issue(actor, missing, archive)));
            inBatches((after, max) -> records.archiveRows(practiceId, after, max), CertificateZip.Row::id,
                    rows -> archive.addPdfs(rows, records.pdfsOf(rows.stream().filter(CertificateZip.Row::current)
                            .map(CertificateZip.Row::id).filter(id -> !written.contains(id)).toList())));
            archive.startManifest();
            inBatches((after, max) -> records.archiveRows(practiceId, after, max), CertificateZip.Row::id,
                    rows -> rows.forEach(archive::listInManifest));
            inBatches((after, max) -> records.uncertifiedCompletions(practiceId, after, max),
                    CertificateZip.Uncertified::completionId, rows -> rows.forEach(archive::listInManifest));
        }
    }

    /** Issues the batch's certificates in one transaction and writes their PDFs; the ids of what was written. */
    private List<Long> issue(Actor actor, List<CertificateZip.Uncertified> missing, CertificateZip archive) {
        List<Certificate> issued = certificates.completionCertificates(actor,
                missing.stream().map(CertificateZip.Uncertified::completionId).toList());
        List<CertificateZip.Row> rows = new ArrayList<>();
        for (int i = 0; i < issued.size(); i++) {
            rows.add(missing.get(i).issuedAs(issued.get(i)));
        }
        List<Long> ids = rows.stream().map(CertificateZip.Row::id).toList();
        archive.addPdfs(rows, records.pdfsOf(ids));
        return ids;
    }

    /** Walks rows {@value #BATCH} at a time by ascending id (keyset paging). */
    private static <T> void inBatches(BiFunction<Long, Integer, List<T>> fetch, ToLongFunction<T> id, Consumer<List<T>> consumer) {
        long after = 0;
        while (true) {
            List<T> rows = fetch.apply(after, BATCH);
            if (!rows.isEmpty()) {
                consumer.accept(rows);
                after = id.applyAsLong(rows.get(rows.size() - 1));
            }
            if (rows.size() < BATCH) {
                return;
            }
        }
    }
}
