package se.tryggve.organisation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.Period;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StateChanged;

/**
 * The member register: use cases on memberships and the queries later modules use to take a
 * member's role and party as valid on a meeting date. A membership is ended by setting its end
 * date, never deleted, so that old protocols keep their answer.
 */
@Service
public class Memberships {

    private final MembershipRepository memberships;
    private final PersonRepository people;
    private final BodyRepository bodies;
    private final PartyRepository parties;
    private final ApplicationEventPublisher events;

    Memberships(MembershipRepository memberships, PersonRepository people, BodyRepository bodies,
                PartyRepository parties, ApplicationEventPublisher events) {
        this.memberships = memberships;
        this.people = people;
        this.bodies = bodies;
        this.parties = parties;
        this.events = events;
    }

    /** Memberships, optionally only of one body, one person and/or valid on one date. */
    @Transactional(readOnly = true)
    public List<MembershipInfo> listMemberships(long municipalityId, Long bodyId, Long personId, LocalDate date) {
        List<Membership> found = bodyId != null ? memberships.findByMunicipalityIdAndBodyId(municipalityId, bodyId)
                : personId != null ? memberships.findByMunicipalityIdAndPersonId(municipalityId, personId)
                : memberships.findByMunicipalityIdOrderByValidFromDesc(municipalityId);
        return found.stream()
                .filter(m -> personId == null || m.personId == personId)
                .filter(m -> date == null || m.period().contains(date))
                .map(m -> toInfo(municipalityId, m))
                .sorted(Comparator.comparing(MembershipInfo::bodyName).thenComparing(MembershipInfo::role)
                        .thenComparing(MembershipInfo::personName).thenComparing(MembershipInfo::validFrom))
                .toList();
    }

    /** The seats of a body valid on a date, e.g. the meeting date of a protocol. */
    @Transactional(readOnly = true)
    public List<MembershipInfo> membershipsOn(long municipalityId, long bodyId, LocalDate date) {
        return listMemberships(municipalityId, bodyId, null, date);
    }

    /** The party a person represented in a body on a date, as the register says (empty if none). */
    @Transactional(readOnly = true)
    public Optional<PartyInfo> partyOf(long municipalityId, long personId, long bodyId, LocalDate date) {
        return memberships.findByMunicipalityIdAndBodyId(municipalityId, bodyId).stream()
                .filter(m -> m.personId == personId && m.period().contains(date) && m.partyId != null)
                .findFirst()
                .flatMap(m -> parties.findByIdAndMunicipalityId(m.partyId, municipalityId))
                .map(Party::toInfo);
    }

    @Transactional(readOnly = true)
    public MembershipInfo findMembership(long municipalityId, long id) {
        return toInfo(municipalityId, load(municipalityId, id));
    }

    @Transactional
    public MembershipInfo addMembership(long municipalityId, MembershipInput in) {
        Membership m = new Membership();
        m.municipalityId = municipalityId;
        apply(m, in);
        memberships.save(m);
        events.publishEvent(StateChanged.of(municipalityId, "Membership", m.id, "created")
                .value("personId", m.personId).value("bodyId", m.bodyId).value("role", m.role)
                .value("partyId", m.partyId).value("validFrom", m.validFrom).value("validTo", m.validTo).build());
        return toInfo(municipalityId, m);
    }

    /** Changes a membership; ending one is done by setting its end date. */
    @Transactional
    public MembershipInfo updateMembership(long municipalityId, long id, long expectedVersion, MembershipInput in) {
        Membership m = load(municipalityId, id);
        Versions.check(m.version, expectedVersion, "Membership", id);
        StateChanged.Builder change = StateChanged.of(municipalityId, "Membership", id, "updated");
        long personId = m.personId;
        long bodyId = m.bodyId;
        MembershipRole role = m.role;
        Long partyId = m.partyId;
        LocalDate from = m.validFrom;
        LocalDate to = m.validTo;
        apply(m, in);
        change.field("personId", personId, m.personId).field("bodyId", bodyId, m.bodyId).field("role", role, m.role)
                .field("partyId", partyId, m.partyId).field("validFrom", from, m.validFrom).field("validTo", to, m.validTo);
        memberships.save(m);
        events.publishEvent(change.build());
        return toInfo(municipalityId, m);
    }

    private void apply(Membership m, MembershipInput in) {
        Period period = new Period(in.getValidFrom(), in.getValidTo());
        if (people.findByIdAndMunicipalityId(in.getPersonId(), m.municipalityId).isEmpty()) {
            throw new RuleViolationException("personId", "organisation.membership.personUnknown");
        }
        if (bodies.findByIdAndMunicipalityId(in.getBodyId(), m.municipalityId).isEmpty()) {
            throw new RuleViolationException("bodyId", "organisation.membership.bodyUnknown");
        }
        if (in.getPartyId() != null && parties.findByIdAndMunicipalityId(in.getPartyId(), m.municipalityId).isEmpty()) {
            throw new RuleViolationException("partyId", "organisation.membership.partyUnknown");
        }
        List<MembershipRules.Seat> seats = memberships.findByMunicipalityIdAndBodyId(m.municipalityId, in.getBodyId())
                .stream().map(o -> new MembershipRules.Seat(o.id, o.personId, o.role, o.period())).toList();
        MembershipRules.check(new MembershipRules.Seat(m.id, in.getPersonId(), in.getRole(), period), seats);
        m.personId = in.getPersonId();
        m.bodyId = in.getBodyId();
        m.role = in.getRole();
        m.partyId = in.getPartyId();
        m.validFrom = period.from();
        m.validTo = period.to();
    }

    private Membership load(long municipalityId, long id) {
        return memberships.findByIdAndMunicipalityId(id, municipalityId)
                .orElseThrow(() -> new NotFoundException("Membership", id));
    }

    private MembershipInfo toInfo(long municipalityId, Membership m) {
        String person = people.findByIdAndMunicipalityId(m.personId, municipalityId).map(Person::fullName).orElse("");
        String body = bodies.findByIdAndMunicipalityId(m.bodyId, municipalityId).map(b -> b.name).orElse("");
        String party = m.partyId == null ? null
                : parties.findByIdAndMunicipalityId(m.partyId, municipalityId).map(p -> p.abbreviation).orElse(null);
        return new MembershipInfo(m.id, m.personId, person, m.bodyId, body, m.role, m.partyId, party, m.validFrom,
                m.validTo, m.version);
    }
}
