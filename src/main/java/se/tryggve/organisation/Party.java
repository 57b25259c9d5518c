package se.tryggve.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A political party represented in the municipality; the abbreviation is unique per municipality. */
@Table("party")
class Party {

    @Id
    Long id;
    long municipalityId;
    String abbreviation;
    String name;
    @Version
    Long version;

    PartyInfo toInfo() {
        return new PartyInfo(id, abbreviation, name, version);
    }
}
