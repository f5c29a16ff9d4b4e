package academy.learning;

import java.util.Objects;
import java.util.Optional;

import academy.catalogue.ModuleVersion;

/**
 * One module as it stands for one person.
 *
 * @param module   the module's current version (what the learner would take now)
 * @param latest   the person's latest completion, if any
 * @param required whether one of their learning paths requires it
 */
public record ModuleStatus(ModuleVersion module, TrainingStatus status, Optional<Completion> latest, boolean required) {
    public ModuleStatus {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(latest, "latest");
    }
}
