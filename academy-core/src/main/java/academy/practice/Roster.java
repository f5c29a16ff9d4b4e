package academy.practice;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.account.EmailAddress;
import academy.account.People;
import academy.account.Person;
import academy.account.SecretToken;
import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.shared.Actor;
import academy.shared.ConflictException;
import academy.shared.NotFoundException;
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.shared.mail.MailMessage;
import academy.shared.mail.Mailer;

/**
 * A practice manager's roster: who is in the practice, inviting staff, approving PPG members,
 * deactivating leavers, and the join code; and a member leaving of their own accord. Every method
 * takes the acting person and checks with {@link PracticeAccess} that they manage the practice the
 * record belongs to (administrators may act on any practice), or, for {@link #leave}, that the
 * membership is their own; a record of another practice is reported as not found. Every change is
 * audited with the practice's id. A practice never loses its last manager by their own hand.
 */
@ApplicationScoped
@Transactional
public class Roster {

    /** The page an invitation link opens; it takes {@code ?token=}. */
    public static final String INVITATION_PAGE = "/account/invitation.xhtml";

    static final AuditAction INVITED = new AuditAction("person.invited");
    static final AuditAction INVITATION_REVOKED = new AuditAction("invitation.revoked");
    static final AuditAction APPROVED = new AuditAction("membership.approved");
    static final AuditAction REJECTED = new AuditAction("membership.rejected");
    static final AuditAction DEACTIVATED = new AuditAction("membership.ended");
    static final AuditAction LEFT = new AuditAction("membership.left");
    static final AuditAction ROLE_CHANGED = new AuditAction("membership.role-changed");
    static final AuditAction JOIN_CODE_ROTATED = new AuditAction("practice.join-code-rotated");

    @Inject
    Practices practices;

    @Inject
    People people;

    @Inject
    PracticeAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    Event<MembershipChanged> membershipChanged;

    private final SecureRandom random = new SecureRandom();

    /** The practice itself (name, codes, join code), for its managers and administrators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Practice practice(Actor actor, long practiceId) {
        access.requireMayManage(actor, practiceId);
        return practices.getPractice(practiceId);
    }

    /** Current members, with their people, ordered by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Membership> members(Actor actor, long practiceId) {
        return membershipsIn(actor, practiceId, EnumSet.of(MembershipStatus.ACTIVE));
    }

    /** One page of the current members, filtered and sorted in the database (for the roster table and the API). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Membership> findMembers(Actor actor, long practiceId, MemberQuery query, PageRequest page) {
        access.requireMayManage(actor, practiceId);
        return practices.activeMembers(practices.getPractice(practiceId), query, page);
    }

    /** PPG applications waiting for a decision. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Membership> applicants(Actor actor, long practiceId) {
        return membershipsIn(actor, practiceId, EnumSet.of(MembershipStatus.PENDING));
    }

    /** Ended memberships and turned-down applications: the practice's history. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Membership> formerMembers(Actor actor, long practiceId) {
        return membershipsIn(actor, practiceId, EnumSet.of(MembershipStatus.ENDED, MembershipStatus.REJECTED));
    }

    /** The practice's invitations, newest first (the latest 200); see {@link Invitation#statusAt}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Invitation> invitations(Actor actor, long practiceId) {
        access.requireMayManage(actor, practiceId);
        return practices.invitationsOf(practices.getPractice(practiceId));
    }

    /**
     * Invites someone to join the practice in a job role: a single-use link valid for seven days
     * goes to their address. An earlier open invitation to the same address is replaced (so
     * "invite again" is how a manager resends one).
     *
     * @throws academy.shared.NotFoundException       unless the actor manages the practice
     * @throws ConflictException                      when the practice is archived or the person is already a member or applicant
     * @throws academy.shared.InvalidRequestException when the name or address is not valid
     */
    public Invitation invite(Actor actor, long practiceId, String displayName, String email, JobRole jobRole) {
        access.requireMayManage(actor, practiceId);
        Practice practice = practices.lock(practices.getPractice(practiceId));
        practice.requireActive();
        EmailAddress address = EmailAddress.of(email);
        String name = Person.requireName(displayName);
        Optional<Person> existing = people.findByEmail(address);
        if (existing.flatMap(person -> practices.openMembership(person, practice)).isPresent()) {
            throw new ConflictException(address + " is already a member of " + practice.name()
                    + " (or has applied to be one).");
        }
        Instant now = clock.instant();
        practices.usableInvitations(practice, address, now).forEach(old -> old.revoke(now));
        SecretToken token = SecretToken.generate(random);
        Invitation invitation = practices.add(new Invitation(practice, address, name, jobRole, actor.personId(),
                token.hash(), now, Invitation.VALIDITY));
        mailer.send(new MailMessage(address.value(), InvitationMail.subject(practice.name()),
                InvitationMail.body(actor.displayName(), practice.name(), name, jobRole, mailer.link(INVITATION_PAGE, token.value()),
                        existing.isPresent())));
        audit.record(actor, INVITED, new AuditSubject("invitation", address.normalised()), Optional.of(practiceId),
                jobRole.slug());
        return invitation;
    }

