package academy.web.api.catalogue;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.catalogue.Lesson;
import academy.catalogue.ModuleVersion;
import academy.web.api.Links;

/** One lesson on its own, with the module it belongs to. */
@Schema(name = "LessonDetail")
@JsonbPropertyOrder({"module", "moduleTitle", "version", "number", "title", "html", "links"})
public record LessonDetail(
        @Schema(description = "Slug of the module") String module,
        String moduleTitle,
        @Schema(description = "Number of the module version the lesson belongs to") int version,
        int number,
        String title,
        @Schema(description = "Sanitised HTML") String html,
        Links links) {

    static LessonDetail of(ModuleVersion module, Lesson lesson, Links.Roots roots) {
        String slug = module.slug();
        return new LessonDetail(slug, module.title(), module.versionNumber(),
                lesson.number(), lesson.title(), lesson.html(),
                roots.to("modules/" + slug + "/lessons/" + lesson.number(),
                        "catalogue/lesson.xhtml?slug=" + slug + "&n=" + lesson.number()));
    }
}
