package se.tryggve.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.shared.StateChanged;

/**
 * The tenants of this installation. One installation can serve one municipality or a whole
 * region; a municipality is created at first start (or by an operator), never through a page.
 */
@Service
public class Municipalities {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Municipalities(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * A municipality and its settings (judgement scale, paragraph numbering, Open311 jurisdiction).
     * Case-number formats are not settings of the municipality: they belong to the registries
     * (diarier) of the cases module, since one municipality keeps several registries.
     */
    public record Municipality(long id, String name, String code, String judgementScale, String paragraphNumbering,
                               String open311Jurisdiction, long version) {

        public JudgementScale judgement() {
            return JudgementScale.valueOf(judgementScale);
        }

        public ParagraphNumbering numbering() {
            return ParagraphNumbering.valueOf(paragraphNumbering);
        }
    }

    /** Creates a municipality; the code is SCB's four-digit municipality code, e.g. 0126 for Huddinge. */
    @Transactional
    public Municipality createMunicipality(String name, String code) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new RuleViolationException("name", "organisation.municipality.nameInvalid");
        }
        if (code == null || !code.matches("\\d{4}")) {
            throw new RuleViolationException("code", "organisation.municipality.codeInvalid");
        }
        if (findByCode(code).isPresent()) {
            throw new RuleViolationException("code", "organisation.municipality.codeTaken");
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into municipality (name, code) values (:name, :code)")
                .param("name", name.trim()).param("code", code).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(StateChanged.of(id, "Municipality", id, "created").value("name", name).value("code", code).build());
        return find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Municipality> find(long id) {
        return jdbc.sql("select * from municipality where id = :id").param("id", id)
                .query((rs, n) -> new Municipality(rs.getLong("id"), rs.getString("name"), rs.getString("code"),
                        rs.getString("judgement_scale"), rs.getString("paragraph_numbering"),
                        rs.getString("open311_jurisdiction"), rs.getLong("version"))).optional();
    }

    /** An administrator changes the municipality's settings; refused when based on an older version. */
    @Transactional
    public Municipality updateMunicipalitySettings(long municipalityId, long expectedVersion, SettingsInput in) {
        Municipality before = find(municipalityId).orElseThrow(() -> new NotFoundException("Municipality", municipalityId));
        String open311 = in.getOpen311Jurisdiction() == null || in.getOpen311Jurisdiction().isBlank()
                ? null : in.getOpen311Jurisdiction().trim();
        int updated = jdbc.sql("""
                update municipality set judgement_scale = :scale, paragraph_numbering = :numbering,
                  open311_jurisdiction = :open311, version = version + 1
                where id = :id and version = :version""")
                .param("scale", in.getJudgementScale().name()).param("numbering", in.getParagraphNumbering().name())
                .param("open311", open311).param("id", municipalityId).param("version", expectedVersion).update();
        if (updated == 0) {
            throw new StaleVersionException("Municipality", municipalityId);
        }
        Municipality after = find(municipalityId).orElseThrow();
        events.publishEvent(StateChanged.of(municipalityId, "Municipality", municipalityId, "settings-updated")
                .field("judgementScale", before.judgementScale(), after.judgementScale())
                .field("paragraphNumbering", before.paragraphNumbering(), after.paragraphNumbering())
                .field("open311Jurisdiction", before.open311Jurisdiction(), after.open311Jurisdiction()).build());
        return after;
    }

    @Transactional(readOnly = true)
    public Optional<Municipality> findByCode(String code) {
        return jdbc.sql("select id from municipality where code = :code").param("code", code)
                .query(Long.class).optional().flatMap(this::find);
    }

    @Transactional(readOnly = true)
    public List<Municipality> listMunicipalities() {
        return jdbc.sql("select id from municipality order by name").query(Long.class).list()
                .stream().map(id -> find(id).orElseThrow()).toList();
    }
}
