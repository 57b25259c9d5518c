package se.tryggve.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Officials; every finder is scoped by municipality. */
interface OfficialRepository extends ListCrudRepository<Official, Long> {
    Optional<Official> findByIdAndMunicipalityId(long id, long municipalityId);

    List<Official> findByMunicipalityIdAndPersonId(long municipalityId, long personId);
}
