package se.tryggve.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** People; every finder is scoped by municipality. */
interface PersonRepository extends ListCrudRepository<Person, Long> {
    Optional<Person> findByIdAndMunicipalityId(long id, long municipalityId);

    List<Person> findByMunicipalityIdOrderByLastNameAscFirstNameAsc(long municipalityId);
}
