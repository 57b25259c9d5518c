package se.tryggve.organisation;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.StateChanged;

/**
 * Use cases on people (politicians and officials). Contact details are internal: the audit log
 * records that they changed, not their values.
 */
@Service
public class People {

    private final PersonRepository people;
    private final ApplicationEventPublisher events;

    People(PersonRepository people, ApplicationEventPublisher events) {
        this.people = people;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<PersonInfo> listPeople(long municipalityId) {
        return people.findByMunicipalityIdOrderByLastNameAscFirstNameAsc(municipalityId).stream()
                .map(Person::toInfo).toList();
    }

    @Transactional(readOnly = true)
    public PersonInfo findPerson(long municipalityId, long id) {
        return load(municipalityId, id).toInfo();
    }

    @Transactional
    public PersonInfo createPerson(long municipalityId, PersonInput in) {
        Person p = new Person();
        p.municipalityId = municipalityId;
        apply(p, in);
        people.save(p);
        events.publishEvent(StateChanged.of(municipalityId, "Person", p.id, "created")
                .value("firstName", p.firstName).value("lastName", p.lastName)
                .value("email", masked(p.email)).value("phone", masked(p.phone)).value("active", p.active).build());
        return p.toInfo();
    }

    @Transactional
    public PersonInfo updatePerson(long municipalityId, long id, long expectedVersion, PersonInput in) {
        Person p = load(municipalityId, id);
        Versions.check(p.version, expectedVersion, "Person", id);
        StateChanged.Builder change = StateChanged.of(municipalityId, "Person", id, "updated");
        String firstName = p.firstName;
        String lastName = p.lastName;
        String email = p.email;
        String phone = p.phone;
        boolean active = p.active;
        apply(p, in);
        change.field("firstName", firstName, p.firstName).field("lastName", lastName, p.lastName)
                .field("active", active, p.active);
        if (!java.util.Objects.equals(email, p.email)) {
            change.field("email", masked(email), masked(p.email) + " (ändrad)");
        }
        if (!java.util.Objects.equals(phone, p.phone)) {
            change.field("phone", masked(phone), masked(p.phone) + " (ändrat)");
        }
        people.save(p);
        events.publishEvent(change.build());
        return p.toInfo();
    }

    /** The audit log is read by administrators beyond the staff register: keep contact values out of it. */
    private static String masked(String value) {
        return value == null ? null : "***";
    }

    private static void apply(Person p, PersonInput in) {
        p.firstName = in.getFirstName().trim();
        p.lastName = in.getLastName().trim();
        p.email = Versions.blankToNull(in.getEmail());
        p.phone = Versions.blankToNull(in.getPhone());
        if (in.getActive() != null) {
            p.active = in.getActive();
        }
    }

    Person load(long municipalityId, long id) {
        return people.findByIdAndMunicipalityId(id, municipalityId).orElseThrow(() -> new NotFoundException("Person", id));
    }
}
