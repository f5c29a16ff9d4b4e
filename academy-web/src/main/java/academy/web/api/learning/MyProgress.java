package academy.web.api.learning;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.learning.MyLearning;

/** The learner's required modules, by learning path and each once, with their status. */
@Schema(name = "MyProgress")
@JsonbPropertyOrder({"paths", "required", "overdue", "dueSoon", "inProgress"})
public record MyProgress(List<PathProgress> paths, List<ModuleProgressView> required,
                         @Schema(description = "How many required modules are overdue or need a refresh") int overdue,
                         @Schema(description = "How many required modules expire within 60 days") int dueSoon,
                         @Schema(description = "How many modules (required or not) are started and not completed") int inProgress) {

    /** A learning path that applies to the learner and its modules. */
    @Schema(name = "PathProgress")
    @JsonbPropertyOrder({"path", "title", "modules"})
    public record PathProgress(String path, String title, List<ModuleProgressView> modules) {
    }

    static MyProgress of(MyLearning mine) {
        return new MyProgress(
                mine.paths().stream().map(p -> new PathProgress(p.slug(), p.title(),
                        p.modules().stream().map(m -> ModuleProgressView.of(m, mine.lessonsReadOf(m))).toList())).toList(),
                mine.required().stream().map(m -> ModuleProgressView.of(m, mine.lessonsReadOf(m))).toList(),
                mine.overdue().size(), mine.due().size(), mine.inProgress().size());
    }
}
