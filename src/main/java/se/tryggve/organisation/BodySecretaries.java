package se.tryggve.organisation;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StateChanged;

/**
 * The secretaries of a body: the persons whose linked accounts keep its minutes. Minutes are kept by
 * the body's secretary (KL 6 kap. 35 § leaves it to the body who keeps them; the minutes name the
 * secretary), so a secretary account edits only the meetings of the bodies it serves; a body with no
 * secretary named is served by every secretary of the municipality.
 */
@Service
public class BodySecretaries {

    private final JdbcClient jdbc;
    private final Bodies bodies;
    private final People people;
    private final ApplicationEventPublisher events;

    BodySecretaries(JdbcClient jdbc, Bodies bodies, People people, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.people = people;
        this.events = events;
    }

    /** The person ids of the body's named secretaries (empty: the whole secretariat serves it). */
    @Transactional(readOnly = true)
    public List<Long> secretaries(long m, long bodyId) {
        return jdbc.sql("select person_id from body_secretary where municipality_id = :m and body_id = :b order by person_id")
                .param("m", m).param("b", bodyId).query(Long.class).list();
    }

    /** The body's secretaries with their names, for the pages. */
    @Transactional(readOnly = true)
    public List<PersonInfo> secretaryPeople(long m, long bodyId) {
        bodies.findBody(m, bodyId);
        return secretaries(m, bodyId).stream().map(id -> people.findPerson(m, id)).toList();
    }

    @Transactional
    public void assignSecretary(long m, long bodyId, Long personId) {
        bodies.findBody(m, bodyId);
        if (personId == null) {
            throw new RuleViolationException("personId", "organisation.secretary.person.required");
        }
        try {
            people.findPerson(m, personId);
        } catch (NotFoundException e) {
            throw new RuleViolationException("personId", "organisation.secretary.person.unknown");
        }
        if (secretaries(m, bodyId).contains(personId)) {
            throw new RuleViolationException("personId", "organisation.secretary.already");
        }
        jdbc.sql("insert into body_secretary (municipality_id, body_id, person_id) values (:m, :b, :p)")
                .param("m", m).param("b", bodyId).param("p", personId).update();
        events.publishEvent(StateChanged.of(m, "Body", bodyId, "secretaryAssigned").value("personId", personId).build());
    }

    @Transactional
    public void removeSecretary(long m, long bodyId, long personId) {
        bodies.findBody(m, bodyId);
        int n = jdbc.sql("delete from body_secretary where municipality_id = :m and body_id = :b and person_id = :p")
                .param("m", m).param("b", bodyId).param("p", personId).update();
        if (n == 0) {
            throw new NotFoundException("BodySecretary", personId);
        }
        events.publishEvent(StateChanged.of(m, "Body", bodyId, "secretaryRemoved").value("personId", personId).build());
    }
}
