package se.tryggve.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Parties; every finder is scoped by municipality. */
interface PartyRepository extends ListCrudRepository<Party, Long> {
    Optional<Party> findByIdAndMunicipalityId(long id, long municipalityId);

    Optional<Party> findByMunicipalityIdAndAbbreviation(long municipalityId, String abbreviation);

    List<Party> findByMunicipalityIdOrderByAbbreviation(long municipalityId);
}
