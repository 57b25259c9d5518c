package se.tryggve.governance;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a document's areas numbered 1..n without gaps: the ordinal of an area is its position in
 * the list. Moving swaps neighbours; moving the first up or the last down changes nothing.
 */
final class AreaOrder {

    private AreaOrder() {
    }

    static List<Long> moveUp(List<Long> ordered, long id) {
        List<Long> result = new ArrayList<>(ordered);
        int i = result.indexOf(id);
        if (i > 0) {
            result.set(i, result.get(i - 1));
            result.set(i - 1, id);
        }
        return result;
    }

    static List<Long> moveDown(List<Long> ordered, long id) {
        List<Long> result = new ArrayList<>(ordered);
        int i = result.indexOf(id);
        if (i >= 0 && i < result.size() - 1) {
            result.set(i, result.get(i + 1));
            result.set(i + 1, id);
        }
        return result;
    }

    static List<Long> remove(List<Long> ordered, long id) {
        List<Long> result = new ArrayList<>(ordered);
        result.remove(Long.valueOf(id));
        return result;
    }

    /** The ordinal (1-based) a new area gets. */
    static int next(List<Long> ordered) {
        return ordered.size() + 1;
    }
}
