package academy.certificate;

import static academy.shared.JsonSupport.JSON;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import academy.accreditation.award.AwardSerial;
import academy.accreditation.award.Awards;
import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.catalogue.ModuleVersion;
import academy.learning.Completion;
import academy.practice.Practice;
import academy.practice.PracticeAccess;
import academy.practice.Practices;
import academy.shared.Actor;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;
import academy.shared.NotFoundException;

/**
 * Issuing, verifying, revoking and re-issuing certificates, and their Open Badges credentials.
 * A certificate is issued once per subject and its signed bytes are kept; asking again returns
 * the same bytes. Re-issuing makes a new certificate with a new serial that supersedes the old.
 */
@ApplicationScoped
@Transactional
public class Certificates {

    public static final AuditAction ISSUED = new AuditAction("certificate.issued");
    public static final AuditAction REVOKED = new AuditAction("certificate.revoked");
    public static final AuditAction REISSUED = new AuditAction("certificate.reissued");

    /** The one answer for every serial that is malformed, unknown, or not ours: no hints. */
    public static final String NOT_FOUND = "No certificate with this serial number was found.";
    static final String NO_SUCH_COMPLETION = "There is no such completion, or it is not yours to see.";
    private static final String PDF_MAGIC = "%PDF-";
    /** Certificates read per round when a practice's archive is written (their PDFs are in memory together). */
    static final int ARCHIVE_BATCH = 20;

    @Inject
    CertificateRecords records;

    @Inject
    AcademyKeys keys;

    @Inject
    PracticeAccess access;

    @Inject
    Practices practices;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    KiteMarkSubjects kiteMarks;

    @Inject
    Awards awards;

    @Inject
    @ConfigProperty(name = "academy.base.url", defaultValue = "http://localhost:8080")
    String baseUrl;

    private final CertificatePipeline pipeline = new CertificatePipeline();

    /**
     * The certificate of a completion, issued on first request and the same stored certificate
     * afterwards. For the learner themself, or a manager of the practice the completion was made at.
     *
     * @throws NotFoundException for anyone else, or when there is no such completion
     */
    public Certificate completionCertificate(Actor actor, long completionId) {
        Completion completion = completionFor(actor, completionId);
        String key = completionKey(completion);
        return records.findCurrent(key).orElseGet(() -> issue(actor, completionSubject(completion), 1));
    }

    /** The signed PDF of a certificate, exactly as issued. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] pdfOf(Certificate certificate) {
        return records.pdfOf(certificate);
    }

    /**
     * The completion's Open Badges credential, signed as a JWT; the certificate is issued first if
     * need be, so credential and certificate share serial and status.
     */
    public String completionCredential(Actor actor, long completionId) {
        return credentialOf(completionCertificate(actor, completionId));
    }

    /** The signed credential (VC-JOSE compact JWS) of an issued certificate. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String credentialOf(Certificate certificate) {
        JsonObject credential = OpenBadges.credential(baseUrl, certificate.serial(), certificate.title(),
                certificate.recipient(), certificate.achievement(), certificate.validFrom(), certificate.validUntil(),
                certificate.id());
        return keys.credentialKey().sign(OpenBadges.jwtClaims(credential), OpenBadges.JWT_TYPE);
    }

    /**
     * Public verification of a serial as typed.
     *
     * @throws NotFoundException when it is malformed or unknown (one message for both)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verify(String serialText) {
        return verificationOf(certificate(serialText));
    }

    /** What verification shows of a certificate: with its award's standing for a kite mark. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verificationOf(Certificate certificate) {
        return Verification.of(certificate, clock.instant(), kiteMarks.awardOf(certificate).map(kiteMarks::standingOf));
    }

    /**
     * The certificate with the serial, for downloading its PDF. A kite mark's award serial
     * ("KM-2026-000123") stands for the award's current certificate.
     *
     * @throws NotFoundException when it is malformed or unknown
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Certificate certificate(String serialText) {
        Optional<AwardSerial> award = AwardSerial.parse(serialText);
        if (award.isPresent()) {
            return awards.findBySerial(award.get().value())
                    .flatMap(found -> records.findCurrent(KiteMarkSubjects.keyOf(found.id())))
                    .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        }
        return CertificateSerial.parse(serialText).flatMap(records::findBySerial)
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /**
     * Whether uploaded bytes are a genuine certificate: the academy's signature intact over the
     * whole file, and the bytes identical to a stored certificate.
     *
     * @throws InvalidRequestException when the bytes are not a PDF at all
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UploadCheck checkUpload(byte[] bytes) {
        if (bytes == null || bytes.length < PDF_MAGIC.length()
                || !new String(bytes, 0, PDF_MAGIC.length(), java.nio.charset.StandardCharsets.US_ASCII).equals(PDF_MAGIC)) {
            throw new InvalidRequestException("This file is not a PDF. Choose the certificate's PDF file.");
        }
        SignatureCheck signature = SignatureCheck.of(bytes);
        if (!signature.isValidFor(keys.documentKey().certificate())) {
            return new UploadCheck(false, "Not genuine: this PDF does not carry an intact signature of the academy."
                    + " It may have been changed after it was issued.", Optional.empty());
        }
        Optional<Certificate> stored = records.findBySha256(sha256(bytes));
        return stored.map(certificate -> new UploadCheck(true,
                        "Genuine: this is the certificate " + certificate.serial().display()
                                + " exactly as the academy issued it.",
                        Optional.of(verificationOf(certificate))))
                .orElseGet(() -> new UploadCheck(false,
                        "Not genuine: the signature is the academy's, but the file is not one the academy issued.",
                        Optional.empty()));
    }

    /**
     * Revokes a certificate for good. Administrators only (assessors will revoke awards).
     *
     * @throws NotFoundException       when the serial is unknown
     * @throws academy.shared.AccessDeniedException unless the actor is an administrator
     */
    public Certificate revoke(Actor actor, String serialText, String reason) {
        access.requireAdministrator(actor);
        Certificate certificate = certificate(serialText);
        revoke(actor, certificate, reason, actor.displayName());
        return certificate;
    }

