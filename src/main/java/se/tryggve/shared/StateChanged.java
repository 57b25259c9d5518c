package se.tryggve.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Published by every use case that changes state, inside its transaction; the audit module turns
 * it into an append-only entry in the same transaction, so no change is saved without its entry.
 *
 * @param municipalityId the tenant the object belongs to
 * @param objectType     a stable name such as "Department" or "Goal"
 * @param objectId       the object's id as text
 * @param action         a verb such as "created", "updated", "deleted", "copied"
 * @param changes        field name → before/after; empty where nothing field-like changed
 */
public record StateChanged(long municipalityId, String objectType, String objectId, String action,
                           Map<String, Change> changes) {

    /** One field's value before and after the change (null where it did not exist). */
    public record Change(Object before, Object after) {
    }

    public StateChanged {
        Objects.requireNonNull(objectType);
        Objects.requireNonNull(action);
        changes = changes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    public static Builder of(long municipalityId, String objectType, Object objectId, String action) {
        return new Builder(municipalityId, objectType, String.valueOf(objectId), action);
    }

    /** Collects the fields that really changed; equal before/after values are left out. */
    public static final class Builder {
        private final long municipalityId;
        private final String objectType;
        private final String objectId;
        private final String action;
        private final Map<String, Change> changes = new LinkedHashMap<>();

        private Builder(long municipalityId, String objectType, String objectId, String action) {
            this.municipalityId = municipalityId;
            this.objectType = objectType;
            this.objectId = objectId;
            this.action = action;
        }

        public Builder field(String name, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                changes.put(name, new Change(before, after));
            }
            return this;
        }

        /** For a created object: every field goes from nothing to its value. */
        public Builder value(String name, Object after) {
            return field(name, null, after);
        }

        public boolean hasChanges() {
            return !changes.isEmpty();
        }

        public StateChanged build() {
            return new StateChanged(municipalityId, objectType, objectId, action, changes);
        }
    }
}
