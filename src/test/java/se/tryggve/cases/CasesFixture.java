package se.tryggve.cases;

import org.springframework.stereotype.Component;

import se.tryggve.organisation.Departments;
import se.tryggve.security.Role;
import se.tryggve.testing.TestData;

/** A test world for cases: a municipality with a department, a secretary, a coordinator, a reader and a registry. */
@Component
class CasesFixture {

    final TestData data;
    final Registries registries;
    final Cases cases;
    final Departments departments;

    CasesFixture(TestData data, Registries registries, Cases cases, Departments departments) {
        this.data = data;
        this.registries = registries;
        this.cases = cases;
        this.departments = departments;
    }

    World world() {
        long m = data.newMunicipality("Ärendekommun").id();
        long dep = departments.createDepartment(m, departmentInput("Kommunstyrelsens förvaltning")).id();
        Registry ks = registries.createRegistry(m, new RegistryInput("KS", "Kommunstyrelsen", "KS-{year}/{serial}.{class}"));
        return new World(m, dep, ks, data.newUser(m, null, Role.SECRETARY), data.newUser(m, null, Role.SECURITY_COORDINATOR),
                data.newUser(m, null, Role.READER), data.newUser(m, dep, Role.DEPARTMENT_REPORTER));
    }

    static se.tryggve.organisation.DepartmentInput departmentInput(String name) {
        var in = new se.tryggve.organisation.DepartmentInput();
        in.setName(name);
        return in;
    }

    static CaseInput caseInput(long registryId, Integer year, String title, String classification) {
        CaseInput in = new CaseInput();
        in.setRegistryId(registryId);
        in.setYear(year);
        in.setTitle(title);
        in.setClassification(classification);
        return in;
    }

    record World(long m, long departmentId, Registry registry, String secretary, String coordinator, String reader,
                 String reporter) {
    }
}