    /** Revokes an issued certificate and audits it; the caller has checked who may. */
    void revoke(Actor actor, Certificate certificate, String reason, String by) {
        certificate.revoke(reason, by, clock.instant());
        audit.record(actor, REVOKED, AuditSubject.of("certificate", certificate.id()), certificate.practiceId(),
                certificate.serial().display() + ": " + certificate.revokedReason().orElseThrow());
    }

    /**
     * Re-issues a completion certificate from the completion's current facts (a new template, a
     * corrected name): a new serial, the old certificate superseded with a link to the new one.
     * Administrators only.
     */
    public Certificate reissueCompletionCertificate(Actor actor, String serialText) {
        access.requireAdministrator(actor);
        Certificate old = certificate(serialText);
        long completionId = old.completionId()
                .orElseThrow(() -> new InvalidRequestException("This is not a completion certificate."));
        Completion completion = records.findCompletion(completionId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        return reissue(actor, old, completionSubject(completion));
    }

    /**
     * Re-issues a completion or kite-mark certificate from its subject's current facts: a new
     * serial, the old certificate superseded. Administrators only.
     *
     * @throws ConflictException when the certificate is revoked, or its kite mark is no longer in force
     */
    public Certificate reissueCertificate(Actor actor, String serialText) {
        access.requireAdministrator(actor);
        Certificate old = certificate(serialText);
        if (old.kind() == CertificateKind.COMPLETION) {
            return reissueCompletionCertificate(actor, serialText);
        }
        var award = kiteMarks.awardOf(old).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        var status = award.status(awards.today(), 0);
        if (!status.isValid()) {
            throw new ConflictException("This kite mark is " + status.label().toLowerCase(java.util.Locale.UK)
                    + "; only the certificate of a kite mark in force is re-issued.");
        }
        return reissue(actor, old, kiteMarks.subjectOf(award));
    }

    /**
     * Replaces a certificate with a new one for the same subject (its successor content given).
     *
     * @throws InvalidRequestException when the replacement is for another subject
     * @throws ConflictException       when the certificate was revoked
     */
    public Certificate reissue(Actor actor, Certificate old, CertificateSubject replacement) {
        if (!old.subjectKey().equals(replacement.subjectKey())) {
            throw new InvalidRequestException("A certificate can only be replaced by one for the same subject.");
        }
        if (old.revokedAt().isPresent()) {
            throw new ConflictException("A revoked certificate cannot be re-issued.");
        }
        Certificate current = records.findCurrent(old.subjectKey()).orElse(old);
        Certificate newer = issue(actor, replacement, records.lastGeneration(old.subjectKey()) + 1);
        current.supersedeBy(newer, clock.instant());
        audit.record(actor, REISSUED, AuditSubject.of("certificate", current.id()), current.practiceId(),
                current.serial().display() + " superseded by " + newer.serial().display());
        return newer;
    }

    /**
     * Issues a new certificate: renders, signs and stores it in one go.
     *
     * @param generation 1 for a first certificate; one more than the last for a re-issue
     */
    public Certificate issue(Actor actor, CertificateSubject subject, int generation) {
        Instant now = clock.instant();
        CertificateSerial serial = CertificateSerial.random();
        CertificateContent content = subject.content().apply(serial);
        byte[] pdf = pipeline.produce(content, keys.documentKey(), now);
        Certificate certificate = records.add(new Certificate(subject, generation, content, sha256(pdf), now), pdf);
        audit.record(actor, ISSUED, AuditSubject.of("certificate", certificate.id()), subject.practiceId(),
                serial.display() + " " + subject.subjectKey());
        return certificate;
    }

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
     * Writes a ZIP of the practice's completion certificates to {@code out}: a manifest
     * ({@code certificates.csv}) listing every certificate issued for a completion made at the
     * practice with its status (valid, revoked, superseded), then the practice's completions that
     * have no certificate yet ("not issued": none is issued here), and the stored signed PDF of each
     * valid certificate. Read from the database
     * {@value #ARCHIVE_BATCH} certificates at a time (PDFs of a batch in one query) and streamed; the
     * stream is flushed, not closed.
     *
     * @throws NotFoundException unless the actor manages the practice or is an administrator
     */
    // SUPPORTS: each batch is read in a short transaction of its own, none held open while a slow client downloads.
    @Transactional(Transactional.TxType.SUPPORTS)
    public void writeArchive(Actor actor, long practiceId, OutputStream out) {
        practiceToArchive(actor, practiceId);
        try (CertificateArchive archive = new CertificateArchive(out)) {
            archive.startManifest();
            inBatches((after, max) -> records.archiveRows(practiceId, after, max), CertificateArchive.Row::id,
                    rows -> rows.forEach(archive::listInManifest));
            inBatches((after, max) -> records.uncertifiedCompletions(practiceId, after, max),
                    CertificateArchive.Uncertified::completionId, rows -> rows.forEach(archive::listInManifest));
            inBatches((after, max) -> records.archiveRows(practiceId, after, max), CertificateArchive.Row::id,
                    rows -> archive.addPdfs(rows, records.pdfsOf(
                            rows.stream().filter(CertificateArchive.Row::current).map(CertificateArchive.Row::id).toList())));
        }
    }

    /** Walks rows {@value #ARCHIVE_BATCH} at a time by ascending id (keyset paging). */
    private static <T> void inBatches(BiFunction<Long, Integer, List<T>> fetch, ToLongFunction<T> id, Consumer<List<T>> consumer) {
        long after = 0;
        while (true) {
            List<T> rows = fetch.apply(after, ARCHIVE_BATCH);
            if (!rows.isEmpty()) {
                consumer.accept(rows);
                after = id.applyAsLong(rows.get(rows.size() - 1));
            }
            if (rows.size() < ARCHIVE_BATCH) {
                return;
            }
        }
    }

    /** The signed status list credential of one list (revocations). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String statusList(int list) {
        if (list < 0 || list > Integer.MAX_VALUE / OpenBadges.STATUS_LIST_SIZE) {
            throw new NotFoundException("There is no such status list.");
        }
        long from = (long) list * OpenBadges.STATUS_LIST_SIZE;
        JsonObject credential = OpenBadges.statusListCredential(baseUrl, list,
                records.revokedBetween(from, from + OpenBadges.STATUS_LIST_SIZE), clock.instant());
        return keys.credentialKey().sign(OpenBadges.jwtClaims(credential), OpenBadges.JWT_TYPE);
    }

    /** The issuer's public keys as a JWK set. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public JsonObject publicKeys() {
        return JSON.createObjectBuilder().add("keys", JSON.createArrayBuilder().add(keys.credentialKey().publicJwk())).build();
    }

    /** The issuer profile document. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public JsonObject issuerProfile() {
        return OpenBadges.issuerProfile(baseUrl);
    }

    private Completion completionFor(Actor actor, long completionId) {
        Completion completion = records.findCompletion(completionId)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_COMPLETION));
        boolean own = actor.personId().filter(id -> id.equals(completion.person().id())).isPresent();
        if (!own && !access.mayManage(actor, completion.practice().id())) {
            throw new NotFoundException(NO_SUCH_COMPLETION);
        }
        return completion;
    }

    static String completionKey(Completion completion) {
        return "completion:" + completion.id();
    }

    private CertificateSubject completionSubject(Completion completion) {
        ModuleVersion version = completion.moduleVersion();
        CompletionCertificateData data = new CompletionCertificateData(completion.person().displayName(), version.title(),
                version.slug(), version.versionNumber(), version.cpdMinutes(), completion.practice().name(),
                completion.completedAt(), completion.expiresAt());
        OpenBadges.Achievement achievement = new OpenBadges.Achievement(
                OpenBadges.base(baseUrl) + "/catalogue/module.xhtml?slug=" + version.slug() + "&version=" + version.versionNumber(),
                "CertificateOfCompletion", version.title(), version.summary(),
                "Read every lesson of version " + version.versionNumber() + " of the module and pass its quiz (pass mark "
                        + version.passMark() + "%), or attend it face to face where the module allows.");
        return new CertificateSubject(CertificateKind.COMPLETION, completionKey(completion),
                Optional.of(completion.practice().id()), Optional.of(completion.person().id()), Optional.of(completion.id()),
                completion.completedAt(), completion.expiresAt(), achievement,
                new OpenBadges.Recipient("emailAddress", completion.person().email().value(), true),
                serial -> data.content(serial, baseUrl));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
