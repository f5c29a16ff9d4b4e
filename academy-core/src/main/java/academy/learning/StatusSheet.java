package academy.learning;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import academy.catalogue.ModuleVersion;

/**
 * Statuses for one person's modules from data already loaded (their enrolments with latest
 * completions, the modules' latest significant versions): no query per cell.
 */
final class StatusSheet {

    private final TrainingStatusRules rules;
    private final Map<String, Integer> latestSignificant;

    StatusSheet(TrainingStatusRules rules, Map<String, Integer> latestSignificant) {
        this.rules = rules;
        this.latestSignificant = Map.copyOf(latestSignificant);
    }

    ModuleStatus statusOf(ModuleVersion module, List<Enrolment> enrolmentsOfPerson, boolean required) {
        Optional<Enrolment> enrolment = enrolmentsOfPerson.stream()
                .filter(e -> e.module().slug().equals(module.slug())).findFirst();
        Optional<Completion> latest = enrolment.flatMap(Enrolment::latestCompletion);
        TrainingStatus status = rules.status(latest.map(Completion::facts), enrolment.isPresent(),
                latestSignificant.getOrDefault(module.slug(), 0));
        return new ModuleStatus(module, status, latest, required);
    }
}
