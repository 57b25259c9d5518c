package se.tryggve.oparl;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writing OParl answers: UTF-8 JSON without BOM and with the charset stated (OParl 1.1, "Encoding"),
 * and date-times in ISO 8601 with the offset of Europe/Stockholm ("2022-02-17T09:00:00+01:00").
 */
final class OParlJson {

    static final MediaType MEDIA_TYPE = MediaType.parseMediaType("application/json; charset=utf-8");
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OParlJson() {
    }

    static byte[] write(Object value) {
        return JSON.writeValueAsBytes(value);
    }

    /** Seconds are enough for a client's next {@code modified_since}; the stored time is not rounded up. */
    static String dateTime(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE));
    }
}
