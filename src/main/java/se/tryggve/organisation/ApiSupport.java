package se.tryggve.organisation;

import java.net.URI;

import org.springframework.http.ResponseEntity;

import se.tryggve.shared.RuleViolationException;

/** Small helpers of the organisation API: versions from If-Match or the body, 201 with Location. */
final class ApiSupport {

    private ApiSupport() {
    }

    /**
     * The version an update is based on: the If-Match header ({@code "3"} or {@code W/"3"}) wins over
     * the body's {@code version}; without either the update is refused, so nothing is overwritten blindly.
     */
    static long expectedVersion(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String v = ifMatch.trim();
            if (v.startsWith("W/")) {
                v = v.substring(2);
            }
            v = v.replace("\"", "");
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new RuleViolationException("version", "organisation.version.invalid");
            }
        }
        if (bodyVersion == null) {
            throw new RuleViolationException("version", "organisation.version.required");
        }
        return bodyVersion;
    }

    static <T> ResponseEntity<T> created(String collection, long id, T body) {
        return ResponseEntity.created(URI.create(collection + "/" + id)).body(body);
    }

    static <T> ResponseEntity<T> withEtag(long version, T body) {
        return ResponseEntity.ok().eTag("\"" + version + "\"").body(body);
    }
}
