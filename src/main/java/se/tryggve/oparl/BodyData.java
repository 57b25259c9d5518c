package se.tryggve.oparl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import se.tryggve.organisation.BodyInfo;
import se.tryggve.organisation.MembershipInfo;
import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.organisation.PartyInfo;
import se.tryggve.organisation.PersonInfo;

/**
 * The OParl objects of one municipality (one Body) as one request sees them: read once from the owning
 * modules' query services, then stamped with their created/modified times. Only public fields are taken:
 * a person's e-mail and phone never leave {@link PersonInfo} (they are internal, see the issue's
 * publication rules).
 */
class BodyData {

    private final OParlSources sources;
    private final OParlObjects objects;
    final Municipality municipality;
    final Urls urls;
    private final Map<String, List<Item>> items = new HashMap<>();
    private final Map<String, Map<String, OParlObjects.Stamp>> stamps = new HashMap<>();
    private final Map<String, Object> cache = new HashMap<>();

    BodyData(OParlSources sources, OParlObjects objects, Municipality municipality, Urls urls) {
        this.sources = sources;
        this.objects = objects;
        this.municipality = municipality;
        this.urls = urls;
    }

    String code() {
        return municipality.code();
    }

    long m() {
        return municipality.id();
    }

    String url(String type, Object key) {
        return urls.object(code(), type, String.valueOf(key));
    }

    String list(String type) {
        return urls.list(code(), type);
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String name, Supplier<T> loader) {
        return (T) cache.computeIfAbsent(name, k -> loader.get());
    }

    List<BodyInfo> bodies() {
        return cached("bodies", () -> sources.bodies.listBodies(m()));
    }

    List<PartyInfo> parties() {
        return cached("parties", () -> sources.parties.listParties(m()));
    }

    List<PersonInfo> people() {
        return cached("people", () -> sources.people.listPeople(m()));
    }

    List<MembershipInfo> memberships() {
        return cached("memberships", () -> sources.memberships.listMemberships(m(), null, null, null));
    }

    MeetingData meetings() {
        return cached("meetings", () -> new MeetingData(this, sources));
    }

    // ------------------------------------------------------------------ the objects by type

    /** The live objects of a type, in no particular order. */
    List<Item> items(String type) {
        return items.computeIfAbsent(type, t -> switch (t) {
            case OParlType.LEGISLATIVE_TERM -> legislativeTerms();
            case OParlType.ORGANIZATION -> organizations();
            case OParlType.PERSON -> people().stream().map(this::person).toList();
            case OParlType.MEMBERSHIP -> memberships().stream().map(this::membership).toList();
            case OParlType.MEETING, OParlType.AGENDA_ITEM, OParlType.PAPER, OParlType.CONSULTATION,
                 OParlType.FILE, OParlType.LOCATION -> meetings().items(t);
            default -> List.of();
        });
    }

