package cymru.llais.concerns.boundary;

import java.util.List;

/** One page of a list, with what is needed to page through it. */
public record ConcernPage(List<ConcernSummary> items, int page, int pageSize, long total) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
