package academy.web.practice;

import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import academy.shared.Page;
import academy.shared.PageRequest;

/**
 * A lazy table over a service's paged listing in a fixed order: PrimeFaces asks for a page, the
 * service reads just that page (and the total) from the database.
 */
public abstract class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of the listing. */
    abstract Page<T> page(PageRequest request);

    /** The row's id, which the table uses as its key. */
    abstract Long idOf(T row);

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) page(PageRequest.first(1)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_PAGE_SIZE);
        Page<T> page = page(new PageRequest(first / size, size));
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(idOf(row));
    }
}
