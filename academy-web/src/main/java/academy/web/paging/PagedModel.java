package academy.web.paging;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import academy.shared.Page;
import academy.shared.PageRequest;

/**
 * A lazy table over a service's paged listing in a fixed order: PrimeFaces asks for a page, the
 * service reads just that page (and the total) from the database.
 */
public final class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Reads one page; kept with the view, so it must be serialisable. */
    public interface Pager<T> extends Function<PageRequest, Page<T>>, Serializable {
    }

    /** The row's id, which the table uses as its key. */
    public interface Key<T> extends Function<T, Long>, Serializable {
    }

    private final Pager<T> pager;
    private final Key<T> key;

    public PagedModel(Pager<T> pager, Key<T> key) {
        this.pager = pager;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) pager.apply(PageRequest.first(1)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_PAGE_SIZE);
        Page<T> page = pager.apply(new PageRequest(first / size, size));
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }
}
