package se.tryggve.incidents;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.organisation.PartnerDirectory;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.PersonalIdentityNumbers;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.shared.StateChanged;

/**
 * Use cases of the incident register: report an incident (from Open311, the web form, phone, staff or
 * the police), its lifecycle reported → assigned → removed, or not our property / duplicate / closed,
 * each step timed in {@code incident_step}; handling fields; costs and photos. Every change publishes
 * a {@link StateChanged} with object type {@value #OBJECT_TYPE} and the incident's id, which the audit
 * log records and the statistics listen to.
 */
@Service
public class Incidents {

    public static final String OBJECT_TYPE = "Incident";
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final int MAX_DESCRIPTION = 4000;
    /** Clocks of phones and Open311 clients drift; a report a few minutes "in the future" is taken as now. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final BigDecimal MAX_COST = new BigDecimal("9999999999.99");

    private final JdbcClient jdbc;
    private final IncidentDirectory directory;
    private final Districts districts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final GraffitiGuidelines graffitiGuidelines;
    private final PartnerDirectory partners;
    private final StatisticalAreas statisticalAreas;

    Incidents(JdbcClient jdbc, IncidentDirectory directory, Districts districts, ApplicationEventPublisher events, Clock clock,
              GraffitiGuidelines graffitiGuidelines, PartnerDirectory partners, StatisticalAreas statisticalAreas) {
        this.partners = partners;
        this.statisticalAreas = statisticalAreas;
        this.jdbc = jdbc;
        this.directory = directory;
        this.districts = districts;
        this.events = events;
        this.clock = clock;
        this.graffitiGuidelines = graffitiGuidelines;
    }

    /** A photo as uploaded: the name the client gave and the bytes. */
    public record PhotoUpload(String fileName, byte[] content) {
    }

    /** A cost entry to add: amount in SEK (≥ 0, öre at most), contractor, date of the work or invoice. */
    public record CostInput(BigDecimal amount, String contractor, LocalDate date) {
    }

    /** The handling fields staff keep up to date. */
    public record HandlingInput(String address, String propertyOwner, String policeReportNumber, boolean policeReported) {
    }

    /**
     * Registers a report. The category must exist and be active; the position is required and, when the
     * municipality has districts, must lie in one of them (that is how "inside the municipality" is
     * known); the district is found from the position. The reporter's contact is stored apart.
     */
    @Transactional
    public IncidentView reportIncident(long m, NewIncident in) {
        return directory.findIncident(m, insert(m, in, null)).orElseThrow();
    }

    /**
     * The same use case as {@link #reportIncident} for an intake channel that answers with the id only (Open311's
     * POST): the new incident is not read back, which is a fifth of the statements of a report.
     */
    @Transactional
    public long receiveReport(long m, NewIncident in) {
        return insert(m, in, null);
    }

    /**
     * What a partner organisation's reporter files (EST): the category, where (a map pin, or an address
     * alone when no pin is set), when it happened, what happened, and whether it was reported to the police.
     */
    public record PartnerReport(String categoryCode, Instant occurredAt, Position position, String address, String description,
                                boolean policeReported, String policeReportNumber) {
    }

    /** The partner-report part of a new incident: the organisation and the police report. */
    private record PartnerPart(long partnerOrganisationId, boolean policeReported, String policeReportNumber) {
    }

    /**
     * Registers a partner report (channel PARTNER) for the reporter's organisation, in the same register as
     * every other incident. The organisation must be one of the municipality's and active. Reports describe
     * places and events, never people: free text with a personal identity number is refused (GDPR art. 5(1)(c),
     * data minimisation; a partner report is read by the whole EST group and must not identify anyone).
     */
    @Transactional
    public IncidentView reportPartnerIncident(long m, long partnerOrganisationId, PartnerReport in) {
        if (in == null) {
            throw new RuleViolationException(null, "incidents.input.missing");
        }
        partners.findPartnerOrganisation(m, partnerOrganisationId).filter(p -> p.active())
                .orElseThrow(() -> new RuleViolationException(null, "incidents.partner.organisationInactive"));
        if (PersonalIdentityNumbers.containsOne(in.description())) {
            throw new RuleViolationException("description", "incidents.partner.personalIdentityNumber");
        }
        if (PersonalIdentityNumbers.containsOne(in.address())) {
            throw new RuleViolationException("address", "incidents.partner.personalIdentityNumber");
        }
        if (in.occurredAt() == null) {
            throw new RuleViolationException("occurredAt", "incidents.partner.occurredAt.required");
        }
        if (in.occurredAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw new RuleViolationException("occurredAt", "incidents.partner.occurredAt.future");
        }
        if (trimToNull(in.description()) == null) {
            throw new RuleViolationException("description", "incidents.partner.description.required");
        }
        String police = limited("policeReportNumber", in.policeReportNumber(), 40);
        if (police != null && !police.matches("[\\p{L}0-9 /.-]+")) {
            throw new RuleViolationException("policeReportNumber", "incidents.policeReportNumber.invalid");
        }
        if (in.position() == null && trimToNull(in.address()) == null) {
            throw new RuleViolationException("position", "incidents.partner.place.required");
        }
        long id = insert(m, new NewIncident(in.categoryCode(), Channel.PARTNER, in.occurredAt(), in.position(), in.address(),
                in.description(), null, null, null, null, null),
                new PartnerPart(partnerOrganisationId, in.policeReported() || police != null, police));
        return directory.findIncident(m, id).orElseThrow();
    }

