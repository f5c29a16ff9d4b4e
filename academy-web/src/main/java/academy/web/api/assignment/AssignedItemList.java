package academy.web.api.assignment;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.learning.assignment.AssignmentView;
import academy.shared.Page;

/** One page of assigned training. */
@Schema(name = "AssignedTrainingList")
@JsonbPropertyOrder({"items", "page", "size", "total", "pageCount"})
public record AssignedItemList(List<AssignedItem> items, int page, int size, long total, int pageCount) {

    static AssignedItemList of(Page<AssignmentView> page) {
        return new AssignedItemList(page.items().stream().map(AssignedItem::of).toList(), page.pageNumber(), page.pageSize(),
                page.total(), page.pageCount());
    }
}