    Optional<Item> item(String type, String key) {
        return items(type).stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** Every row of the type, live or deleted, by key. */
    Map<String, OParlObjects.Stamp> stamps(String type) {
        return stamps.computeIfAbsent(type, t -> {
            Map<String, OParlObjects.Stamp> found = new HashMap<>(
                    objects.stamps(m(), t, items(t).stream().map(Item::key).toList()));
            // meetings and paragraphs carry their own times: created is theirs, modified the later of the two
            if (t.equals(OParlType.MEETING) || t.equals(OParlType.AGENDA_ITEM)) {
                meetings().sourceTimes(t).forEach((key, source) -> found.computeIfPresent(key, (k, own) ->
                        new OParlObjects.Stamp(source.created(), source.modified().isAfter(own.modified())
                                ? source.modified() : own.modified(), own.deleted())));
            }
            return found;
        });
    }

    OParlObjects.Stamp bodyStamp() {
        return stamps.computeIfAbsent(OParlType.BODY, t -> objects.stamps(m(), t, List.of("body"))).get("body");
    }

    /** The body itself (OParl Body = the municipality), with the URLs of its lists. */
    Item body() {
        Item b = new Item(OParlType.BODY, code(), new LinkedHashMap<>());
        b.put("system", urls.system())
                .put("shortName", municipality.code())
                .put("name", municipality.name())
                .put("classification", "Kommun")
                .put("organization", list(OParlType.ORGANIZATION))
                .put("person", list(OParlType.PERSON))
                .put("meeting", list(OParlType.MEETING))
                .put("paper", list(OParlType.PAPER))
                .put("agendaItem", list(OParlType.AGENDA_ITEM))
                .put("consultation", list(OParlType.CONSULTATION))
                .put("file", list(OParlType.FILE))
                .put("locationList", list(OParlType.LOCATION))
                .put("legislativeTermList", list(OParlType.LEGISLATIVE_TERM))
                .put("membership", list(OParlType.MEMBERSHIP))
                .put("legislativeTerm", sorted(items(OParlType.LEGISLATIVE_TERM)));
        return b;
    }

    private static List<Item> sorted(List<Item> list) {
        return list.stream().sorted(Comparator.comparing(Item::key)).toList();
    }

    /**
     * Swedish municipal terms of office (mandatperioder) are four years from 15 October of the election
     * year (KL 5 kap. 5 §; elections every fourth year from 2018, vallagen 1 kap. 3 §). The terms listed
     * are those from the earliest membership or meeting to today, keyed by the election year.
     */
    private List<Item> legislativeTerms() {
        LocalDate today = LocalDate.now(sources.clock.withZone(OParlJson.ZONE));
        LocalDate earliest = Stream.concat(memberships().stream().map(MembershipInfo::validFrom),
                        meetings().dates().stream())
                .min(Comparator.naturalOrder()).orElse(today);
        List<Item> terms = new ArrayList<>();
        for (int year = termYear(earliest); year <= termYear(today); year += 4) {
            terms.add(Item.of(OParlType.LEGISLATIVE_TERM, year)
                    .put("body", urls.body(code()))
                    .put("name", "Mandatperioden " + year + "–" + (year + 4))
                    .put("startDate", LocalDate.of(year, 10, 15).toString())
                    .put("endDate", LocalDate.of(year + 4, 10, 14).toString()));
        }
        return terms;
    }

    /** The election year of the term a date falls in. */
    static int termYear(LocalDate date) {
        int year = date.getYear() - Math.floorMod(date.getYear() - 2018, 4);
        return date.isBefore(LocalDate.of(year, 10, 15)) ? year - 4 : year;
    }

    private List<Item> organizations() {
        List<Item> list = new ArrayList<>();
        for (BodyInfo b : bodies()) {
            list.add(Item.of(OParlType.ORGANIZATION, Keys.gremium(b.id()))
                    .put("body", urls.body(code()))
                    .put("name", b.name())
                    .put("shortName", b.shortName())
                    .put("organizationType", "Gremium")
                    .put("classification", classification(b))
                    .put("subOrganizationOf", b.parentId() == null ? null
                            : url(OParlType.ORGANIZATION, Keys.gremium(b.parentId())))
                    .put("membership", memberships().stream().filter(ms -> ms.bodyId() == b.id())
                            .map(ms -> url(OParlType.MEMBERSHIP, ms.id())).toList())
                    .put("meeting", url(OParlType.ORGANIZATION, Keys.gremium(b.id())) + "/meeting")
                    .put("keyword", b.active() ? null : List.of("inaktiv")));
        }
        for (PartyInfo p : parties()) {
            list.add(Item.of(OParlType.ORGANIZATION, Keys.fraktion(p.id()))
                    .put("body", urls.body(code()))
                    .put("name", p.name())
                    .put("shortName", p.abbreviation())
                    .put("organizationType", "Fraktion")
                    .put("classification", "Parti")
                    .put("membership", memberships().stream()
                            .filter(ms -> ms.partyId() != null && ms.partyId() == p.id())
                            .map(ms -> url(OParlType.MEMBERSHIP, ms.id())).toList()));
        }
        return list;
    }

    private static String classification(BodyInfo b) {
        return switch (b.type()) {
            case COUNCIL -> "Kommunfullmäktige";
            case BOARD -> "Kommunstyrelse";
            case COMMITTEE -> "Nämnd";
            case PREPARATORY_COMMITTEE -> "Beredning";
        };
    }

    /** A person: names only. E-mail, phone and address are internal and never taken. */
    private Item person(PersonInfo p) {
        return Item.of(OParlType.PERSON, p.id())
                .put("body", urls.body(code()))
                .put("name", p.firstName() + " " + p.lastName())
                .put("familyName", p.lastName())
                .put("givenName", p.firstName())
                .put("status", p.active() ? null : List.of("inaktiv"))
                .put("membership", memberships().stream().filter(ms -> ms.personId() == p.id())
                        .sorted(Comparator.comparing(MembershipInfo::validFrom).thenComparing(MembershipInfo::id))
                        .map(this::membership).toList());
    }

    private Item membership(MembershipInfo ms) {
        return Item.of(OParlType.MEMBERSHIP, ms.id())
                .put("person", url(OParlType.PERSON, ms.personId()))
                .put("organization", url(OParlType.ORGANIZATION, Keys.gremium(ms.bodyId())))
                .put("role", switch (ms.role()) {
                    case CHAIR -> "Ordförande";
                    case VICE_CHAIR -> "Vice ordförande";
                    case MEMBER -> "Ledamot";
                    case SUBSTITUTE -> "Ersättare";
                })
                // a substitute votes only when serving for a member (KL 5 kap. 17 §, 6 kap. 17 §)
                .put("votingRight", ms.role() != se.tryggve.organisation.MembershipRole.SUBSTITUTE)
                .put("startDate", ms.validFrom().toString())
                .put("endDate", ms.validTo() == null ? null : ms.validTo().toString())
                .put("onBehalfOf", ms.partyId() == null ? null : url(OParlType.ORGANIZATION, Keys.fraktion(ms.partyId())));
    }
}