    private long insert(long m, NewIncident in, PartnerPart partner) {
        if (in == null) {
            throw new RuleViolationException(null, "incidents.input.missing");
        }
        String categoryField = in.channel() == Channel.OPEN311 ? "service_code" : "categoryCode";
        if (in.categoryCode() == null || in.categoryCode().isBlank()) {
            throw new RuleViolationException(categoryField, "incidents.category.required");
        }
        CategoryInfo category = directory.findCategory(m, in.categoryCode().trim())
                .filter(CategoryInfo::active)
                .orElseThrow(() -> new RuleViolationException(categoryField, "incidents.category.unknown", in.categoryCode()));
        if (in.channel() == Channel.OPEN311 && !category.open311()) {
            throw new RuleViolationException(categoryField, "incidents.category.unknown", in.categoryCode());
        }
        if (in.channel() == null) {
            throw new RuleViolationException("channel", "incidents.channel.required");
        }
        Position p = in.position();
        // A partner, or an Open311 app with an address_string (GeoReport v2 allows either), may give an address
        // alone: the coordinator places it from the review queue (placeIncident). Other channels need a position.
        if (p == null && partner == null && !(in.channel() == Channel.OPEN311 && trimToNull(in.address()) != null)) {
            throw new RuleViolationException("position", "incidents.position.required");
        }
        if (p != null && (!Double.isFinite(p.latitude()) || !Double.isFinite(p.longitude()) || Math.abs(p.latitude()) > 90
                || Math.abs(p.longitude()) > 180)) {
            throw new RuleViolationException("position", "incidents.position.invalid");
        }
        DistrictInfo district = p == null ? null : districts.districtAt(m, p).orElse(null);
        if (p != null && district == null && districts.hasDistricts(m)) {
            throw new RuleViolationException("position", "incidents.position.outside");
        }
        String description = trimToNull(in.description());
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new RuleViolationException("description", "incidents.description.tooLong", MAX_DESCRIPTION);
        }
        String address = limited("address", in.address(), 300);
        String mediaUrl = limited("mediaUrl", in.mediaUrl(), 1000);
        if (mediaUrl != null && !mediaUrl.matches("(?i)https?://\\S+")) {
            throw new RuleViolationException("mediaUrl", "incidents.mediaUrl.invalid");
        }
        String clientApp = limited("clientApp", in.clientApp(), 100);
        // Stored to the microsecond (PostgreSQL's precision), so removal times computed later match.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Instant reportedAt = in.reportedAt() == null ? now : in.reportedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        if (reportedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new RuleViolationException("reportedAt", "incidents.reportedAt.future");
        }
        if (reportedAt.isAfter(now)) {
            reportedAt = now;
        }
        Map<String, String> attributes = in.attributes() == null ? Map.of() : in.attributes();
        for (var a : attributes.entrySet()) {
            if (a.getKey() == null || a.getKey().isBlank() || a.getKey().length() > 60 || a.getValue() == null
                    || a.getValue().length() > 1000) {
                throw new RuleViolationException("attributes", "incidents.attribute.invalid", a.getKey());
            }
        }
        ReporterContact r = in.reporter();
        if (r != null) {
            limited("email", r.email(), 200);
            limited("first_name", r.firstName(), 100);
            limited("last_name", r.lastName(), 100);
            limited("phone", r.phone(), 40);
            limited("device_id", r.deviceId(), 100);
            limited("account_id", r.accountId(), 100);
        }
        boolean offensive = in.offensive() != null ? in.offensive() : category.offensive();
        Long statisticalArea = statisticalAreas.statisticalAreaAt(m, p).map(DistrictInfo::id).orElse(null);

        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into incident (municipality_id, category_id, offensive, status, channel, reported_at, received_at,
                                      latitude, longitude, address, district_id, description, media_url, client_app, updated_at, version,
                                      partner_organisation_id, police_reported, police_report_number, statistical_area_id)
                values (:m, :c, :off, 'REPORTED', :ch, :rep, :rec, :lat, :lon, :addr, :d, :descr, :media, :app, :rec, 0, :po, :pr, :prn, :sa)""")
                .param("sa", statisticalArea)
                .param("m", m).param("c", category.id()).param("off", offensive).param("ch", in.channel().name())
                .param("rep", IncidentDirectory.utc(reportedAt)).param("rec", IncidentDirectory.utc(now))
                .param("lat", p == null ? null : p.latitude()).param("lon", p == null ? null : p.longitude()).param("addr", address)
                .param("po", partner == null ? null : partner.partnerOrganisationId())
                .param("pr", partner != null && partner.policeReported())
                .param("prn", partner == null ? null : partner.policeReportNumber())
                .param("d", district == null ? null : district.id()).param("descr", description).param("media", mediaUrl)
                .param("app", clientApp).update(keys, "id");
        long id = keys.getKey().longValue();
        if (!attributes.isEmpty()) {
            // one statement for all the attributes: a round trip less per attribute on every report
            StringBuilder sql = new StringBuilder("insert into incident_attribute (incident_id, code, attribute_value) values ");
            Map<String, Object> values = new java.util.HashMap<>();
            values.put("i", id);
            int n = 0;
            for (var a : attributes.entrySet()) {
                sql.append(n == 0 ? "" : ", ").append("(:i, :c").append(n).append(", :v").append(n).append(')');
                values.put("c" + n, a.getKey().trim());
                values.put("v" + n, a.getValue());
                n++;
            }
            jdbc.sql(sql.toString()).params(values).update();
        }
        if (r != null && (r.email() != null || r.firstName() != null || r.lastName() != null || r.phone() != null
                || r.deviceId() != null || r.accountId() != null)) {
            jdbc.sql("""
                    insert into incident_reporter (incident_id, email, first_name, last_name, phone, device_id, account_id)
                    values (:i, :e, :f, :l, :p, :d, :a)""")
                    .param("i", id).param("e", trimToNull(r.email())).param("f", trimToNull(r.firstName()))
                    .param("l", trimToNull(r.lastName())).param("p", trimToNull(r.phone())).param("d", trimToNull(r.deviceId()))
                    .param("a", trimToNull(r.accountId())).update();
        }
        String actor = actor(clientApp);
        step(m, id, IncidentStatus.REPORTED, reportedAt, actor, null);
        // The reporter's personal data stays out of the audit entry too: only that some was given.
        events.publishEvent(StateChanged.of(m, OBJECT_TYPE, id, "reported").value("category", category.code())
                .value("channel", in.channel().name()).value("offensive", offensive).value("reportedAt", reportedAt.toString())
                .value("latitude", p == null ? null : p.latitude()).value("longitude", p == null ? null : p.longitude())
                .value("address", address).value("districtId", district == null ? null : district.id())
                .value("statisticalAreaId", statisticalArea).value("clientApp", clientApp)
                .value("reporterContact", r == null ? null : "given")
                .value("partnerOrganisationId", partner == null ? null : partner.partnerOrganisationId())
                .value("policeReported", partner == null ? null : partner.policeReported())
                .value("policeReportNumber", partner == null ? null : partner.policeReportNumber()).build());
        return id;
    }

    /** Assigns the incident (again) to a person or contractor: reported/assigned → assigned. */
    @Transactional
    public IncidentView assignIncident(long m, long id, long expectedVersion, String assignedTo, String note) {
        String who = limited("assignedTo", assignedTo, 200);
        if (who == null) {
            throw new RuleViolationException("assignedTo", "incidents.assignedTo.required");
        }
        Current c = lockFor(m, id, expectedVersion, IncidentStatus.ASSIGNED);
        Instant now = clock.instant();
        String n = limited("note", note, 1000);
        jdbc.sql("""
                update incident set status = 'ASSIGNED', assigned_to = :a, assigned_at = :t, status_note = coalesce(:n, status_note),
                       updated_at = :t, version = version + 1 where id = :id and municipality_id = :m""")
                .param("a", who).param("t", IncidentDirectory.utc(now)).param("n", n).param("id", id).param("m", m).update();
        step(m, id, IncidentStatus.ASSIGNED, now, actor(null), n == null ? who : who + ": " + n);
        events.publishEvent(StateChanged.of(m, OBJECT_TYPE, id, "assigned").field("status", c.status().name(), "ASSIGNED")
                .field("assignedTo", c.assignedTo(), who).value("note", n).build());
        return directory.findIncident(m, id).orElseThrow();
    }

    /**
     * Records that the incident was removed (sanerat), at {@code removedAt} (null = now), with an optional
     * photo of the result. The removal time in minutes from the report is computed and stored;
     * whether it met the guideline's target is decided by the graffiti follow-up.
     */
    @Transactional
    public IncidentView recordRemoval(long m, long id, long expectedVersion, Instant removedAt, String note, PhotoUpload photo) {
        Current c = lockFor(m, id, expectedVersion, IncidentStatus.REMOVED);
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Instant at = removedAt == null ? now : removedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw new RuleViolationException("removedAt", "incidents.removedAt.future");
        }
        if (at.isBefore(c.reportedAt())) {
            throw new RuleViolationException("removedAt", "incidents.removedAt.beforeReport");
        }
        String n = limited("note", note, 1000);
        String contentType = photo == null || photo.content() == null || photo.content().length == 0 ? null
                : PhotoTypes.check(photo.content());
        long minutes = Duration.between(c.reportedAt(), at).toMinutes();
        int removalMinutes = (int) Math.min(Integer.MAX_VALUE, minutes);
        // graffiti is judged against the guideline's target (GraffitiTargets); other vandalism has none
        Boolean[] graffitiOffensive = jdbc.sql("""
                select c.guideline, i.offensive from incident i join incident_category c on c.id = i.category_id
                 where i.id = :id and i.municipality_id = :m""").param("id", id).param("m", m)
                .query((rs, k) -> new Boolean[] {"GRAFFITI".equals(rs.getString(1)), rs.getBoolean(2)}).single();
        Boolean withinTarget = graffitiOffensive[0]
                ? GraffitiTargets.withinTarget(graffitiGuidelines.guideline(m), c.reportedAt(), at, graffitiOffensive[1])
                : null;
        jdbc.sql("""
                update incident set status = 'REMOVED', removed_at = :r, closed_at = :r, removal_minutes = :min,
                       within_target = :wt, status_note = coalesce(:n, status_note), updated_at = :t, version = version + 1
                 where id = :id and municipality_id = :m""")
                .param("r", IncidentDirectory.utc(at)).param("min", removalMinutes).param("wt", withinTarget).param("n", n)
                .param("t", IncidentDirectory.utc(now)).param("id", id).param("m", m).update();
        step(m, id, IncidentStatus.REMOVED, at, actor(null), n);
        events.publishEvent(StateChanged.of(m, OBJECT_TYPE, id, "removed").field("status", c.status().name(), "REMOVED")
                .value("removedAt", at.toString()).value("removalMinutes", removalMinutes).value("withinTarget", withinTarget).value("note", n).build());
        if (contentType != null) {
            storePhoto(m, id, "REMOVAL", photo.fileName(), photo.content(), contentType);
        }
        return directory.findIncident(m, id).orElseThrow();
    }

    /** Not on the municipality's property: handed over to the owner, named if known. */
    @Transactional
    public IncidentView markNotOurProperty(long m, long id, long expectedVersion, String propertyOwner, String note) {
        Current c = lockFor(m, id, expectedVersion, IncidentStatus.NOT_OUR_PROPERTY);
        String owner = limited("propertyOwner", propertyOwner, 200);
        String n = limited("note", note, 1000);
        Instant now = clock.instant();
        jdbc.sql("""
                update incident set status = 'NOT_OUR_PROPERTY', property_owner = coalesce(:o, property_owner), closed_at = :t,
                       status_note = coalesce(:n, status_note), updated_at = :t, version = version + 1
                 where id = :id and municipality_id = :m""")
                .param("o", owner).param("n", n).param("t", IncidentDirectory.utc(now)).param("id", id).param("m", m).update();
        step(m, id, IncidentStatus.NOT_OUR_PROPERTY, now, actor(null), owner == null ? n : n == null ? owner : owner + ": " + n);
        events.publishEvent(StateChanged.of(m, OBJECT_TYPE, id, "not-our-property")
                .field("status", c.status().name(), "NOT_OUR_PROPERTY").value("propertyOwner", owner).value("note", n).build());
        return directory.findIncident(m, id).orElseThrow();
    }

    /** A duplicate of another, still open or not, incident of the same municipality. */
    @Transactional
    public IncidentView markDuplicate(long m, long id, long expectedVersion, long duplicateOf, String note) {
        if (duplicateOf == id) {
            throw new RuleViolationException("duplicateOf", "incidents.duplicate.self");
        }
        IncidentView original = directory.findIncident(m, duplicateOf)
                .orElseThrow(() -> new RuleViolationException("duplicateOf", "incidents.duplicate.unknown", duplicateOf));
        if (original.status() == IncidentStatus.DUPLICATE) {
            throw new RuleViolationException("duplicateOf", "incidents.duplicate.chain", duplicateOf);
        }
        Current c = lockFor(m, id, expectedVersion, IncidentStatus.DUPLICATE);
        String n = limited("note", note, 1000);
        Instant now = clock.instant();
        jdbc.sql("""
                update incident set status = 'DUPLICATE', duplicate_of = :d, closed_at = :t, status_note = coalesce(:n, status_note),
                       updated_at = :t, version = version + 1 where id = :id and municipality_id = :m""")
                .param("d", duplicateOf).param("n", n).param("t", IncidentDirectory.utc(now)).param("id", id).param("m", m).update();
        step(m, id, IncidentStatus.DUPLICATE, now, actor(null), n == null ? "#" + duplicateOf : "#" + duplicateOf + ": " + n);
        events.publishEvent(StateChanged.of(m, OBJECT_TYPE, id, "duplicate").field("status", c.status().name(), "DUPLICATE")
                .value("duplicateOf", duplicateOf).value("note", n).build());
        return directory.findIncident(m, id).orElseThrow();
    }

    /** Closed without removal by the municipality (e.g. already gone, not found, not vandalism). */
    @Transactional
    public IncidentView closeIncident(long m, long id, long expectedVersion, String note) {
        Current c = lockFor(m, id, expectedVersion, IncidentStatus.CLOSED);
        String n = limited("note", note, 1000);
        Instant now = clock.instant();
        jdbc.sql("""
                update incident set status = 'CLOSED', closed_at = :t, status_note = coalesce(:n, status_note), updated_at = :t,
                       version = version + 1 where id = :id and municipality_id = :m""")
                .param("n", n).param("t", IncidentDirectory.utc(now)).param("id", id).param("m", m).update();
        step(m, id, IncidentStatus.CLOSED, now, actor(null), n);
        events.publishEvent(StateChanged.of(m, OBJECT_TYPE, id, "closed").field("status", c.status().name(), "CLOSED")
                .value("note", n).build());
        return directory.findIncident(m, id).orElseThrow();
    }

    /** Address, property owner and the police report (number and whether reported), in any status. */
    @Transactional
    public IncidentDetails updateHandling(long m, long id, long expectedVersion, HandlingInput in) {
        IncidentDetails before = directory.details(m, id);
        if (before.incident().version() != expectedVersion) {
            throw new StaleVersionException(OBJECT_TYPE, id);
        }
        String address = limited("address", in.address(), 300);
        String owner = limited("propertyOwner", in.propertyOwner(), 200);
        String police = limited("policeReportNumber", in.policeReportNumber(), 40);
        if (police != null && !police.matches("[\\p{L}0-9 /.-]+")) {
            throw new RuleViolationException("policeReportNumber", "incidents.policeReportNumber.invalid");
        }
        // A report number means it was reported to the police.
        boolean reported = in.policeReported() || police != null;
        int n = jdbc.sql("""
                update incident set address = :a, property_owner = :o, police_report_number = :p, police_reported = :r,
                       updated_at = :t, version = version + 1 where id = :id and municipality_id = :m and version = :v""")
                .param("a", address).param("o", owner).param("p", police).param("r", reported)
                .param("t", IncidentDirectory.utc(clock.instant())).param("id", id).param("m", m).param("v", expectedVersion)
                .update();
        if (n == 0) {
            throw new StaleVersionException(OBJECT_TYPE, id);
        }
        events.publishEvent(StateChanged.of(m, OBJECT_TYPE, id, "updated").field("address", before.incident().address(), address)
                .field("propertyOwner", before.propertyOwner(), owner).field("policeReportNumber", before.policeReportNumber(), police)
                .field("policeReported", before.policeReported(), reported).build());
        return directory.details(m, id);
    }

    /**
     * Places an incident on the map, or moves it: a report given with an address only (a partner's, or an Open311
     * app's {@code address_string}) gets its position here, and a wrong pin is corrected. The position must lie
     * in one of the municipality's districts when it has any; the district (and SCB's statistical area) follow.
     */
    @Transactional
    public IncidentView placeIncident(long m, long id, long expectedVersion, Position p) {
        IncidentView before = directory.findIncident(m, id).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, id));
        if (before.version() != expectedVersion) {
            throw new StaleVersionException(OBJECT_TYPE, id);
        }
        if (p == null) {
            throw new RuleViolationException("position", "incidents.position.required");
        }
        if (!Double.isFinite(p.latitude()) || !Double.isFinite(p.longitude()) || Math.abs(p.latitude()) > 90
                || Math.abs(p.longitude()) > 180) {
            throw new RuleViolationException("position", "incidents.position.invalid");
        }
        DistrictInfo district = districts.districtAt(m, p).orElse(null);
        if (district == null && districts.hasDistricts(m)) {
            throw new RuleViolationException("position", "incidents.position.outside");
        }
        int n = jdbc.sql("""
                update incident set latitude = :lat, longitude = :lon, district_id = :d, updated_at = :t, version = version + 1
                 where id = :id and municipality_id = :m and version = :v""")
                .param("lat", p.latitude()).param("lon", p.longitude()).param("d", district == null ? null : district.id())
                .param("t", IncidentDirectory.utc(clock.instant())).param("id", id).param("m", m).param("v", expectedVersion)
                .update();
        if (n == 0) {
            throw new StaleVersionException(OBJECT_TYPE, id);
        }
        Position was = before.position();
        events.publishEvent(StateChanged.of(m, OBJECT_TYPE, id, "placed")
                .field("latitude", was == null ? null : was.latitude(), p.latitude())
                .field("longitude", was == null ? null : was.longitude(), p.longitude())
                .field("districtId", before.districtId(), district == null ? null : district.id()).build());
        return directory.findIncident(m, id).orElseThrow();
    }

    /** Adds a cost entry (SEK); costs can be added in any status, invoices often come after the removal. */
    @Transactional
    public IncidentDetails.Cost addCost(long m, long id, CostInput in) {
        lock(m, id);
        if (in == null || in.amount() == null) {
            throw new RuleViolationException("amount", "incidents.cost.amountRequired");
        }
        BigDecimal amount = in.amount();
        if (amount.signum() < 0) {
            throw new RuleViolationException("amount", "incidents.cost.negative");
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new RuleViolationException("amount", "incidents.cost.scale");
        }
        if (amount.compareTo(MAX_COST) > 0) {
            throw new RuleViolationException("amount", "incidents.cost.tooLarge");
        }
        if (in.date() == null) {
            throw new RuleViolationException("date", "incidents.cost.dateRequired");
        }
        Instant now = clock.instant();
        if (in.date().isAfter(LocalDate.ofInstant(now, STOCKHOLM).plusYears(1)) || in.date().getYear() < 1990) {
            throw new RuleViolationException("date", "incidents.cost.dateInvalid");
        }
        String contractor = limited("contractor", in.contractor(), 200);
        String user = actor(null);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into incident_cost (municipality_id, incident_id, amount, contractor, cost_date, created_at, username)
                values (:m, :i, :a, :c, :d, :t, :u)""")
                .param("m", m).param("i", id).param("a", amount.setScale(2, java.math.RoundingMode.UNNECESSARY))
                .param("c", contractor).param("d", in.date()).param("t", IncidentDirectory.utc(now)).param("u", user)
                .update(keys, "id");
        long costId = keys.getKey().longValue();
        touch(m, id, now);
        events.publishEvent(StateChanged.of(m, OBJECT_TYPE, id, "cost-added").value("costId", costId)
                .value("amount", amount.toPlainString()).value("contractor", contractor).value("date", in.date().toString()).build());
        return new IncidentDetails.Cost(costId, amount.setScale(2, java.math.RoundingMode.UNNECESSARY), contractor, in.date(), now, user);
    }

    /**
     * Adds a photo: JPEG, PNG or WebP, told by its first bytes, at most 10 MB. Purpose REPORTED (what was
     * found) or REMOVAL (the result).
     */
    @Transactional
    public IncidentDetails.Photo addPhoto(long m, long id, String purpose, PhotoUpload photo) {
        lock(m, id);
        String p = purpose == null || purpose.isBlank() ? "REPORTED" : purpose.trim().toUpperCase(java.util.Locale.ROOT);
        if (!Set.of("REPORTED", "REMOVAL").contains(p)) {
            throw new RuleViolationException("purpose", "incidents.photo.purpose");
        }
        String contentType = PhotoTypes.check(photo == null ? null : photo.content());
        return storePhoto(m, id, p, photo.fileName(), photo.content(), contentType);
    }

    private IncidentDetails.Photo storePhoto(long m, long id, String purpose, String fileName, byte[] content, String contentType) {
        String name = PhotoTypes.fileName(fileName, contentType);
        Instant now = clock.instant();
        String user = actor(null);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into incident_photo (municipality_id, incident_id, purpose, file_name, content_type, file_size, content, created_at, username)
                values (:m, :i, :p, :f, :ct, :s, :c, :t, :u)""")
                .param("m", m).param("i", id).param("p", purpose).param("f", name).param("ct", contentType)
                .param("s", (long) content.length).param("c", content).param("t", IncidentDirectory.utc(now)).param("u", user)
                .update(keys, "id");
        long photoId = keys.getKey().longValue();
        touch(m, id, now);
        events.publishEvent(StateChanged.of(m, OBJECT_TYPE, id, "photo-added").value("photoId", photoId).value("purpose", purpose)
                .value("fileName", name).value("contentType", contentType).value("size", content.length).build());
        return new IncidentDetails.Photo(photoId, purpose, name, contentType, content.length, now, user);
    }

    /**
     * The coordinator has reviewed a new report (the EST weekly cycle: new reports → review → weekly picture).
     * Recorded as a step in the incident's history with its current status.
     */
    @Transactional
    public IncidentView markReviewed(long m, long id, long expectedVersion, String note) {
        Reviewable c = lockForReview(m, id, expectedVersion);
        if (c.reviewedAt() != null) {
            throw new RuleViolationException("reviewedAt", "incidents.review.already");
        }
        String n = limited("note", note, 1000);
        Instant now = clock.instant();
        String who = actor(null);
        jdbc.sql("""
                update incident set reviewed_at = :t, reviewed_by = :u, updated_at = :t, version = version + 1
                 where id = :id and municipality_id = :m""")
                .param("t", IncidentDirectory.utc(now)).param("u", who).param("id", id).param("m", m).update();
        step(m, id, c.status(), now, who, n == null ? "Granskad" : "Granskad: " + n);
        events.publishEvent(StateChanged.of(m, OBJECT_TYPE, id, "reviewed").field("reviewedAt", null, now.toString())
                .field("reviewedBy", null, who).value("note", n).build());
        return directory.findIncident(m, id).orElseThrow();
    }

    /**
     * Moves the report to another active category (the reporter chose "event" where it was public disorder…),
     * recorded as a step with both names. The offensive flag follows the new category.
     */
    @Transactional
    public IncidentView reclassifyIncident(long m, long id, long expectedVersion, String categoryCode, String note) {
        Reviewable c = lockForReview(m, id, expectedVersion);
        if (categoryCode == null || categoryCode.isBlank()) {
            throw new RuleViolationException("categoryCode", "incidents.category.required");
        }
        CategoryInfo to = directory.findCategory(m, categoryCode.trim()).filter(CategoryInfo::active)
                .orElseThrow(() -> new RuleViolationException("categoryCode", "incidents.category.unknown", categoryCode));
        CategoryInfo from = directory.findCategory(m, c.categoryId()).orElseThrow();
        if (from.id() == to.id()) {
            throw new RuleViolationException("categoryCode", "incidents.reclassify.same");
        }
        String n = limited("note", note, 1000);
        Instant now = clock.instant();
        jdbc.sql("""
                update incident set category_id = :c, offensive = :o, updated_at = :t, version = version + 1
                 where id = :id and municipality_id = :m""")
                .param("c", to.id()).param("o", to.offensive()).param("t", IncidentDirectory.utc(now)).param("id", id).param("m", m)
                .update();
        step(m, id, c.status(), now, actor(null), "Omklassificerad: " + from.name() + " → " + to.name() + (n == null ? "" : ". " + n));
        events.publishEvent(StateChanged.of(m, OBJECT_TYPE, id, "reclassified").field("category", from.code(), to.code())
                .field("offensive", c.offensive(), to.offensive()).value("note", n).build());
        return directory.findIncident(m, id).orElseThrow();
    }

    /**
     * Merges a duplicate into the report it repeats: the DUPLICATE step with {@code duplicate_of}, and the
     * duplicate counts as reviewed (the statistics count the event once, under the other report).
     */
    @Transactional
    public IncidentView mergeDuplicate(long m, long id, long expectedVersion, long duplicateOf, String note) {
        markDuplicate(m, id, expectedVersion, duplicateOf, note);
        Reviewable c = lockForReview(m, id, expectedVersion + 1);
        if (c.reviewedAt() == null) {
            Instant now = clock.instant();
            String who = actor(null);
            jdbc.sql("update incident set reviewed_at = :t, reviewed_by = :u where id = :id and municipality_id = :m")
                    .param("t", IncidentDirectory.utc(now)).param("u", who).param("id", id).param("m", m).update();
            events.publishEvent(StateChanged.of(m, OBJECT_TYPE, id, "reviewed").field("reviewedAt", null, now.toString())
                    .field("reviewedBy", null, who).value("duplicateOf", duplicateOf).build());
        }
        return directory.findIncident(m, id).orElseThrow();
    }

    private record Reviewable(IncidentStatus status, long version, long categoryId, boolean offensive, Instant reviewedAt) {
    }

    private Reviewable lockForReview(long m, long id, long expectedVersion) {
        Reviewable c = jdbc.sql("""
                select status, version, category_id, offensive, reviewed_at from incident
                 where municipality_id = :m and id = :id for update""")
                .param("m", m).param("id", id)
                .query((rs, n) -> new Reviewable(IncidentStatus.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3),
                        rs.getBoolean(4), IncidentDirectory.instant(rs, 5))).optional()
                .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, id));
        if (c.version() != expectedVersion) {
            throw new StaleVersionException(OBJECT_TYPE, id);
        }
        return c;
    }

    /** Which status may follow which: a closed incident (Open311 "closed") takes no further step. */
    static boolean mayBecome(IncidentStatus from, IncidentStatus to) {
        return switch (from) {
            case REPORTED, ASSIGNED -> EnumSet.of(IncidentStatus.ASSIGNED, IncidentStatus.REMOVED, IncidentStatus.NOT_OUR_PROPERTY,
                    IncidentStatus.DUPLICATE, IncidentStatus.CLOSED).contains(to);
            case REMOVED, NOT_OUR_PROPERTY, DUPLICATE, CLOSED -> false;
        };
    }

    private record Current(IncidentStatus status, long version, Instant reportedAt, String assignedTo) {
    }

    /** Locks the incident, checks the version and that the step is allowed from its status. */
    private Current lockFor(long m, long id, long expectedVersion, IncidentStatus next) {
        Current c = jdbc.sql("select status, version, reported_at, assigned_to from incident where municipality_id = :m and id = :id for update")
                .param("m", m).param("id", id)
                .query((rs, n) -> new Current(IncidentStatus.valueOf(rs.getString(1)), rs.getLong(2), IncidentDirectory.instant(rs, 3),
                        rs.getString(4))).optional()
                .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, id));
        if (c.version() != expectedVersion) {
            throw new StaleVersionException(OBJECT_TYPE, id);
        }
        if (!mayBecome(c.status(), next)) {
            throw new RuleViolationException("status", "incidents.transition.illegal", c.status().name(), next.name());
        }
        return c;
    }

    private void lock(long m, long id) {
        jdbc.sql("select id from incident where municipality_id = :m and id = :id for update").param("m", m).param("id", id)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException(OBJECT_TYPE, id));
    }

    /** Costs and photos change the incident as Open311 sees it (updated_datetime) but not its version. */
    private void touch(long m, long id, Instant now) {
        jdbc.sql("update incident set updated_at = :t where id = :id and municipality_id = :m")
                .param("t", IncidentDirectory.utc(now)).param("id", id).param("m", m).update();
    }

    private void step(long m, long id, IncidentStatus status, Instant at, String user, String note) {
        jdbc.sql("""
                insert into incident_step (municipality_id, incident_id, status, occurred_at, username, note)
                values (:m, :i, :s, :t, :u, :n)""")
                .param("m", m).param("i", id).param("s", status.name()).param("t", IncidentDirectory.utc(at))
                .param("u", user).param("n", note == null ? null : note.length() > 1000 ? note.substring(0, 1000) : note).update();
    }

    private static String actor(String clientApp) {
        CurrentUser user = CurrentUser.orNull();
        if (user != null) {
            return user.username();
        }
        if (clientApp != null) {
            String a = "open311:" + clientApp;
            return a.length() > 100 ? a.substring(0, 100) : a;
        }
        return "system";
    }

    private static String limited(String field, String value, int max) {
        String v = trimToNull(value);
        if (v != null && v.length() > max) {
            throw new RuleViolationException(field, "incidents.field.tooLong", max);
        }
        return v;
    }

    static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
