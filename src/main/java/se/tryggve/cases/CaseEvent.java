package se.tryggve.cases;

import java.time.Instant;

/** One step in a case's history. Kinds: REGISTERED, UPDATED, STATUS, DOCUMENT_ADDED (meetings adds PARAGRAPH). */
public record CaseEvent(Instant at, String kind, String text, String username) {
}
