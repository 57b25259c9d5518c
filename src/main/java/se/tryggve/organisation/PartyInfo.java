package se.tryggve.organisation;

/** A party as pages, the API and later modules see it. */
public record PartyInfo(long id, String abbreviation, String name, long version) {
}
