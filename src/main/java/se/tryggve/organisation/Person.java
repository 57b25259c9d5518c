package se.tryggve.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A politician or official. E-mail and phone are internal contact details for the staff: they are
 * never shown on public pages or in open data (GDPR art. 5.1 c, data minimisation).
 */
@Table("person")
class Person {

    @Id
    Long id;
    long municipalityId;
    String firstName;
    String lastName;
    String email;
    String phone;
    boolean active = true;
    @Version
    Long version;

    String fullName() {
        return firstName + " " + lastName;
    }

    PersonInfo toInfo() {
        return new PersonInfo(id, firstName, lastName, email, phone, active, version);
    }
}
