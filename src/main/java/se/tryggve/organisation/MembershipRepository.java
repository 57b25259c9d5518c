package se.tryggve.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Memberships; every finder is scoped by municipality. */
interface MembershipRepository extends ListCrudRepository<Membership, Long> {
    Optional<Membership> findByIdAndMunicipalityId(long id, long municipalityId);

    List<Membership> findByMunicipalityIdOrderByValidFromDesc(long municipalityId);

    List<Membership> findByMunicipalityIdAndBodyId(long municipalityId, long bodyId);

    List<Membership> findByMunicipalityIdAndPersonId(long municipalityId, long personId);
}
