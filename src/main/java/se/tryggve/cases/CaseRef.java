package se.tryggve.cases;

/** What other modules (meetings, publication) need to know of a case: its id, number and title. */
public record CaseRef(long id, String number, String title) {
}
