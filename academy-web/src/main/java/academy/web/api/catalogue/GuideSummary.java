package academy.web.api.catalogue;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.catalogue.Guide;
import academy.web.api.Links;

/** A step-by-step guide for patients as listed, without its steps. */
@Schema(name = "GuideSummary")
@JsonbPropertyOrder({"slug", "title", "summary", "minutes", "tags", "modules", "links"})
public record GuideSummary(
        String slug,
        String title,
        String summary,
        @Schema(description = "Estimated minutes to follow the guide") int minutes,
        List<String> tags,
        @Schema(description = "Slugs of the modules that teach staff to help with it") List<String> modules,
        Links links) {

    static GuideSummary of(Guide guide, Links.Roots roots) {
        return new GuideSummary(guide.slug(), guide.title(), guide.summary(), guide.minutes(), guide.tags(),
                guide.moduleSlugs(), GuideResource.links(guide.slug(), roots));
    }
}
