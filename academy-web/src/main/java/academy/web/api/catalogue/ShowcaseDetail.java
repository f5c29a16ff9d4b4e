package academy.web.api.catalogue;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.catalogue.Showcase;
import academy.web.api.Links;

/** A best-practice showcase with its story. */
@Schema(name = "ShowcaseDetail")
@JsonbPropertyOrder({"slug", "title", "practice", "locality", "area", "summary", "tags", "modules", "html", "links"})
public record ShowcaseDetail(
        String slug,
        String title,
        String practice,
        String locality,
        @Schema(enumeration = {"infrastructure", "staff-culture", "patient-upskilling"}) String area,
        String summary,
        List<String> tags,
        @Schema(description = "Slugs of the modules that teach what the practice did") List<String> modules,
        @Schema(description = "The story, as sanitised HTML") String html,
        Links links) {

    static ShowcaseDetail of(Showcase showcase, Links.Roots roots) {
        return new ShowcaseDetail(showcase.slug(), showcase.title(), showcase.practice(), showcase.locality(),
                showcase.area().slug(), showcase.summary(), showcase.tags(), showcase.moduleSlugs(), showcase.html(),
                ShowcaseResource.links(showcase.slug(), roots));
    }
}
