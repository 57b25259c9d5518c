package se.tryggve.shared.web;

import java.util.List;

/** One page of a list in the JSON API: items plus paging facts. Pages are numbered from 0. */
public record PageResult<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static final int MAX_SIZE = 200;

    public static <T> PageResult<T> of(List<T> all, int page, int size) {
        int safeSize = Math.max(1, Math.min(size, MAX_SIZE));
        int safePage = Math.max(0, page);
        // long: a huge page number must not overflow into a negative index
        int from = (int) Math.min(all.size(), (long) safePage * safeSize);
        int to = Math.min(all.size(), from + safeSize);
        int pages = (all.size() + safeSize - 1) / safeSize;
        return new PageResult<>(List.copyOf(all.subList(from, to)), safePage, safeSize, all.size(), pages);
    }
}
