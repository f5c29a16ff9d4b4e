package academy.web.api.audit;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.audit.AuditEntry;
import academy.shared.Page;

/** One page of the audit trail, newest first. */
@Schema(name = "AuditList")
@JsonbPropertyOrder({"items", "page", "size", "total", "pageCount"})
public record AuditList(List<AuditEntryView> items, int page, int size, long total, int pageCount) {

    static AuditList of(Page<AuditEntry> page) {
        return new AuditList(page.items().stream().map(AuditEntryView::of).toList(), page.pageNumber(), page.pageSize(),
                page.total(), page.pageCount());
    }
}
