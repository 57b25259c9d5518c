package se.tryggve.organisation;

import se.tryggve.shared.StaleVersionException;

/** Optimistic locking: an update must be based on the stored version, or nothing is overwritten. */
final class Versions {

    private Versions() {
    }

    static void check(Long stored, long expected, String type, long id) {
        if (stored == null || stored != expected) {
            throw new StaleVersionException(type, id);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
