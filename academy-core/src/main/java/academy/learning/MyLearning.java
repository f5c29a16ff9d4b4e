package academy.learning;

import java.util.List;

/**
 * A learner's overview.
 *
 * @param required   every required module with its status, in path order
 * @param inProgress modules started and not completed (required or not)
 * @param due        required modules expiring within 60 days
 * @param overdue    required modules expired or needing a refresh after a significant change
 */
public record MyLearning(List<ModuleStatus> required, List<ModuleStatus> inProgress, List<ModuleStatus> due,
                         List<ModuleStatus> overdue) {
    public MyLearning {
        required = List.copyOf(required);
        inProgress = List.copyOf(inProgress);
        due = List.copyOf(due);
        overdue = List.copyOf(overdue);
    }
}
