package se.tryggve.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Departments; every finder is scoped by municipality. */
interface DepartmentRepository extends ListCrudRepository<Department, Long> {
    Optional<Department> findByIdAndMunicipalityId(long id, long municipalityId);

    Optional<Department> findByMunicipalityIdAndName(long municipalityId, String name);

    List<Department> findByMunicipalityIdOrderByName(long municipalityId);
}
