package se.tryggve.est;

import java.util.List;

/**
 * What the coordinator writes and picks for a picture before compiling it: the focus areas for the next
 * period, a note on the period, the notable events (incidents picked from the register, with or without a
 * short note, or notes alone) and the focus places. Any field may be null or empty.
 */
public record Draft(String focusText, String noteText, List<NotableEntry> notable, List<PlaceEntry> places) {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_NOTE = 1000;
    public static final int MAX_PLACE = 200;
    public static final int MAX_ENTRIES = 50;

    /** An incident picked as notable ({@code incidentId}), and/or the coordinator's short note. */
    public record NotableEntry(Long incidentId, String note) {
    }

    /** A place to focus on next period, optionally with its district. */
    public record PlaceEntry(String name, Long districtId) {
    }

    public Draft {
        notable = notable == null ? List.of() : List.copyOf(notable);
        places = places == null ? List.of() : List.copyOf(places);
    }

    static Draft empty() {
        return new Draft(null, null, List.of(), List.of());
    }
}
