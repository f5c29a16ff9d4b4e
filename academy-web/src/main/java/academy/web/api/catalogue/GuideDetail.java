package academy.web.api.catalogue;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.catalogue.Guide;
import academy.web.api.Links;

/** A step-by-step guide for patients with its steps. */
@Schema(name = "GuideDetail")
@JsonbPropertyOrder({"slug", "title", "summary", "minutes", "tags", "modules", "html", "links"})
public record GuideDetail(
        String slug,
        String title,
        String summary,
        int minutes,
        List<String> tags,
        List<String> modules,
        @Schema(description = "The guide, as sanitised HTML") String html,
        Links links) {

    static GuideDetail of(Guide guide, Links.Roots roots) {
        return new GuideDetail(guide.slug(), guide.title(), guide.summary(), guide.minutes(), guide.tags(),
                guide.moduleSlugs(), guide.html(), GuideResource.links(guide.slug(), roots));
    }
}
