package se.tryggve.open311;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.incidents.Channel;
import se.tryggve.incidents.IncidentDirectory;
import se.tryggve.incidents.IncidentQuery;
import se.tryggve.incidents.IncidentStatus;
import se.tryggve.incidents.IncidentView;
import se.tryggve.incidents.Incidents;
import se.tryggve.incidents.NewIncident;
import se.tryggve.incidents.Position;
import se.tryggve.incidents.ReporterContact;

/**
 * GeoReport v2 requests: a report posted by a client application becomes an incident (channel
 * OPEN311) through the incidents module's use case; reads map incidents back to requests without
 * any personal data of the reporter.
 * <p>
 * {@link #submit} runs in one transaction: the incident, its attributes, the reporter's contact
 * details, the audit entry and (for a batch service) the token commit together or not at all. The
 * controller writes the success answer only after this method has returned, that is after the
 * commit, and PostgreSQL's default {@code synchronous_commit = on} has flushed the commit to its
 * write-ahead log before that: a client that got a service_request_id never loses the request, even
 * if the server is killed right after answering.
 */
@Service
class Open311Requests {

    /** GeoReport v2: "the range defaults to the most recent 90 days" and may span at most 90 days. */
    static final Duration MAX_SPAN = Duration.ofDays(90);
    /** GeoReport v2 lets a server cap the list; 1000 is the usual cap and Tryggve's. */
    static final int MAX_ITEMS = 1000;
    static final int MAX_DESCRIPTION = 4000;
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final List<IncidentStatus> OPEN = java.util.Arrays.stream(IncidentStatus.values())
            .filter(s -> !s.isClosed()).toList();
    private static final List<IncidentStatus> CLOSED = java.util.Arrays.stream(IncidentStatus.values())
            .filter(IncidentStatus::isClosed).toList();

    /** What a POST hands in, already split into fields; {@code attributes} by code, list values in order. */
    record Submission(String serviceCode, String lat, String lon, String addressString, String addressId,
                      String email, String deviceId, String accountId, String firstName, String lastName,
                      String phone, String description, String mediaUrl, Map<String, List<String>> attributes) {
    }

    /** A stored report: the incident's id, or a token for a batch service, and the notice to show. */
    record Submitted(long serviceRequestId, String token, String notice, String accountId) {
    }

    private final Incidents incidents;
    private final IncidentDirectory directory;
    private final ServiceDefinitions services;
    private final JdbcClient jdbc;
    private final Clock clock;

