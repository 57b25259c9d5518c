package se.tryggve.meetings;

import jakarta.validation.constraints.Size;

/**
 * Whether a paragraph is confidential and on what legal ground (e.g. "21 kap. 1 § offentlighets- och
 * sekretesslagen (2009:400)"). Used as the API's body and answer and as the page's form.
 */
public record ParagraphConfidentiality(boolean confidential,
                                       @Size(max = 300, message = "{meetings.paragraph.confidentiality.groundTooLong}") String ground) {
}
