package academy.certificate;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.account.Person;
import academy.accreditation.award.AwardGranted;
import academy.accreditation.award.AwardReinstated;
import academy.accreditation.award.AwardRevoked;
import academy.accreditation.award.AwardSerial;
import academy.accreditation.award.AwardStatus;
import academy.accreditation.award.Awards;
import academy.accreditation.award.KiteMarkAward;
import academy.practice.PracticeAccess;
import academy.shared.Actor;
import academy.shared.ConflictException;
import academy.shared.NotFoundException;

/**
 * The kite mark's certificates and credentials: issued in the transaction that grants an award,
 * revoked in the one that revokes it, and re-issued after an upheld appeal or a new template. For
 * the practice's managers, the current certificate, its credential and the badge to embed.
 */
@ApplicationScoped
@Transactional
public class AwardCertificates {

    /** Certificates re-issued per round after a template change (each is rendered and signed). */
    public static final int REISSUE_BATCH = 25;
    static final String NO_SUCH_AWARD = "No kite mark with this serial number was found.";
    static final String REINSTATED = "Re-issued after the kite mark was reinstated on appeal";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Certificates certificates;

    @Inject
    CredentialPublication publication;

    @Inject
    CertificateRecords records;

    @Inject
    KiteMarkSubjects kiteMarks;

    @Inject
    Awards awards;

    @Inject
    PracticeAccess access;

    @Inject
    Clock clock;

    /** An award and its certificate in force (absent only before it was issued). */
    public record AwardCertificate(KiteMarkAward award, AwardStatus status, Optional<Certificate> certificate) {
    }

    /** How far a round of re-issuing went. */
    public record ReissueRound(int reissued, long remaining) {
    }

    /** Issues the certificate of a newly granted award, in the granting transaction. */
    void onGranted(@Observes AwardGranted granted) {
        KiteMarkAward award = award(granted.awardId());
        String key = KiteMarkSubjects.keyOf(award.id());
        if (records.findCurrent(key).isEmpty()) {
            certificates.issue(Actor.system(), kiteMarks.subjectOf(award), records.lastGeneration(key) + 1);
        }
    }

    /**
     * Revokes every certificate of a revoked award, the replaced generations too, so that every
     * credential ever given for it shows revoked in the status list.
     */
    void onRevoked(@Observes AwardRevoked revoked) {
        KiteMarkAward award = award(revoked.awardId());
        String reason = revoked.reason().strip();
        String shortened = reason.length() <= Certificate.MAX_REASON ? reason
                : reason.substring(0, Certificate.MAX_REASON - 1) + "\u2026";
        String by = award.revokedBy().map(Person::displayName).orElse(Actor.SYSTEM);
        records.ofSubject(KiteMarkSubjects.keyOf(award.id())).stream().filter(c -> c.revokedAt().isEmpty())
                .forEach(certificate -> certificates.revoke(Actor.system(), certificate, shortened, by));
    }

    /** An upheld appeal reinstated the award: its certificate is issued again, in the same transaction. */
    void onReinstated(@Observes AwardReinstated reinstated) {
        reissueAfterReinstatement(Actor.system(), reinstated.awardId());
    }

    /**
     * After an appeal against a revocation is upheld and the award reinstated: a new certificate
     * with a new serial, valid again, that supersedes the revoked one. The revoked certificate stays
     * revoked, because anyone may already have relied on its revocation; its page links to the new one.
     *
     * @throws ConflictException when the award is not in force again
     */
    public Certificate reissueAfterReinstatement(Actor actor, long awardId) {
        KiteMarkAward award = award(awardId);
        AwardStatus status = award.status(awards.today(), 0);
        if (!status.isValid()) {
            throw new ConflictException("This kite mark is " + status.label().toLowerCase(java.util.Locale.UK)
                    + "; a certificate is issued again only once it is reinstated.");
        }
        String key = KiteMarkSubjects.keyOf(award.id());
        Optional<Certificate> current = records.findCurrent(key);
        if (current.isPresent() && current.get().revokedAt().isEmpty()) {
            return current.get();
        }
        Certificate newer = certificates.issue(actor, kiteMarks.subjectOf(award), records.lastGeneration(key) + 1);
        current.ifPresent(revoked -> revoked.supersedeBy(newer, REINSTATED, clock.instant()));
        return newer;
    }

