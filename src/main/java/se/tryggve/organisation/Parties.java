package se.tryggve.organisation;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StateChanged;

/** Use cases on the political parties of a municipality. */
@Service
public class Parties {

    private final PartyRepository parties;
    private final ApplicationEventPublisher events;

    Parties(PartyRepository parties, ApplicationEventPublisher events) {
        this.parties = parties;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<PartyInfo> listParties(long municipalityId) {
        return parties.findByMunicipalityIdOrderByAbbreviation(municipalityId).stream().map(Party::toInfo).toList();
    }

    @Transactional(readOnly = true)
    public PartyInfo findParty(long municipalityId, long id) {
        return load(municipalityId, id).toInfo();
    }

    @Transactional
    public PartyInfo createParty(long municipalityId, PartyInput in) {
        Party p = new Party();
        p.municipalityId = municipalityId;
        apply(p, in);
        parties.save(p);
        events.publishEvent(StateChanged.of(municipalityId, "Party", p.id, "created")
                .value("abbreviation", p.abbreviation).value("name", p.name).build());
        return p.toInfo();
    }

    @Transactional
    public PartyInfo updateParty(long municipalityId, long id, long expectedVersion, PartyInput in) {
        Party p = load(municipalityId, id);
        Versions.check(p.version, expectedVersion, "Party", id);
        StateChanged.Builder change = StateChanged.of(municipalityId, "Party", id, "updated");
        String abbreviation = p.abbreviation;
        String name = p.name;
        apply(p, in);
        change.field("abbreviation", abbreviation, p.abbreviation).field("name", name, p.name);
        parties.save(p);
        events.publishEvent(change.build());
        return p.toInfo();
    }

    private void apply(Party p, PartyInput in) {
        String abbreviation = in.getAbbreviation().trim();
        parties.findByMunicipalityIdAndAbbreviation(p.municipalityId, abbreviation)
                .filter(other -> !other.id.equals(p.id))
                .ifPresent(other -> {
                    throw new RuleViolationException("abbreviation", "organisation.party.abbreviationTaken");
                });
        p.abbreviation = abbreviation;
        p.name = in.getName().trim();
    }

    Party load(long municipalityId, long id) {
        return parties.findByIdAndMunicipalityId(id, municipalityId).orElseThrow(() -> new NotFoundException("Party", id));
    }
}
