package se.tryggve.organisation;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.Period;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StateChanged;

/** Use cases on officials' roles (a person's title in a department, e.g. "bitr. säkerhetschef"). */
@Service
public class Officials {

    private final OfficialRepository officials;
    private final PersonRepository people;
    private final DepartmentRepository departments;
    private final ApplicationEventPublisher events;

    Officials(OfficialRepository officials, PersonRepository people, DepartmentRepository departments,
              ApplicationEventPublisher events) {
        this.officials = officials;
        this.people = people;
        this.departments = departments;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<OfficialInfo> listOfficialRoles(long municipalityId, long personId) {
        return officials.findByMunicipalityIdAndPersonId(municipalityId, personId).stream()
                .map(o -> toInfo(municipalityId, o)).toList();
    }

    @Transactional(readOnly = true)
    public OfficialInfo findOfficialRole(long municipalityId, long id) {
        return toInfo(municipalityId, load(municipalityId, id));
    }

    @Transactional
    public OfficialInfo addOfficialRole(long municipalityId, OfficialInput in) {
        Official o = new Official();
        o.municipalityId = municipalityId;
        apply(o, in);
        officials.save(o);
        events.publishEvent(StateChanged.of(municipalityId, "Official", o.id, "created")
                .value("personId", o.personId).value("departmentId", o.departmentId).value("title", o.title)
                .value("validFrom", o.validFrom).value("validTo", o.validTo).build());
        return toInfo(municipalityId, o);
    }

    @Transactional
    public OfficialInfo updateOfficialRole(long municipalityId, long id, long expectedVersion, OfficialInput in) {
        Official o = load(municipalityId, id);
        Versions.check(o.version, expectedVersion, "Official", id);
        StateChanged.Builder change = StateChanged.of(municipalityId, "Official", id, "updated");
        long personId = o.personId;
        long departmentId = o.departmentId;
        String title = o.title;
        LocalDate from = o.validFrom;
        LocalDate to = o.validTo;
        apply(o, in);
        change.field("personId", personId, o.personId).field("departmentId", departmentId, o.departmentId)
                .field("title", title, o.title).field("validFrom", from, o.validFrom).field("validTo", to, o.validTo);
        officials.save(o);
        events.publishEvent(change.build());
        return toInfo(municipalityId, o);
    }

    private void apply(Official o, OfficialInput in) {
        // Both ends are optional for officials; when both are given the period rule applies.
        if (in.getValidFrom() != null) {
            new Period(in.getValidFrom(), in.getValidTo());
        }
        if (people.findByIdAndMunicipalityId(in.getPersonId(), o.municipalityId).isEmpty()) {
            throw new RuleViolationException("personId", "organisation.membership.personUnknown");
        }
        if (departments.findByIdAndMunicipalityId(in.getDepartmentId(), o.municipalityId).isEmpty()) {
            throw new RuleViolationException("departmentId", "organisation.official.departmentUnknown");
        }
        o.personId = in.getPersonId();
        o.departmentId = in.getDepartmentId();
        o.title = in.getTitle().trim();
        o.validFrom = in.getValidFrom();
        o.validTo = in.getValidTo();
    }

    private Official load(long municipalityId, long id) {
        return officials.findByIdAndMunicipalityId(id, municipalityId)
                .orElseThrow(() -> new NotFoundException("Official", id));
    }

    private OfficialInfo toInfo(long municipalityId, Official o) {
        String person = people.findByIdAndMunicipalityId(o.personId, municipalityId).map(Person::fullName).orElse("");
        String department = departments.findByIdAndMunicipalityId(o.departmentId, municipalityId).map(d -> d.name).orElse("");
        return new OfficialInfo(o.id, o.personId, person, o.departmentId, department, o.title, o.validFrom, o.validTo,
                o.version);
    }
}
