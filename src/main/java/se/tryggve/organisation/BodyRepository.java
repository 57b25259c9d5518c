package se.tryggve.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Bodies; every finder is scoped by municipality. */
interface BodyRepository extends ListCrudRepository<Body, Long> {
    Optional<Body> findByIdAndMunicipalityId(long id, long municipalityId);

    Optional<Body> findByMunicipalityIdAndName(long municipalityId, String name);

    List<Body> findByMunicipalityIdOrderByName(long municipalityId);
}
