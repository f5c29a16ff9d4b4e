package academy.accreditation.readiness;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import academy.accreditation.scheme.Criterion;

/**
 * Where a practice stands on one criterion, and what closes the gap.
 *
 * @param progress what the practice has, in words ("14 of 17 receptionists and administrators (82 %)")
 * @param gap      what is missing, in words; empty when the criterion is met
 * @param help     modules, guides and showcases that help close the gap
 * @param evidence the practice's latest statement (evidence criteria)
 */
public record CriterionReadiness(Criterion criterion, CriterionStatus status, String progress, Optional<String> gap,
                                 List<HelpLink> help, Optional<ReadinessFacts.Evidence> evidence) {

    public CriterionReadiness {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(gap, "gap");
        help = List.copyOf(help);
        Objects.requireNonNull(evidence, "evidence");
    }

    public boolean isMet() {
        return status == CriterionStatus.MET;
    }

    /** An automatic criterion the practice's data does not meet yet (blocks an application). */
    public boolean blocksApplication() {
        return criterion.kind().isAutomatic() && !isMet();
    }
}
