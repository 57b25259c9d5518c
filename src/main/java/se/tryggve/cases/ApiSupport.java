package se.tryggve.cases;

import java.net.URI;

import org.springframework.http.ResponseEntity;

import se.tryggve.shared.RuleViolationException;

/** Versions from If-Match or the body, 201 with Location, ETag from the version. */
final class ApiSupport {

    private ApiSupport() {
    }

    /** If-Match ({@code "3"} or {@code W/"3"}) wins over the body's version; without either the update is refused. */
    static long expectedVersion(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String v = ifMatch.trim();
            if (v.startsWith("W/")) {
                v = v.substring(2);
            }
            try {
                return Long.parseLong(v.replace("\"", ""));
            } catch (NumberFormatException e) {
                throw new RuleViolationException("version", "cases.version.invalid");
            }
        }
        if (bodyVersion == null) {
            throw new RuleViolationException("version", "cases.version.required");
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
