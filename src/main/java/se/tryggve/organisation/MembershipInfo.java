package se.tryggve.organisation;

import java.time.LocalDate;

/** A membership with the names later modules print (person, body, party). */
public record MembershipInfo(long id, long personId, String personName, long bodyId, String bodyName,
                             MembershipRole role, Long partyId, String partyAbbreviation, LocalDate validFrom,
                             LocalDate validTo, long version) {
}
