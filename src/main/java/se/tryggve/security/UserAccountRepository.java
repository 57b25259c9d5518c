package se.tryggve.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    Optional<UserAccount> findByIdAndMunicipalityId(long id, long municipalityId);

    List<UserAccount> findByMunicipalityIdOrderByUsername(long municipalityId);

    Optional<UserAccount> findByOidcSubject(String subject);

    @Query("select count(*) from app_user where municipality_id = :municipalityId and roles like '%ADMINISTRATOR%'")
    long countAdministrators(long municipalityId);

    @Query("select count(*) from app_user where municipality_id = :municipalityId and enabled = true and roles like '%ADMINISTRATOR%'")
    long countEnabledAdministrators(long municipalityId);
}
