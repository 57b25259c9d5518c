package se.tryggve.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the municipality's partner organisations (EST), scoped by municipality. */
@Service
@Transactional(readOnly = true)
public class PartnerDirectory {

    private static final String COLUMNS = "select id, name, kind, example, active, version from partner_organisation";

    private final JdbcClient jdbc;

    PartnerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All, active and not, by name. */
    public List<PartnerOrganisationInfo> partnerOrganisations(long m) {
        return jdbc.sql(COLUMNS + " where municipality_id = :m order by name").param("m", m).query(PartnerDirectory::row).list();
    }

    public List<PartnerOrganisationInfo> activePartnerOrganisations(long m) {
        return partnerOrganisations(m).stream().filter(PartnerOrganisationInfo::active).toList();
    }

    /** One of the municipality's; empty for another municipality's id. */
    public Optional<PartnerOrganisationInfo> findPartnerOrganisation(long m, long id) {
        return jdbc.sql(COLUMNS + " where municipality_id = :m and id = :id").param("m", m).param("id", id)
                .query(PartnerDirectory::row).optional();
    }

    private static PartnerOrganisationInfo row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PartnerOrganisationInfo(rs.getLong(1), rs.getString(2), PartnerKind.valueOf(rs.getString(3)), rs.getBoolean(4),
                rs.getBoolean(5), rs.getLong(6));
    }
}
