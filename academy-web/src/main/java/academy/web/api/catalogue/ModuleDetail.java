package academy.web.api.catalogue;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.catalogue.Lesson;
import academy.catalogue.ModuleVersion;
import academy.web.api.Links;

/** One module's current version with its lessons in order; of the quiz only its size and pass mark. */
@Schema(name = "ModuleDetail")
@JsonbPropertyOrder({"slug", "title", "summary", "audience", "area", "minutes", "cpdMinutes", "refreshMonths",
        "version", "tags", "lessons", "quiz", "links"})
public record ModuleDetail(
        String slug,
        String title,
        String summary,
        @Schema(enumeration = {"staff", "ppg", "both"}) String audience,
        @Schema(enumeration = {"infrastructure", "staff-culture", "patient-upskilling"}) String area,
        int minutes,
        int cpdMinutes,
        @Schema(description = "Months after which a completion expires; absent when it never does", nullable = true)
        Integer refreshMonths,
        int version,
        List<String> tags,
        List<LessonContent> lessons,
        Quiz quiz,
        Links links) {

    /** A lesson inside its module: the body is sanitised HTML. */
    @Schema(name = "LessonContent")
    @JsonbPropertyOrder({"number", "title", "html"})
    public record LessonContent(int number, String title, @Schema(description = "Sanitised HTML") String html) {

        static LessonContent of(Lesson lesson) {
            return new LessonContent(lesson.number(), lesson.title(), lesson.html());
        }
    }

    /** What a learner may know of the quiz before taking it: never the questions or answers. */
    @Schema(name = "QuizSummary")
    @JsonbPropertyOrder({"questionCount", "passMark"})
    public record Quiz(int questionCount, @Schema(description = "Percent of questions to answer correctly") int passMark) {
    }

    static ModuleDetail of(ModuleVersion module, List<Lesson> lessons, Links.Roots roots) {
        return new ModuleDetail(module.slug(), module.title(), module.summary(), module.audience().slug(),
                module.area().slug(), module.minutes(), module.cpdMinutes(), module.refreshMonths().orElse(null),
                module.versionNumber(), module.tags(), lessons.stream().map(LessonContent::of).toList(),
                new Quiz(module.questionCount(), module.passMark()), ModuleResource.links(module.slug(), roots));
    }
}
