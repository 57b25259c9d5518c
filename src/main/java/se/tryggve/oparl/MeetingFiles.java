package se.tryggve.oparl;

import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import se.tryggve.meetings.PublishedMeetings;

/**
 * The PDFs behind the File objects: the public (masked) minutes of an adjusted meeting and the protocol
 * extract of an adjusted paragraph, as the meetings module publishes them. {@code accessUrl} shows the
 * file in the browser, {@code downloadUrl} sends it as an attachment (OParl 1.1, File).
 */
@Component
class MeetingFiles {

    private final PublishedMeetings meetings;

    MeetingFiles(PublishedMeetings meetings) {
        this.meetings = meetings;
    }

    Optional<ResponseEntity<byte[]>> send(BodyData body, String key, boolean attachment) {
        Optional<Item> file = body.item(OParlType.FILE, key);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Optional<byte[]> pdf;
        if (key.matches("minutes-\\d{1,18}")) {
            pdf = meetings.minutesPdf(body.m(), Long.parseLong(key.substring("minutes-".length())));
        } else if (key.matches("extract-\\d{1,18}")) {
            pdf = meetings.extractPdf(body.m(), Long.parseLong(key.substring("extract-".length())));
        } else {
            pdf = Optional.empty();
        }
        String fileName = String.valueOf(file.get().fields().get("fileName"));
        return pdf.map(bytes -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, (attachment ? ContentDisposition.attachment()
                        : ContentDisposition.inline()).filename(fileName).build().toString())
                .body(bytes));
    }
}
