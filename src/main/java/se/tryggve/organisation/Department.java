package se.tryggve.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A department (förvaltning) of a municipality. */
@Table("department")
class Department {

    @Id
    Long id;
    long municipalityId;
    String name;
    String shortName;
    boolean active = true;
    @Version
    Long version;

    DepartmentInfo toInfo() {
        return new DepartmentInfo(id, name, shortName, active, version);
    }
}
