package se.tryggve.shared;

import java.util.Set;

/**
 * Something of a municipality was changed and committed, possibly by another Tryggve instance on the same
 * database (issue 8: several instances behind a load balancer). Published by the audit module, which sees every
 * committed change in the audit log (every use case writes one entry in its own transaction), a couple of
 * seconds after the commit. Modules that keep data of the database in memory (the public response cache, the
 * search index's stale mark) listen to it as they listen to {@link StateChanged} for their own instance's
 * changes; it may also come for a change this instance made itself, which costs only a needless refresh.
 *
 * @param municipalityId the municipality whose data changed
 * @param objectTypes    the audit log's object types of the changes (e.g. "Incident", "Meeting")
 */
public record ChangedElsewhere(long municipalityId, Set<String> objectTypes) {

    public ChangedElsewhere {
        objectTypes = Set.copyOf(objectTypes);
    }

    /** Whether any change is of another kind than the incident register's (incidents are never public text). */
    public boolean beyondIncidents() {
        return objectTypes.stream().anyMatch(t -> !t.startsWith("Incident"));
    }
}