    Open311Requests(Incidents incidents, IncidentDirectory directory, ServiceDefinitions services, JdbcClient jdbc,
                    Clock clock) {
        this.incidents = incidents;
        this.directory = directory;
        this.services = services;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Submitted submit(long m, ApiKeys.Client client, Submission in) {
        String code = blankToNull(in.serviceCode());
        if (code == null) {
            throw bad("open311.error.serviceCode.required");
        }
        ServiceDefinition service = services.service(m, code)
                .orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, "open311.error.service.unknown", code));
        Position position = position(in.lat(), in.lon());
        String address = limited(in.addressString(), 300, "address_string");
        if (position == null && address == null && blankToNull(in.addressId()) == null) {
            throw bad("open311.error.location.required");
        }
        String description = blankToNull(in.description());
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw bad("open311.error.description.tooLong", MAX_DESCRIPTION);
        }
        String mediaUrl = limited(in.mediaUrl(), 1000, "media_url");
        if (mediaUrl != null && !mediaUrl.matches("(?i)https?://\\S+")) {
            throw bad("open311.error.mediaUrl.invalid");
        }
        Map<String, String> attributes = AttributeValues.validate(service, in.attributes());
        Boolean offensive = null;
        if (attributes.containsKey(DefaultServiceDefinitions.OFFENSIVE) && !service.offensive()) {
            offensive = "yes".equals(attributes.get(DefaultServiceDefinitions.OFFENSIVE));
        }
        ReporterContact contact = new ReporterContact(limited(in.email(), 200, "email"), limited(in.firstName(), 100, "first_name"),
                limited(in.lastName(), 100, "last_name"), limited(in.phone(), 40, "phone"),
                limited(in.deviceId(), 100, "device_id"), limited(in.accountId(), 100, "account_id"));
        boolean anyContact = contact.email() != null || contact.firstName() != null || contact.lastName() != null
                || contact.phone() != null || contact.deviceId() != null || contact.accountId() != null;
        long created = incidents.receiveReport(m, new NewIncident(code, Channel.OPEN311, null, position, address,
                description, offensive, attributes, anyContact ? contact : null, client.name(), mediaUrl));
        String token = null;
        if (service.batch()) {
            token = UUID.randomUUID().toString();
            jdbc.sql("insert into open311_token (token, municipality_id, incident_id, created_at) values (:t, :m, :i, :at)")
                    .param("t", token).param("m", m).param("i", created)
                    .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
        }
        return new Submitted(created, token, null, contact.accountId());
    }

    @Transactional(readOnly = true)
    public List<IncidentView> search(long m, String ids, String serviceCode, String startDate, String endDate, String status) {
        if (blankToNull(ids) != null) {
            // GeoReport v2: service_request_id "overrides all other parameters"
            List<Long> list = new ArrayList<>();
            for (String s : ids.split(",")) {
                if (!s.isBlank()) {
                    list.add(parseId(s.trim()));
                }
            }
            if (list.size() > MAX_ITEMS) {
                throw bad("open311.error.ids.tooMany", MAX_ITEMS);
            }
            return publicOnly(directory.searchIncidents(m, new IncidentQuery(list, List.of(), List.of(), null, null, null, null, null,
                    list.size(), 0)));
        }
        Instant start = blankToNull(startDate) == null ? null : instant(startDate, "start_date");
        Instant end = blankToNull(endDate) == null ? null : instant(endDate, "end_date");
        if (start == null && end == null) {
            end = clock.instant();
            start = end.minus(MAX_SPAN);
        } else if (start == null) {
            start = end.minus(MAX_SPAN);
        } else if (end == null) {
            end = start.plus(MAX_SPAN);
        }
        if (end.isBefore(start)) {
            throw bad("open311.error.dates.order");
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw bad("open311.error.dates.span", MAX_SPAN.toDays());
        }
        List<String> codes = new ArrayList<>();
        if (blankToNull(serviceCode) != null) {
            for (String c : serviceCode.split(",")) {
                if (!c.isBlank()) {
                    codes.add(c.trim());
                }
            }
        }
        List<IncidentStatus> statuses = new ArrayList<>();
        if (blankToNull(status) != null) {
            for (String s : status.split(",")) {
                switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
                    case "open" -> statuses.addAll(OPEN);
                    case "closed" -> statuses.addAll(CLOSED);
                    case "" -> { }
                    default -> throw bad("open311.error.status.invalid", s.trim());
                }
            }
        }
        // the end date is inclusive in GeoReport v2, the query's upper bound exclusive
        return publicOnly(directory.searchIncidents(m, new IncidentQuery(List.of(), codes, statuses, start, end.plusNanos(1000), null,
                null, null, MAX_ITEMS, 0)));
    }

    /**
     * Partner reports (EST, issue 6) are the municipality's internal information from its partners, with free
     * text about events at named places: never published through the open GeoReport interface.
     */
    private static List<IncidentView> publicOnly(List<IncidentView> found) {
        return found.stream().filter(v -> v.channel() != Channel.PARTNER).toList();
    }

    @Transactional(readOnly = true)
    public IncidentView find(long m, String id) {
        return directory.findIncident(m, parseIdOrNotFound(id)).filter(v -> v.channel() != Channel.PARTNER)
                .orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, "open311.error.request.unknown", id));
    }

    @Transactional(readOnly = true)
    public Optional<Long> requestOfToken(long m, String token) {
        return jdbc.sql("select incident_id from open311_token where token = :t and municipality_id = :m")
                .param("t", token).param("m", m).query(Long.class).optional();
    }

    private static long parseId(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw bad("open311.error.id.invalid", s);
        }
    }

    private static long parseIdOrNotFound(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new Open311Exception(HttpStatus.NOT_FOUND, "open311.error.request.unknown", s);
        }
    }

    /** ISO 8601 with offset as the specification says; without offset Swedish time, a bare date its start. */
    static Instant instant(String s, String field) {
        String t = s.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(t).atZone(SWEDEN).toInstant();
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(t).atStartOfDay(SWEDEN).toInstant();
                } catch (DateTimeParseException e3) {
                    throw bad("open311.error.date.invalid", field);
                }
            }
        }
    }

    private static Position position(String lat, String lon) {
        String a = blankToNull(lat);
        String b = blankToNull(lon);
        if (a == null && b == null) {
            return null;
        }
        if (a == null || b == null) {
            throw bad("open311.error.location.both");
        }
        double latitude;
        double longitude;
        try {
            latitude = new BigDecimal(a).doubleValue();
            longitude = new BigDecimal(b).doubleValue();
        } catch (NumberFormatException e) {
            throw bad("open311.error.location.invalid");
        }
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw bad("open311.error.location.invalid");
        }
        return new Position(latitude, longitude);
    }

    private static String limited(String s, int max, String field) {
        String v = blankToNull(s);
        if (v != null && v.length() > max) {
            throw bad("open311.error.tooLong", field, max);
        }
        return v;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static Open311Exception bad(String key, Object... args) {
        return new Open311Exception(HttpStatus.BAD_REQUEST, key, args);
    }
}