    /**
     * The practice's awards, newest first, each with its certificate in force. For the practice's
     * managers and administrators; two queries (a practice holds a handful of awards).
     *
     * @throws NotFoundException for anyone else
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AwardCertificate> ofPractice(Actor actor, long practiceId) {
        access.requireMayManage(actor, practiceId);
        Map<String, Certificate> current = records.currentKiteMarksOf(practiceId).stream()
                .collect(Collectors.toMap(Certificate::subjectKey, Function.identity(), (a, b) -> a.generation() > b.generation() ? a : b));
        LocalDate today = awards.today();
        int window = awards.terms().renewalWindowDays();
        return awards.ofPractice(practiceId).stream().map(award -> new AwardCertificate(award, award.status(today, window),
                Optional.ofNullable(current.get(KiteMarkSubjects.keyOf(award.id()))))).toList();
    }

    /**
     * The certificate in force of the award with this serial, for its practice's managers and administrators.
     *
     * @throws NotFoundException for anyone else, for an unknown serial, or before it is issued
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Certificate certificateOf(Actor actor, String awardSerial) {
        KiteMarkAward award = KiteMarkSubjects.readSerial(awardSerial).flatMap(serial -> awards.findBySerial(serial.value()))
                .orElseThrow(() -> new NotFoundException(NO_SUCH_AWARD));
        if (!access.mayManage(actor, award.practice().id())) {
            throw new NotFoundException(NO_SUCH_AWARD);
        }
        return records.findCurrent(KiteMarkSubjects.keyOf(award.id())).orElseThrow(() -> new NotFoundException(NO_SUCH_AWARD));
    }

    /** The signed Open Badges credential of the award's certificate in force, for the same people. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String credentialOf(Actor actor, String awardSerial) {
        return publication.credentialOf(certificateOf(actor, awardSerial));
    }

    /**
     * The badge of a kite mark, public, by the award's serial or any of its certificates' serials;
     * it shows the award's standing today. For a completion certificate's serial, that certificate's
     * badge (the image its credential shows).
     *
     * @throws NotFoundException when the serial is neither
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KiteMarkBadge badge(String serial) {
        Optional<AwardSerial> awardSerial = KiteMarkSubjects.readSerial(serial);
        if (awardSerial.isPresent()) {
            return awards.findBySerial(awardSerial.get().value()).map(kiteMarks::badgeOf)
                    .orElseThrow(() -> new NotFoundException(NO_SUCH_AWARD));
        }
        Certificate certificate = CertificateSerial.parse(serial).flatMap(records::findBySerial)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_AWARD));
        if (certificate.kind() == CertificateKind.COMPLETION) {
            return KiteMarkBadge.ofCompletion(certificate.achievement().name(), certificate.lastValidDay(),
                    certificate.statusAt(clock.instant()));
        }
        return kiteMarks.awardOf(certificate).map(kiteMarks::badgeOf).orElseThrow(() -> new NotFoundException(NO_SUCH_AWARD));
    }

    /**
     * Re-issues, after a new certificate template, the next {@value #REISSUE_BATCH} certificates of
     * awards in force that were made with an older template: each gets a new serial and supersedes
     * the old one. Bounded, so one round never holds a long transaction; call again while some remain.
     * Administrators only.
     */
    public ReissueRound reissueOutdatedKiteMarks(Actor actor) {
        access.requireAdministrator(actor);
        Date today = Date.valueOf(awards.today());
        List<Certificate> outdated = records.outdatedKiteMarks(CertificatePipeline.TEMPLATE_VERSION, today, REISSUE_BATCH);
        for (Certificate old : outdated) {
            KiteMarkAward award = kiteMarks.awardOf(old).orElseThrow();
            certificates.reissue(actor, old, kiteMarks.subjectOf(award), Certificates.REISSUED_WITH_NEW_DESIGN);
        }
        em.flush();
        return new ReissueRound(outdated.size(), records.countOutdatedKiteMarks(CertificatePipeline.TEMPLATE_VERSION, today));
    }

    /** How many certificates of awards in force still carry an older template. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long outdatedKiteMarks() {
        return records.countOutdatedKiteMarks(CertificatePipeline.TEMPLATE_VERSION, Date.valueOf(awards.today()));
    }

    private KiteMarkAward award(long awardId) {
        return Optional.ofNullable(em.find(KiteMarkAward.class, awardId)).orElseThrow(() -> new NotFoundException(NO_SUCH_AWARD));
    }
}