    /** Withdraws an invitation that has not been accepted yet. */
    public Invitation revokeInvitation(Actor actor, long invitationId) {
        Invitation invitation = practices.findInvitation(invitationId)
                .filter(i -> access.mayManage(actor, i.practice().id()))
                .orElseThrow(() -> new NotFoundException("There is no such invitation, or it is not yours to see."));
        invitation.revoke(clock.instant());
        audit.record(actor, INVITATION_REVOKED, AuditSubject.of("invitation", invitationId),
                Optional.of(invitation.practice().id()), invitation.email().normalised());
        return invitation;
    }

    /**
     * Approves a pending PPG application: the person becomes a PPG member and is told by mail.
     *
     * @throws ConflictException unless the application is pending
     */
    public Membership approve(Actor actor, long membershipId) {
        Membership membership = managedMembership(actor, membershipId);
        membership.approve(clock.instant());
        membershipChanged.fire(MembershipChanged.started(membership));
        Person person = membership.person();
        mailer.send(new MailMessage(person.email().value(), "Welcome to " + membership.practice().name() + "'s PPG",
                String.join("\n",
                        "Hello " + person.displayName() + ",",
                        "",
                        membership.practice().name() + " has approved you as a member of its Patient Participation Group.",
                        "Sign in to find the courses for PPG members: " + mailer.link("/"),
                        "",
                        "Thank you for helping other patients get online.",
                        "",
                        "The Academy team")));
        audit.record(actor, APPROVED, AuditSubject.of("membership", membershipId), Optional.of(membership.practiceId()),
                person.email().normalised());
        return membership;
    }

    /**
     * Turns down a pending PPG application; the applicant is told kindly.
     *
     * @throws ConflictException unless the application is pending
     */
    public Membership reject(Actor actor, long membershipId) {
        Membership membership = managedMembership(actor, membershipId);
        membership.reject(clock.instant());
        Person person = membership.person();
        mailer.send(new MailMessage(person.email().value(), "Your application to " + membership.practice().name(),
                String.join("\n",
                        "Hello " + person.displayName() + ",",
                        "",
                        membership.practice().name() + " could not confirm your application to its Patient Participation Group.",
                        "If you think this is a mistake, please speak to the practice.",
                        "",
                        "The Academy team")));
        audit.record(actor, REJECTED, AuditSubject.of("membership", membershipId), Optional.of(membership.practiceId()),
                person.email().normalised());
        return membership;
    }

    /**
     * Ends a member's membership (a leaver). The membership stays in the history; the person's
     * account stays too (they may join another practice). Managers may deactivate themselves
     * (the page warns them first) unless nobody else would be left to manage the practice.
     *
     * @throws ConflictException unless the membership is active, or when the actor is the practice's last manager ending their own
     */
    public Membership deactivate(Actor actor, long membershipId) {
        Membership membership = managedMembership(actor, membershipId);
        if (isOwn(actor, membership)) {
            requireAnotherManager(membership, "deactivate yourself");
        }
        membership.end(clock.instant());
        membershipChanged.fire(MembershipChanged.ended(membership));
        audit.record(actor, DEACTIVATED, AuditSubject.of("membership", membershipId), Optional.of(membership.practiceId()),
                membership.person().email().normalised());
        return membership;
    }

