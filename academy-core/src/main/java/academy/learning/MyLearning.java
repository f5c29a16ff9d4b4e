package academy.learning;

import java.util.List;
import java.util.Map;

/**
 * A learner's overview.
 *
 * @param paths       the learning paths that apply to the learner's job roles (PPG members: the PPG
 *                    path), each with the status of its modules, in path order
 * @param required    every required module with its status, in path order, each once
 * @param inProgress  modules started and not completed (required or not)
 * @param due         required modules expiring within 60 days
 * @param overdue     required modules expired or needing a refresh after a significant change
 * @param lessonsRead per module slug, how many lessons of its current version the learner has read
 */
public record MyLearning(List<PathStatus> paths, List<ModuleStatus> required, List<ModuleStatus> inProgress,
                         List<ModuleStatus> due, List<ModuleStatus> overdue, Map<String, Integer> lessonsRead) {

    public MyLearning {
        paths = List.copyOf(paths);
        required = List.copyOf(required);
        inProgress = List.copyOf(inProgress);
        due = List.copyOf(due);
        overdue = List.copyOf(overdue);
        lessonsRead = Map.copyOf(lessonsRead);
    }

    /** One learning path and where the learner stands with each of its modules. */
    public record PathStatus(String slug, String title, List<ModuleStatus> modules) {
        public PathStatus {
            modules = List.copyOf(modules);
        }
    }

    /** Lessons of the module's current version read. */
    public int lessonsReadOf(ModuleStatus module) {
        return lessonsRead.getOrDefault(module.module().slug(), 0);
    }

    /** Lessons read as a whole percentage of the module's current version's lessons. */
    public int percentReadOf(ModuleStatus module) {
        int lessons = module.module().lessonCount();
        return lessons == 0 ? 100 : Math.round(100f * Math.min(lessons, lessonsReadOf(module)) / lessons);
    }

    /** Nothing is required of the learner and nothing is in progress. */
    public boolean nothingToDo() {
        return required.isEmpty() && inProgress.isEmpty();
    }
}
