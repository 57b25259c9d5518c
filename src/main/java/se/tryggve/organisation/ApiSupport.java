package se.tryggve.organisation;

import java.net.URI;

import org.springframework.http.ResponseEntity;


/** Small helpers of the organisation API: versions from If-Match or the body, 201 with Location. */
final class ApiSupport {

    private ApiSupport() {
    }

    /**
     * The version an update is based on: the If-Match header ({@code "3"} or {@code W/"3"}) wins over
     * the body's {@code version}; without either the update is refused, so nothing is overwritten blindly.
     */
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
