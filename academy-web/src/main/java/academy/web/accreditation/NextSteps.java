package academy.web.accreditation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import academy.accreditation.readiness.CriterionReadiness;
import academy.accreditation.readiness.CriterionStatus;
import academy.accreditation.readiness.LevelReadiness;
import academy.accreditation.readiness.PracticeReadiness;

/**
 * What the readiness tab and the manager's home tell a manager to do next (one rule for both), and whether (or why not) each level may be
 * applied for, worked out from the practice's readiness alone.
 */
public final class NextSteps {

    static final int MAX = 3;

    /** One thing to do, with the in-page anchor of the level or criterion it is about. */
    public record Step(String text, String anchor) {
    }

    private NextSteps() {
    }

    /** "Apply" is offered when nothing is with the assessors and every criterion checked from the records is met. */
    static boolean mayApply(LevelReadiness level, Optional<String> openApplicationLevel) {
        return openApplicationLevel.isEmpty() && level.automaticCriteriaMet();
    }

    /** Why the level cannot be applied for, naming what stands in the way; empty when it can. */
    static String whyNotApply(LevelReadiness level, Optional<String> openApplicationLevel) {
        if (openApplicationLevel.isPresent()) {
            return "You cannot apply while your application for " + openApplicationLevel.get()
                    + " is with the assessors. You can apply again once it is decided.";
        }
        List<CriterionReadiness> blocking = level.blocking();
        if (blocking.isEmpty()) {
            return "";
        }
        return "You cannot apply yet: " + (blocking.size() == 1 ? "1 criterion" : blocking.size() + " criteria")
                + " checked from your records " + (blocking.size() == 1 ? "is" : "are") + " not met ("
                + blocking.stream().map(c -> c.criterion().title()).collect(Collectors.joining(", ")) + ").";
    }

    /**
     * Up to three steps: apply for the highest level the practice may apply for; then, for the lowest
     * level not ready yet, meet what the records do not show and give the evidence still missing.
     * None while an application is with the assessors: the tab says so instead.
     */
    public static List<Step> of(PracticeReadiness readiness, boolean applicationOpen) {
        if (applicationOpen) {
            return List.of();
        }
        List<Step> steps = new ArrayList<>();
        List<LevelReadiness> levels = readiness.levels();
        levels.stream().filter(LevelReadiness::automaticCriteriaMet).reduce((lower, higher) -> higher)
                .ifPresent(level -> steps.add(new Step("Apply for " + level.level().title(), "level-" + level.level().slug())));
        levels.stream().filter(level -> !level.automaticCriteriaMet() || level.criteria().stream().anyMatch(NextSteps::awaitsEvidence))
                .findFirst().ifPresent(level -> level.criteria().stream()
                        .filter(c -> c.blocksApplication() || awaitsEvidence(c))
                        .forEach(c -> steps.add(stepFor(c))));
        return List.copyOf(steps.subList(0, Math.min(MAX, steps.size())));
    }

    private static boolean awaitsEvidence(CriterionReadiness criterion) {
        return criterion.status() == CriterionStatus.AWAITING_EVIDENCE;
    }

    private static Step stepFor(CriterionReadiness c) {
        String title = c.criterion().title();
        String text = c.blocksApplication() ? c.gap().map(gap -> title + ": " + gap).orElse("Meet \u201c" + title + "\u201d")
                : "Give evidence for \u201c" + title + "\u201d";
        return new Step(text, "criterion-" + c.criterion().slug());
    }
}
