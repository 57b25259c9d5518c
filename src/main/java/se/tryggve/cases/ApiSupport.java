package se.tryggve.cases;

import java.net.URI;

import org.springframework.http.ResponseEntity;

/** Versions from If-Match or the body, 201 with Location, ETag from the version. */
final class ApiSupport {

    private ApiSupport() {
    }

    /** If-Match ({@code "3"} or {@code W/"3"}) wins over the body's version; without either the update is refused. */
    static long expectedVersion(String ifMatch, Long bodyVersion) {
        return se.tryggve.shared.web.IfMatch.required(ifMatch, bodyVersion);
    }

    static <T> ResponseEntity<T> created(String collection, long id, T body) {
        return ResponseEntity.created(URI.create(collection + "/" + id)).body(body);
    }

    static <T> ResponseEntity<T> withEtag(long version, T body) {
        return ResponseEntity.ok().eTag("\"" + version + "\"").body(body);
    }
}