    /**
     * A member leaves a practice of their own accord: the membership ends and stays in the
     * practice's history. Only the member themselves may do this; anyone else's membership is
     * "not found".
     *
     * @throws NotFoundException unless the membership is the actor's own
     * @throws ConflictException unless it is active, or when the actor is the practice's last manager
     */
    public Membership leave(Actor actor, long membershipId) {
        long personId = actor.requirePersonId();
        Membership membership = practices.findMembership(membershipId)
                .filter(m -> m.person().id().equals(personId))
                .orElseThrow(() -> new NotFoundException("There is no such membership, or it is not yours."));
        practices.lock(membership.practice());
        practices.reread(membership);
        requireAnotherManager(membership, "leave");
        membership.end(clock.instant());
        membershipChanged.fire(MembershipChanged.ended(membership));
        audit.record(actor, LEFT, AuditSubject.of("membership", membershipId), Optional.of(membership.practiceId()),
                membership.person().email().normalised());
        return membership;
    }

    /**
     * Moves an active member to another job role (e.g. makes them a practice manager). The
     * practice's last manager cannot give up the role themselves.
     *
     * @throws ConflictException unless the membership is active, when it already has that role, or when the last manager demotes themselves
     */
    public Membership changeJobRole(Actor actor, long membershipId, JobRole newRole) {
        Membership membership = managedMembership(actor, membershipId);
        JobRole before = membership.jobRole();
        if (isOwn(actor, membership) && newRole != JobRole.PRACTICE_MANAGER) {
            requireAnotherManager(membership, "stop being its practice manager");
        }
        membership.changeJobRole(newRole);
        membershipChanged.fire(MembershipChanged.roleChanged(membership, before));
        audit.record(actor, ROLE_CHANGED, AuditSubject.of("membership", membershipId), Optional.of(membership.practiceId()),
                before.slug() + " -> " + newRole.slug());
        return membership;
    }

    /** Gives the practice a new join code; the old one stops working at once. */
    public JoinCode rotateJoinCode(Actor actor, long practiceId) {
        access.requireMayManage(actor, practiceId);
        Practice practice = practices.getPractice(practiceId);
        practice.rotateJoinCode(practices.unusedJoinCode(), clock.instant());
        audit.record(actor, JOIN_CODE_ROTATED, new AuditSubject("practice", practice.odsCode().value()),
                Optional.of(practiceId), "");
        return practice.joinCode();
    }

    /** The actor's own memberships in every practice, newest first, with their practices. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Membership> myMemberships(Actor actor) {
        return practices.membershipsOfPerson(actor.requirePersonId());
    }

    private List<Membership> membershipsIn(Actor actor, long practiceId, EnumSet<MembershipStatus> statuses) {
        access.requireMayManage(actor, practiceId);
        return practices.membershipsOf(practices.getPractice(practiceId), statuses);
    }

    private static boolean isOwn(Actor actor, Membership membership) {
        return actor.personId().filter(id -> id.equals(membership.person().id())).isPresent();
    }

    /**
     * A practice always keeps a manager: the only active one cannot step down. Called with the
     * practice locked, so two managers cannot both leave at once.
     */
    private void requireAnotherManager(Membership membership, String what) {
        if (membership.isManager() && practices.activeManagerCount(membership.practice()) <= 1) {
            throw new ConflictException("You are the only practice manager of " + membership.practice().name()
                    + ", so you cannot " + what + ". Make someone else practice manager first, or ask an administrator.");
        }
    }

    private Membership managedMembership(Actor actor, long membershipId) {
        Membership membership = practices.findMembership(membershipId)
                .orElseThrow(() -> new NotFoundException("There is no such membership, or it is not yours to see."));
        access.requireMayManageRecordOf(actor, membership.practiceId(), "membership");
        practices.lock(membership.practice());
        return practices.reread(membership);
    }
}
