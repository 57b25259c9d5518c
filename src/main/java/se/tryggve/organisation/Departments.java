package se.tryggve.organisation;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StateChanged;

/** Use cases on departments. Other modules read departments through {@link DepartmentDirectory}. */
@Service
public class Departments {

    private final DepartmentRepository departments;
    private final ApplicationEventPublisher events;

    Departments(DepartmentRepository departments, ApplicationEventPublisher events) {
        this.departments = departments;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<DepartmentInfo> listDepartments(long municipalityId) {
        return departments.findByMunicipalityIdOrderByName(municipalityId).stream().map(Department::toInfo).toList();
    }

    @Transactional(readOnly = true)
    public DepartmentInfo findDepartment(long municipalityId, long id) {
        return load(municipalityId, id).toInfo();
    }

    @Transactional
    public DepartmentInfo createDepartment(long municipalityId, DepartmentInput in) {
        Department d = new Department();
        d.municipalityId = municipalityId;
        apply(d, in);
        departments.save(d);
        events.publishEvent(StateChanged.of(municipalityId, "Department", d.id, "created")
                .value("name", d.name).value("shortName", d.shortName).value("active", d.active).build());
        return d.toInfo();
    }

    @Transactional
    public DepartmentInfo updateDepartment(long municipalityId, long id, long expectedVersion, DepartmentInput in) {
        Department d = load(municipalityId, id);
        Versions.check(d.version, expectedVersion, "Department", id);
        StateChanged.Builder change = StateChanged.of(municipalityId, "Department", id, "updated");
        String name = d.name;
        String shortName = d.shortName;
        boolean active = d.active;
        apply(d, in);
        change.field("name", name, d.name).field("shortName", shortName, d.shortName).field("active", active, d.active);
        departments.save(d);
        events.publishEvent(change.build());
        return d.toInfo();
    }

    private void apply(Department d, DepartmentInput in) {
        String name = in.getName().trim();
        departments.findByMunicipalityIdAndName(d.municipalityId, name)
                .filter(other -> !other.id.equals(d.id))
                .ifPresent(other -> {
                    throw new RuleViolationException("name", "organisation.department.nameTaken");
                });
        d.name = name;
        d.shortName = Versions.blankToNull(in.getShortName());
        if (in.getActive() != null) {
            d.active = in.getActive();
        }
    }

    private Department load(long municipalityId, long id) {
        return departments.findByIdAndMunicipalityId(id, municipalityId)
                .orElseThrow(() -> new NotFoundException("Department", id));
    }
}
