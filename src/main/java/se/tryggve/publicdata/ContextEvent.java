package se.tryggve.publicdata;

import java.time.Instant;

/**
 * An event from the police's open feed, kept as context for the municipality's picture — never one of its
 * incidents. {@code url} is as the feed gives it (usually a path on polisen.se); {@code districtId} is the
 * municipality's district the position lies in, if any.
 */
public record ContextEvent(long id, String source, String externalId, Instant occurredAt, String type, String name,
                           String summary, String url, String locationName, Double latitude, Double longitude,
                           Long districtId, String districtName, boolean example) {

    /** The link to the police's page (the feed gives paths relative to polisen.se). */
    public String link() {
        if (url == null) {
            return null;
        }
        return url.startsWith("/") ? "https://polisen.se" + url : url;
    }
}
