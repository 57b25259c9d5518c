package se.tryggve.prevention;

import org.springframework.stereotype.Component;

import se.tryggve.organisation.DepartmentInput;
import se.tryggve.organisation.Departments;
import se.tryggve.security.Role;
import se.tryggve.testing.TestData;

/**
 * A test world for the extremism follow-up: a municipality with two departments, a coordinator, a
 * reporter of the social services, a reader and a secretary.
 */
@Component
class PreventionFixture {

    final TestData data;
    final Departments departments;
    final PreventionFollowUps followUps;

    PreventionFixture(TestData data, Departments departments, PreventionFollowUps followUps) {
        this.data = data;
        this.departments = departments;
        this.followUps = followUps;
    }

    World world() {
        long m = data.newMunicipality("Förebyggandekommun").id();
        long social = departments.createDepartment(m, department("Socialförvaltningen")).id();
        long school = departments.createDepartment(m, department("Barn- och utbildningsförvaltningen")).id();
        return new World(m, social, school, data.newUser(m, null, Role.SECURITY_COORDINATOR),
                data.newUser(m, social, Role.DEPARTMENT_REPORTER), data.newUser(m, null, Role.READER),
                data.newUser(m, null, Role.SECRETARY));
    }

    static DepartmentInput department(String name) {
        DepartmentInput in = new DepartmentInput();
        in.setName(name);
        return in;
    }

    static PreventionInput input(int year, Long departmentId, Integer trainings, Integer participants, Integer meetings,
                                 Integer consultations, Integer concerns, String narrative) {
        PreventionInput in = new PreventionInput();
        in.setYear(year);
        in.setDepartmentId(departmentId);
        in.setTrainings(trainings);
        in.setTrainingParticipants(participants);
        in.setCoordinationMeetings(meetings);
        in.setConsultations(consultations);
        in.setConcernsHandled(concerns);
        in.setNarrative(narrative);
        return in;
    }

    record World(long m, long social, long school, String coordinator, String reporter, String reader, String secretary) {
    }
}
