package academy.web.api.practice;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.practice.Membership;
import academy.shared.Page;

/** One page of a practice's current members, by name. */
@Schema(name = "MemberList")
@JsonbPropertyOrder({"items", "page", "size", "total", "pageCount"})
public record MemberList(List<MemberSummary> items, int page, int size, long total, int pageCount) {

    static MemberList of(Page<Membership> page) {
        return new MemberList(page.items().stream().map(MemberSummary::of).toList(), page.pageNumber(), page.pageSize(),
                page.total(), page.pageCount());
    }
}
