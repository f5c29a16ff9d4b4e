package academy.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer result: the rows, where the page starts and how many rows there are in all. */
public record Page<T>(List<T> items, int pageNumber, int pageSize, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public int pageCount() {
        return total == 0 ? 0 : (int) ((total + pageSize - 1) / pageSize);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), pageNumber, pageSize, total);
    }
}
