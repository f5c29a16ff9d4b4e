package academy.web.home;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.learning.Learning;
import academy.learning.ModuleStatus;
import academy.learning.TrainingStatus;
import academy.practice.AssessorConflicts;
import academy.practice.AssessorConflicts.Conflict;
import academy.practice.Membership;
import academy.practice.MembershipStatus;
import academy.practice.Roster;
import academy.web.faces.Messages;
import academy.web.security.CurrentUser;

/**
 * {@code /home.xhtml}: where a person lands after signing in. The page shows a section per group
 * ({@code #{currentUser.hasGroup(…)}}); this bean adds the person's practices (and leaving one),
 * the training their learning paths ask of them, and, for assessors, the practices they may not
 * assess.
 */
@Named
@RequestScoped
public class HomeBacking {

    private static final Map<TrainingStatus, String> STATUS_WORDS = Map.of(
            TrainingStatus.COMPLETE, "Done",
            TrainingStatus.DUE_SOON_60, "Done; due again within 60 days",
            TrainingStatus.DUE_SOON_30, "Done; due again within 30 days",
            TrainingStatus.OVERDUE, "Overdue",
            TrainingStatus.REFRESH_NEEDED, "Changed since you took it: please refresh",
            TrainingStatus.IN_PROGRESS, "Started",
            TrainingStatus.NOT_STARTED, "Not started");

    @Inject
    Roster roster;

    @Inject
    Learning learning;

    @Inject
    AssessorConflicts conflicts;

    @Inject
    CurrentUser currentUser;

    private List<Membership> memberships;
    private List<ModuleStatus> training;
    private List<Conflict> conflictList;

    /** Current and waiting memberships; ended and rejected ones are history, not for the home page. */
    public List<Membership> getMemberships() {
        if (memberships == null) {
            memberships = roster.myMemberships(currentUser.actor()).stream()
                    .filter(m -> m.status() == MembershipStatus.ACTIVE || m.status() == MembershipStatus.PENDING)
                    .toList();
        }
        return memberships;
    }

    public boolean isWaitingForApproval() {
        return getMemberships().stream().anyMatch(m -> m.status() == MembershipStatus.PENDING);
    }

    /** The modules the person's learning paths require (staff or PPG), in path order; empty without an active membership. */
    public List<ModuleStatus> getTraining() {
        if (training == null) {
            boolean member = getMemberships().stream().anyMatch(Membership::isActive);
            training = member ? learning.myLearning(currentUser.actor()).required() : List.of();
        }
        return training;
    }

    public String statusWords(TrainingStatus status) {
        return STATUS_WORDS.get(status);
    }

    /** The practices an assessor may not assess: their own, now or within the last twelve months. */
    public List<Conflict> getConflicts() {
        if (conflictList == null) {
            conflictList = conflicts.conflictsOf(currentUser.actor());
        }
        return conflictList;
    }

    /** The person leaves one of their practices (they confirmed in a dialog first). */
    public void leave(long membershipId) {
        Messages.attempt(() -> "You have left " + roster.leave(currentUser.actor(), membershipId).practice().name()
                + ". Your training record stays with you.");
        memberships = null;
        training = null;
        conflictList = null;
    }
}
