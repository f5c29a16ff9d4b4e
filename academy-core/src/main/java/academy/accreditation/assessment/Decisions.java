package academy.accreditation.assessment;

import static academy.accreditation.assessment.AssessmentAccess.practiceOf;
import static academy.accreditation.assessment.AssessmentAccess.subject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.account.Person;
import academy.accreditation.application.AssessmentDecision;
import academy.accreditation.application.DecidedAs;
import academy.accreditation.application.DecisionOutcome;
import academy.accreditation.application.KiteMarkApplication;
import academy.accreditation.application.KiteMarkApplications;
import academy.accreditation.award.Awards;
import academy.accreditation.award.KiteMarkAward;
import academy.audit.AuditAction;
import academy.audit.AuditTrail;
import academy.shared.Actor;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;
import academy.shared.NotFoundException;

/**
 * The assessor's decision on an application, with reasons, and the moderation of a top-level award:
 * a second assessor confirms it (the award is made) or returns it to the first. Every step is audited
 * with the practice's id.
 */
@ApplicationScoped
@Transactional
public class Decisions {

    public static final AuditAction DECIDED = new AuditAction("accreditation.decided");
    public static final AuditAction MODERATION_REQUESTED = new AuditAction("accreditation.moderation-requested");
    public static final AuditAction MODERATION_CONFIRMED = new AuditAction("accreditation.moderation-confirmed");
    public static final AuditAction MODERATION_RETURNED = new AuditAction("accreditation.moderation-returned");

    @Inject
    AssessmentAccess rules;

    @Inject
    AssessmentRecords records;

    @Inject
    KiteMarkApplications applications;

    @Inject
    Awards awards;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * The assigned assessor decides, with reasons (and conditions for an award with conditions).
     * An award of the scheme's top level goes to the named second assessor for moderation first.
     *
     * @param moderatorId the second assessor, needed only for a top-level award
     * @return the decision recorded, or empty when the award waits for moderation
     * @throws InvalidRequestException when reasons, conditions or the moderator are missing or unacceptable
     * @throws ConflictException       when the application is not ready for the decision
     */
    public Optional<AssessmentDecision> decide(Actor actor, long applicationId, DecisionOutcome outcome, String reasons,
                                               List<KiteMarkAward.ConditionTerms> conditions, Optional<Long> moderatorId) {
        KiteMarkApplication application = rules.lockForAssignedAssessor(actor, applicationId);
        String checkedReasons = AssessmentDecision.requireReasons(reasons);
        Map<String, ReviewVerdict> verdicts = records.reviewsOf(application.id()).stream()
                .collect(Collectors.toMap(CriterionReview::criterionSlug, CriterionReview::verdict));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        DecisionRules.check(application, outcome, conditions, verdicts, today, awards.terms().validityMonths());
        Person me = rules.person(actor);
        Instant now = clock.instant();
        if (outcome.awards() && DecisionRules.isTopLevel(application)) {
            Person moderator = rules.activeAssessor(moderatorId.orElseThrow(() -> new InvalidRequestException(
                    "An award of " + application.levelTitle() + " is moderated: choose the second assessor.")));
            if (moderator.equals(me)) {
                throw new InvalidRequestException("Choose a different assessor to moderate your award.");
            }
            if (rules.hasConflict(moderator, application.practice())) {
                throw new InvalidRequestException(moderator.displayName() + " has a conflict of interest with "
                        + application.practice().name() + "; choose another assessor to moderate.");
            }
            records.addModeration(new Moderation(application, outcome, checkedReasons, conditions, me, moderator, now));
            application.awaitModeration(moderator);
            audit.record(actor, MODERATION_REQUESTED, subject(application), practiceOf(application),
                    outcome.label() + " proposed; " + moderator.displayName() + " moderates. Reasons: " + checkedReasons);
            return Optional.empty();
        }
        AssessmentDecision decision = applications.addDecision(
                new AssessmentDecision(application, outcome, checkedReasons, me, DecidedAs.ASSESSOR, now));
        application.close(outcome, now);
        audit.record(actor, DECIDED, subject(application), practiceOf(application),
                outcome.label() + " (" + application.levelTitle() + "). Reasons: " + checkedReasons);
        if (outcome.awards()) {
            awards.grant(actor, application, decision, conditions);
        }
        return Optional.of(decision);
    }

    /**
     * The moderator lets the proposed top-level award stand: the assessor's decision and the
     * moderator's are recorded and the award is made.
     *
     * @throws NotFoundException when the actor is not the application's moderator, or has a conflict
     * @throws ConflictException when nothing waits for moderation
     */
    public KiteMarkAward confirmModeration(Actor actor, long applicationId, String reasons) {
        KiteMarkApplication application = rules.lockForModerator(actor, applicationId);
        Moderation moderation = pending(application);
        String checkedReasons = AssessmentDecision.requireReasons(reasons);
        Instant now = clock.instant();
        moderation.confirm(now);
        AssessmentDecision assessors = applications.addDecision(new AssessmentDecision(application, moderation.outcome(),
                moderation.reasons(), moderation.proposedBy(), DecidedAs.ASSESSOR, moderation.proposedAt()));
        applications.addDecision(new AssessmentDecision(application, moderation.outcome(), checkedReasons,
                rules.person(actor), DecidedAs.MODERATOR, now));
        application.close(moderation.outcome(), now);
        audit.record(actor, MODERATION_CONFIRMED, subject(application), practiceOf(application),
                "The award of " + application.levelTitle() + " stands after moderation. Reasons: " + checkedReasons);
        return awards.grant(actor, application, assessors, moderation.conditions());
    }

    /**
     * The moderator returns the proposed award to the first assessor, with reasons; the
     * application is in review again.
     */
    public void returnFromModeration(Actor actor, long applicationId, String reasons) {
        KiteMarkApplication application = rules.lockForModerator(actor, applicationId);
        Moderation moderation = pending(application);
        moderation.returnWith(reasons, clock.instant());
        application.resumeReview();
        audit.record(actor, MODERATION_RETURNED, subject(application), practiceOf(application),
                "Returned to " + moderation.proposedBy().displayName() + " by the moderator. Reasons: "
                        + moderation.moderatorReasons().orElse(""));
    }

    private Moderation pending(KiteMarkApplication application) {
        return records.pendingModeration(application.id())
                .orElseThrow(() -> new ConflictException("Nothing on this application waits for moderation."));
    }
}
