package academy.shared;

/** Which page of a result to fetch; page numbers start at 0. Sizes are capped so no list is unbounded. */
public record PageRequest(int pageNumber, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;

    public PageRequest {
        if (pageNumber < 0) {
            throw new InvalidRequestException("The page number cannot be negative.");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("The page size must be between 1 and " + MAX_PAGE_SIZE + ".");
        }
    }

    public static PageRequest first(int pageSize) {
        return new PageRequest(0, pageSize);
    }

    public int offset() {
        return pageNumber * pageSize;
    }
}
