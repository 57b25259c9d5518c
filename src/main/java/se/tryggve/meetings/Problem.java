package se.tryggve.meetings;

import java.util.List;

/** A consistency problem of the minutes, with the paragraph (if any) to link to. */
public record Problem(Long paragraphId, String paragraphLabel, String messageKey, List<Object> args) {

    @com.fasterxml.jackson.annotation.JsonProperty("link")
    public String link() {
        return paragraphId == null ? null : "/paragraphs/" + paragraphId;
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
