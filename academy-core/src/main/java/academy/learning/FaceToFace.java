package academy.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.catalogue.Catalogue;
import academy.catalogue.ModuleVersion;
import academy.practice.Membership;
import academy.practice.Practice;
import academy.practice.PracticeAccess;
import academy.practice.Practices;
import academy.shared.Actor;
import academy.shared.InvalidRequestException;
import academy.shared.NotFoundException;

/**
 * A manager records that staff attended an in-practice session for a module that allows it: each
 * attendee gets a face-to-face completion of the module's current version, credited to the
 * practice. Recording the same session again (same module version, same day) adds nothing for
 * people already recorded.
 */
@ApplicationScoped
@Transactional
public class FaceToFace {

    static final AuditAction ATTENDED = new AuditAction("learning.face-to-face-recorded");
    static final int MAX_ATTENDEES = 500;

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    PracticeAccess access;

    @Inject
    Practices practices;

    @Inject
    Catalogue catalogue;

    @Inject
    LearningRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * @param attendeeIds the attendees' person ids; each must be an active member of the practice
     * @return the attendees' face-to-face completions (including ones recorded before for the same day)
     * @throws NotFoundException        unless the actor manages the practice; when an attendee is not an active member of it
     * @throws InvalidRequestException  for an unknown module, one that does not allow face-to-face completion,
     *                                  a date in the future, or no attendees
     */
    public List<Completion> recordAttendance(Actor actor, long practiceId, String moduleSlug, LocalDate heldOn,
                                             Set<Long> attendeeIds) {
        access.requireMayManage(actor, practiceId);
        Practice practice = practices.getPractice(practiceId);
        ModuleVersion version = catalogue.findModule(moduleSlug == null ? "" : moduleSlug.strip())
                .orElseThrow(() -> new InvalidRequestException("There is no module called \"" + moduleSlug + "\"."));
        if (!version.isFaceToFace()) {
            throw new InvalidRequestException("\"" + version.title() + "\" cannot be completed at a face-to-face session.");
        }
        Instant now = clock.instant();
        if (heldOn == null || heldOn.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            throw new InvalidRequestException("The session date cannot be in the future.");
        }
        if (attendeeIds == null || attendeeIds.isEmpty() || attendeeIds.size() > MAX_ATTENDEES) {
            throw new InvalidRequestException("Choose between 1 and " + MAX_ATTENDEES + " attendees.");
        }
        Map<Long, Membership> members = em.createQuery("SELECT m FROM Membership m JOIN FETCH m.person p"
                        + " WHERE m.practice.id = :practiceId AND m.status = academy.practice.MembershipStatus.ACTIVE"
                        + " AND p.id IN :ids", Membership.class)
                .setParameter("practiceId", practiceId).setParameter("ids", attendeeIds).getResultList().stream()
                .collect(Collectors.toMap(m -> m.person().id(), Function.identity(), (a, b) -> a));
        if (!members.keySet().containsAll(attendeeIds)) {
            throw new NotFoundException("One of the attendees is not a current member of this practice.");
        }
        for (Membership member : members.values()) {
            if (!version.audience().admits(member.jobRole())) {
                throw new InvalidRequestException(member.person().displayName() + " is a PPG member, and \""
                        + version.title() + "\" is for practice staff; nothing was recorded.");
            }
        }
        Instant heldAt = heldOn.atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<Long, Completion> earlier = em.createQuery("SELECT c FROM Completion c WHERE c.person.id IN :ids"
                        + " AND c.moduleVersion = :version AND c.source = academy.learning.CompletionSource.FACE_TO_FACE"
                        + " AND c.completedAt = :heldAt", Completion.class)
                .setParameter("ids", attendeeIds).setParameter("version", version).setParameter("heldAt", heldAt)
                .getResultList().stream()
                .collect(Collectors.toMap(c -> c.person().id(), Function.identity(), (a, b) -> a));
        List<Completion> completions = new ArrayList<>();
        for (Long personId : attendeeIds.stream().sorted().toList()) {
            Optional<Completion> done = Optional.ofNullable(earlier.get(personId));
            if (done.isPresent()) {
                completions.add(done.get());
                continue;
            }
            Membership member = members.get(personId);
            Enrolment enrolment = records.lockedEnrolment(member.person(), version.module(), now);
            Completion completion = records.add(enrolment,
                    Completion.ofFaceToFace(member.person(), version, practice, heldAt, actor.personId(), now));
            audit.record(actor, ATTENDED, AuditSubject.of("completion", completion.id()), Optional.of(practiceId),
                    version.slug() + " version " + version.versionNumber() + " on " + heldOn + " for person " + personId);
            completions.add(completion);
        }
        return completions;
    }

    /** Current versions of the modules that attendance at a face-to-face session may complete, by title. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ModuleVersion> modules() {
        return em.createQuery("SELECT v FROM ModuleVersion v JOIN FETCH v.module WHERE v.current = true"
                + " AND v.faceToFace = true ORDER BY v.title", ModuleVersion.class).getResultList();
    }

    /**
     * The practice's active members who can be recorded as attendees, by name.
     *
     * @throws NotFoundException unless the actor manages the practice
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Membership> attendable(Actor actor, long practiceId) {
        access.requireMayManage(actor, practiceId);
        return em.createQuery("SELECT m FROM Membership m JOIN FETCH m.person p WHERE m.practice.id = :practiceId"
                        + " AND m.status = academy.practice.MembershipStatus.ACTIVE ORDER BY p.displayName, m.id", Membership.class)
                .setParameter("practiceId", practiceId).getResultList();
    }
}
