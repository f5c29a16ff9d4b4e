package academy.web.api.practice;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.practice.Practice;
import academy.shared.Page;

/** One page of practices, by name. */
@Schema(name = "PracticeList")
@JsonbPropertyOrder({"items", "page", "size", "total", "pageCount"})
public record PracticeList(List<PracticeSummary> items, int page, int size, long total, int pageCount) {

    static PracticeList of(Page<Practice> page) {
        return new PracticeList(page.items().stream().map(PracticeSummary::of).toList(), page.pageNumber(),
                page.pageSize(), page.total(), page.pageCount());
    }
}
