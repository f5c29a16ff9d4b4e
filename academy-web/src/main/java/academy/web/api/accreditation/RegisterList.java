package academy.web.api.accreditation;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.accreditation.register.RegisterEntry;
import academy.shared.Page;
import academy.web.api.Links;

/** One page of the public register, in name order. */
@Schema(name = "RegisterList")
@JsonbPropertyOrder({"items", "page", "size", "total", "pageCount"})
public record RegisterList(List<RegisterEntryView> items, int page, int size, long total, int pageCount) {

    static RegisterList of(Page<RegisterEntry> page, Links.Roots roots) {
        return new RegisterList(page.items().stream().map(e -> RegisterEntryView.of(e, roots)).toList(), page.pageNumber(),
                page.pageSize(), page.total(), page.pageCount());
    }
}
