package academy.web.api.learning;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.learning.Completion;
import academy.shared.Page;

/** One page of the learner's completions, newest first. */
@Schema(name = "CompletionList")
@JsonbPropertyOrder({"items", "page", "size", "total", "pageCount"})
public record CompletionList(List<CompletionView> items, int page, int size, long total, int pageCount) {

    static CompletionList of(Page<Completion> page) {
        return new CompletionList(page.items().stream().map(CompletionView::of).toList(), page.pageNumber(), page.pageSize(),
                page.total(), page.pageCount());
    }
}
