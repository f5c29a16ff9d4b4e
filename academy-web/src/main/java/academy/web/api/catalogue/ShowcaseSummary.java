package academy.web.api.catalogue;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.catalogue.Showcase;
import academy.web.api.Links;

/** A best-practice showcase as listed: who did what, without the story. */
@Schema(name = "ShowcaseSummary")
@JsonbPropertyOrder({"slug", "title", "practice", "locality", "area", "summary", "tags", "modules", "links"})
public record ShowcaseSummary(
        String slug,
        String title,
        String practice,
        String locality,
        @Schema(enumeration = {"infrastructure", "staff-culture", "patient-upskilling"}) String area,
        String summary,
        List<String> tags,
        @Schema(description = "Slugs of the modules that teach what the practice did") List<String> modules,
        Links links) {

    static ShowcaseSummary of(Showcase showcase, Links.Roots roots) {
        return new ShowcaseSummary(showcase.slug(), showcase.title(), showcase.practice(), showcase.locality(),
                showcase.area().slug(), showcase.summary(), showcase.tags(), showcase.moduleSlugs(),
                ShowcaseResource.links(showcase.slug(), roots));
    }
}
