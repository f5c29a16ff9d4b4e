package academy.web.api.catalogue;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.catalogue.ModuleVersion;
import academy.shared.Page;
import academy.web.api.Links;

/** One page of the module list with the numbers needed to page through the rest. */
@Schema(name = "ModuleList")
@JsonbPropertyOrder({"items", "page", "size", "total", "pageCount"})
public record ModuleList(
        List<ModuleSummary> items,
        @Schema(description = "Number of this page, from 0") int page,
        @Schema(description = "Most items on a page") int size,
        @Schema(description = "Modules matching the filter, on all pages") long total,
        @Schema(description = "Pages in all; 0 when nothing matches") int pageCount) {

    static ModuleList of(Page<ModuleVersion> page, Links.Roots roots) {
        return new ModuleList(page.items().stream().map(m -> ModuleSummary.of(m, roots)).toList(),
                page.pageNumber(), page.pageSize(), page.total(), page.pageCount());
    }
}
