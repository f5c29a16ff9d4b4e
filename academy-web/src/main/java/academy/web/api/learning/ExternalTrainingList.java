package academy.web.api.learning;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.learning.ExternalTraining;
import academy.shared.Page;

/** One page of the learner's records of training done elsewhere, newest first. */
@Schema(name = "ExternalTrainingList")
@JsonbPropertyOrder({"items", "page", "size", "total", "pageCount"})
public record ExternalTrainingList(List<ExternalTrainingView> items, int page, int size, long total, int pageCount) {

    static ExternalTrainingList of(Page<ExternalTraining> page) {
        return new ExternalTrainingList(page.items().stream().map(ExternalTrainingView::of).toList(), page.pageNumber(),
                page.pageSize(), page.total(), page.pageCount());
    }
}
