package se.tryggve.open311;

import java.time.Instant;

/** An api key of a client application as lists show it: never the key itself, only its first characters. */
public record ApiKeyInfo(long id, String name, String contact, String keyPrefix, Instant createdAt, String createdBy,
                         Instant revokedAt, String revokedBy, long version) implements java.io.Serializable {

    public boolean revoked() {
        return revokedAt != null;
    }
}
