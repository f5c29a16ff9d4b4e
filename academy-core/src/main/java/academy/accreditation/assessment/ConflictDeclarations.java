package academy.accreditation.assessment;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.account.Person;
import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.practice.AssessorConflicts;
import academy.practice.OdsCode;
import academy.practice.Practice;
import academy.practice.Practices;
import academy.shared.Actor;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;
import academy.shared.NotFoundException;

/**
 * An assessor's conflicts of interest: those they declare (a relative works there, they advise it...)
 * and those the academy knows from their memberships. Both keep the practice's applications from them.
 */
@ApplicationScoped
@Transactional
public class ConflictDeclarations {

    public static final AuditAction CONFLICT_DECLARED = new AuditAction("accreditation.conflict-declared");
    private static final int MAX_DECLARED = 200;

    @Inject
    AssessmentAccess rules;

    @Inject
    Assessors assessors;

    @Inject
    AssessorConflicts conflicts;

    @Inject
    Practices practices;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * The assessor declares a conflict of interest with a practice, with the reason.
     *
     * @throws NotFoundException       when there is no practice with that code
     * @throws InvalidRequestException when the reason is blank or too long
     * @throws ConflictException       when declared already
     */
    public DeclaredConflict declareConflict(Actor actor, String odsCode, String reason) {
        Person me = rules.requireAssessorPerson(actor);
        String code = odsCode == null ? "" : odsCode.strip().toUpperCase(Locale.ROOT);
        Practice practice = OdsCode.parse(code).flatMap(practices::findByOdsCode)
                .orElseThrow(() -> new NotFoundException("No practice has the code \u201c" + code
                        + "\u201d. A practice code is a letter and five digits, like M83001."));
        if (assessors.declared(me.id(), practice.id())) {
            throw new ConflictException("You have declared a conflict with " + practice.name() + " already.");
        }
        DeclaredConflict conflict = assessors.add(new DeclaredConflict(me, practice, reason, clock.instant()));
        audit.record(actor, CONFLICT_DECLARED, new AuditSubject("practice", practice.odsCode().value()),
                Optional.of(practice.id()), me.displayName() + " declared a conflict of interest: " + conflict.reason());
        return conflict;
    }

    /** The conflicts the assessor declared, newest first (a handful). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeclaredConflict> declaredConflicts(Actor actor) {
        rules.requireAssessorPerson(actor);
        return assessors.declaredBy(actor.requirePersonId(), MAX_DECLARED);
    }

    /** The conflicts the academy knows from the assessor's memberships. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssessorConflicts.Conflict> membershipConflicts(Actor actor) {
        return conflicts.conflictsOf(actor);
    }
}
