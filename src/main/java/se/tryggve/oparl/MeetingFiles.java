package se.tryggve.oparl;

import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The PDFs behind the File objects: the public minutes and protocol extracts. */
@Component
class MeetingFiles {

    Optional<ResponseEntity<byte[]>> send(BodyData body, String key, boolean attachment) {
        return Optional.empty();
    }
}
