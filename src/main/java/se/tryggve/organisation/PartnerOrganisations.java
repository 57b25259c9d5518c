package se.tryggve.organisation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.shared.StateChanged;

/**
 * Use cases on the partner organisations of the EST work (Effektiv samordning för trygghet): housing
 * companies, security firms, schools, the police contact… whose reporters file partner reports. Never
 * deleted, since reports and accounts refer to them; deactivated instead.
 */
@Service
public class PartnerOrganisations {

    public static final String OBJECT_TYPE = "PartnerOrganisation";

    private final JdbcClient jdbc;
    private final PartnerDirectory directory;
    private final ApplicationEventPublisher events;

    PartnerOrganisations(JdbcClient jdbc, PartnerDirectory directory, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.events = events;
    }

    @Transactional
    public PartnerOrganisationInfo createPartnerOrganisation(long m, PartnerOrganisationInput in) {
        String name = name(in);
        PartnerKind kind = kind(in);
        if (taken(m, name, null)) {
            throw new RuleViolationException("name", "organisation.partner.nameTaken", name);
        }
        boolean example = Boolean.TRUE.equals(in.getExample());
        boolean active = in.getActive() == null || in.getActive();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into partner_organisation (municipality_id, name, kind, example, active) values (:m, :n, :k, :e, :a)")
                .param("m", m).param("n", name).param("k", kind.name()).param("e", example).param("a", active).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(StateChanged.of(m, OBJECT_TYPE, id, "created").value("name", name).value("kind", kind.name())
                .value("example", example).value("active", active).build());
        return directory.findPartnerOrganisation(m, id).orElseThrow();
    }

    @Transactional
    public PartnerOrganisationInfo updatePartnerOrganisation(long m, long id, long expectedVersion, PartnerOrganisationInput in) {
        PartnerOrganisationInfo before = directory.findPartnerOrganisation(m, id)
                .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, id));
        if (before.version() != expectedVersion) {
            throw new StaleVersionException(OBJECT_TYPE, id);
        }
        String name = name(in);
        PartnerKind kind = kind(in);
        if (taken(m, name, id)) {
            throw new RuleViolationException("name", "organisation.partner.nameTaken", name);
        }
        boolean example = Boolean.TRUE.equals(in.getExample());
        boolean active = in.getActive() == null || in.getActive();
        int n = jdbc.sql("""
                update partner_organisation set name = :n, kind = :k, example = :e, active = :a, version = version + 1
                 where id = :id and municipality_id = :m and version = :v""")
                .param("n", name).param("k", kind.name()).param("e", example).param("a", active).param("id", id).param("m", m)
                .param("v", expectedVersion).update();
        if (n == 0) {
            throw new StaleVersionException(OBJECT_TYPE, id);
        }
        events.publishEvent(StateChanged.of(m, OBJECT_TYPE, id, "updated").field("name", before.name(), name)
                .field("kind", before.kind().name(), kind.name()).field("example", before.example(), example)
                .field("active", before.active(), active).build());
        return directory.findPartnerOrganisation(m, id).orElseThrow();
    }

    private boolean taken(long m, String name, Long except) {
        return directory.partnerOrganisations(m).stream()
                .anyMatch(p -> p.name().equalsIgnoreCase(name) && (except == null || p.id() != except));
    }

    private static String name(PartnerOrganisationInput in) {
        String name = in == null || in.getName() == null ? "" : in.getName().trim();
        if (name.isEmpty()) {
            throw new RuleViolationException("name", "organisation.partner.nameRequired");
        }
        if (name.length() > 200) {
            throw new RuleViolationException("name", "organisation.partner.nameTooLong", 200);
        }
        return name;
    }

    private static PartnerKind kind(PartnerOrganisationInput in) {
        if (in.getKind() == null) {
            throw new RuleViolationException("kind", "organisation.partner.kindRequired");
        }
        return in.getKind();
    }
}
