package se.tryggve.organisation;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person's official role (title) in a department, optionally limited in time. */
@Table("official")
class Official {

    @Id
    Long id;
    long municipalityId;
    long personId;
    long departmentId;
    String title;
    LocalDate validFrom;
    LocalDate validTo;
    @Version
    Long version;
}
