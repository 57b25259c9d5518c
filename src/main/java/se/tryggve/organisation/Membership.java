package se.tryggve.organisation;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import se.tryggve.shared.Period;

/** A person's seat in a body for a period, in a role and for a party. */
@Table("membership")
class Membership {

    @Id
    Long id;
    long municipalityId;
    long personId;
    long bodyId;
    MembershipRole role;
    Long partyId;
    LocalDate validFrom;
    LocalDate validTo;
    @Version
    Long version;

    Period period() {
        return new Period(validFrom, validTo);
    }
}
