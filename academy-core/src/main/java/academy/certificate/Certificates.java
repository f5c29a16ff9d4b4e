package academy.certificate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import academy.shared.time.AcademyCalendar;
import academy.accreditation.award.AwardSerial;
import academy.accreditation.award.Awards;
import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.accreditation.award.Awards;
import academy.catalogue.ModuleVersion;
import academy.learning.Completion;
import academy.learning.CompletionSource;
import academy.practice.PracticeAccess;
import academy.shared.Actor;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;
import academy.shared.NotFoundException;

/**
 * Issuing, revoking and re-issuing certificates. Verification is {@link CertificateVerification}'s,
 * the published credentials, status lists and keys {@link CredentialPublication}'s, and a practice's
 * archive {@link CertificateArchive}'s. A certificate is issued once per subject and its signed bytes are kept; asking again returns
 * the same bytes. Re-issuing makes a new certificate with a new serial that supersedes the old.
 */
@ApplicationScoped
@Transactional
public class Certificates {

    public static final AuditAction ISSUED = new AuditAction("certificate.issued");
    public static final AuditAction REVOKED = new AuditAction("certificate.revoked");
    public static final AuditAction REISSUED = new AuditAction("certificate.reissued");

    /** Why an administrator's re-issue superseded a certificate, as its verification page says. */
    static final String REISSUED_BY_ADMINISTRATOR = "Re-issued by an administrator from the current record";
    /** Why a certificate of an older design was superseded. */
    public static final String REISSUED_WITH_NEW_DESIGN = "Re-issued with the current certificate design";

    static final String NO_SUCH_COMPLETION = "There is no such completion, or it is not yours to see.";
    static final String NO_CERTIFICATE_FOR_TRAINING_ELSEWHERE = "This completion is training done elsewhere, approved by"
            + " the practice manager: its certificate is the one its provider gave, not the academy's.";

    @Inject
    CertificateRecords records;

    @Inject
    AcademyKeys keys;

    @Inject
    PracticeAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    KiteMarkSubjects kiteMarks;

    @Inject
    CertificateVerification lookup;

    @Inject
    Awards awards;

    @Inject
    @ConfigProperty(name = "academy.base.url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "academy.certificate.signatory.name", defaultValue = "The Academy Registrar")
    String signatoryName;

    @Inject
    @ConfigProperty(name = "academy.certificate.signatory.role", defaultValue = "Registrar")
    String signatoryRole;

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

    /**
     * The certificates of several completions, issued where there was none, in one transaction: for
     * a practice's archive, a batch at a time.
     *
     * @throws NotFoundException when one of them is not the actor's to see
     */
    public List<Certificate> completionCertificates(Actor actor, List<Long> completionIds) {
        return completionIds.stream().map(id -> completionCertificate(actor, id)).toList();
    }

    /**
     * Revokes a certificate for good. Administrators only (assessors will revoke awards).
     *
     * @throws NotFoundException       when the serial is unknown
     * @throws academy.shared.AccessDeniedException unless the actor is an administrator
     */
    public Certificate revoke(Actor actor, String serialText, String reason) {
        access.requireAdministrator(actor);
        Certificate certificate = lookup.certificate(serialText);
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
        Certificate old = lookup.certificate(serialText);
        long completionId = old.completionId()
                .orElseThrow(() -> new InvalidRequestException("This is not a completion certificate."));
        Completion completion = records.findCompletion(completionId).orElseThrow(() -> new NotFoundException(CertificateVerification.NOT_FOUND));
        return reissue(actor, old, completionSubject(completion), REISSUED_BY_ADMINISTRATOR);
    }

    /**
     * Re-issues a completion or kite-mark certificate from its subject's current facts: a new
     * serial, the old certificate superseded. Administrators only.
     *
     * @throws ConflictException when the certificate is revoked, or its kite mark is no longer in force
     */
    public Certificate reissueCertificate(Actor actor, String serialText) {
        access.requireAdministrator(actor);
        Certificate old = lookup.certificate(serialText);
        if (old.kind() == CertificateKind.COMPLETION) {
            return reissueCompletionCertificate(actor, serialText);
        }
        var award = kiteMarks.awardOf(old).orElseThrow(() -> new NotFoundException(CertificateVerification.NOT_FOUND));
        var status = award.status(awards.today(), 0);
        if (!status.isValid()) {
            throw new ConflictException("This kite mark is " + status.label().toLowerCase(java.util.Locale.UK)
                    + "; only the certificate of a kite mark in force is re-issued.");
        }
        return reissue(actor, old, kiteMarks.subjectOf(award), REISSUED_BY_ADMINISTRATOR);
    }

    /**
     * Replaces a certificate with a new one for the same subject (its successor content given); the
     * old one is superseded for the reason given, and its credential shows as withdrawn in the status list.
     *
     * @throws InvalidRequestException when the replacement is for another subject
     * @throws ConflictException       when the certificate was revoked
     */
    public Certificate reissue(Actor actor, Certificate old, CertificateSubject replacement, String reason) {
        if (!old.subjectKey().equals(replacement.subjectKey())) {
            throw new InvalidRequestException("A certificate can only be replaced by one for the same subject.");
        }
        if (old.revokedAt().isPresent()) {
            throw new ConflictException("A revoked certificate cannot be re-issued.");
        }
        Certificate current = records.findCurrent(old.subjectKey()).orElse(old);
        Certificate newer = issue(actor, replacement, records.lastGeneration(old.subjectKey()) + 1);
        current.supersedeBy(newer, reason, clock.instant());
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
        byte[] pdf = pipeline.produce(content, new CertificateIssue(signatoryName, signatoryRole, now), keys.documentKey());
        Certificate certificate = records.add(new Certificate(subject, generation, content, sha256(pdf), now), pdf);
        audit.record(actor, ISSUED, AuditSubject.of("certificate", certificate.id()), subject.practiceId(),
                serial.display() + " " + subject.subjectKey());
        return certificate;
    }

    private Completion completionFor(Actor actor, long completionId) {
        Completion completion = records.findCompletion(completionId)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_COMPLETION));
        boolean own = actor.personId().filter(id -> id.equals(completion.person().id())).isPresent();
        if (!own && !access.mayManage(actor, completion.practice().id())) {
            throw new NotFoundException(NO_SUCH_COMPLETION);
        }
        if (completion.source() == CompletionSource.EXTERNAL_EVIDENCE) {
            // The academy certifies what was done in it; training done elsewhere has its provider's certificate.
            throw new NotFoundException(NO_CERTIFICATE_FOR_TRAINING_ELSEWHERE);
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
                completion.completedAt(), completion.expiresAt().map(AcademyCalendar::dayOf), achievement,
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
