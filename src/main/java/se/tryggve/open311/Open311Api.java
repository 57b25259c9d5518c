package se.tryggve.open311;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import se.tryggve.incidents.IncidentView;
import se.tryggve.organisation.Municipalities.Municipality;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) at {@code /open311/v2}, every method in
 * XML and JSON chosen by the path's extension. Public for reading; POST needs the client
 * application's {@code api_key}. Errors are the specification's error lists ({@link Open311Errors}),
 * not the RFC 7807 problems of Tryggve's own API.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Api {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** Changes when the endpoint's behaviour changes (GeoReport v2 discovery "changeset"). */
    static final String CHANGESET = "2026-12-02T00:00:00+01:00";
    private static final String FORMAT = "{format:xml|json}";
    /*
     * The paths without another variable are written out per format: Spring MVC finds such "direct" paths
     * by a map lookup, while a pattern is matched against every mapping of the application on each request,
     * which was a tenth of the CPU of an Open311 POST (issue 5's speed target).
     */
    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]+)\\](\\[\\])?");
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final ApiKeys keys;
    private final Jurisdictions jurisdictions;
    private final ServiceDefinitions services;
    private final Open311Requests requests;
    private final se.tryggve.incidents.GraffitiGuidelines guidelines;
    private final MessageSource messages;
    private final String baseUrl;
    private final String endpointType;
    private final String contact;

    Open311Api(ApiKeys keys, Jurisdictions jurisdictions, ServiceDefinitions services, Open311Requests requests,
               se.tryggve.incidents.GraffitiGuidelines guidelines, MessageSource messages, @Value("${tryggve.base-url:http://localhost:8080}") String baseUrl,
               @Value("${tryggve.open311.endpoint-type:production}") String endpointType,
               @Value("${tryggve.open311.contact:}") String contact) {
        this.keys = keys;
        this.jurisdictions = jurisdictions;
        this.services = services;
        this.requests = requests;
        this.guidelines = guidelines;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.endpointType = endpointType;
        this.contact = contact;
    }

    @GetMapping({"/discovery.xml", "/discovery.json"})
    ResponseEntity<byte[]> discovery(HttpServletRequest request) {
        Open311Format f = Open311Format.ofPath(request.getRequestURI());
        Map<String, Object> endpoint = Open311Format.obj();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", baseUrl + "/open311/v2");
        endpoint.put("changeset", CHANGESET);
        endpoint.put("type", endpointType);
        endpoint.put("formats", new Open311Format.Items("format", List.of("text/xml", "application/json")));
        Map<String, Object> d = Open311Format.obj();
        d.put("changeset", CHANGESET);
        d.put("contact", contact == null || contact.isBlank() ? text("open311.discovery.contact") : contact);
        d.put("key_service", text("open311.discovery.keyService", baseUrl));
        d.put("endpoints", new Open311Format.Items("endpoint", List.of(endpoint)));
        return f.object("discovery", d);
    }

    @GetMapping({"/services.xml", "/services.json"})
    ResponseEntity<byte[]> services(HttpServletRequest request,
                                    @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Municipality m = jurisdictions.resolve(jurisdiction);
        List<Map<String, Object>> items = new ArrayList<>();
        for (ServiceDefinition s : services.services(m.id())) {
            Map<String, Object> item = Open311Format.obj();
            item.put("service_code", s.serviceCode());
            item.put("service_name", s.serviceName());
            item.put("description", s.description());
            item.put("metadata", s.metadata());
            item.put("type", s.type());
            item.put("keywords", s.keywords());
            item.put("group", s.group());
            items.add(item);
        }
        return Open311Format.ofPath(request.getRequestURI()).list(HttpStatus.OK, "services", "service", items);
    }

    @GetMapping("/services/{code}." + FORMAT)
    ResponseEntity<byte[]> definition(@PathVariable String code, @PathVariable String format,
                                      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Municipality m = jurisdictions.resolve(jurisdiction);
        ServiceDefinition s = services.service(m.id(), code)
                .orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, "open311.error.service.unknown", code));
        List<Map<String, Object>> attributes = new ArrayList<>();
        for (ServiceAttribute a : s.attributes()) {
            Map<String, Object> item = Open311Format.obj();
            item.put("variable", a.variable());
            item.put("code", a.code());
            item.put("datatype", a.datatype().code());
            item.put("required", a.required());
            item.put("datatype_description", a.datatypeDescription());
            item.put("order", a.order());
            item.put("description", a.description());
            if (a.datatype().isList()) {
                item.put("values", new Open311Format.Items("value", a.values().stream().map(v -> {
                    Map<String, Object> value = Open311Format.obj();
                    value.put("key", v.key());
                    value.put("name", v.name());
                    return value;
                }).toList()));
            }
            attributes.add(item);
        }
        Map<String, Object> d = Open311Format.obj();
        d.put("service_code", s.serviceCode());
        d.put("attributes", new Open311Format.Items("attribute", attributes));
        return Open311Format.of(format).object("service_definition", d);
    }

    @PostMapping({"/requests.xml", "/requests.json"})
    ResponseEntity<byte[]> post(HttpServletRequest request) {
        // the key first: a client without a valid key learns nothing else (403 before any 400)
        ApiKeys.Client client = keys.authenticate(request.getParameter("api_key"))
                .orElseThrow(() -> new Open311Exception(HttpStatus.FORBIDDEN,
                        request.getParameter("api_key") == null || request.getParameter("api_key").isBlank()
                                ? "open311.error.apiKey.missing" : "open311.error.apiKey.invalid"));
        Municipality m = jurisdictions.forKey(client.municipalityId(), request.getParameter("jurisdiction_id"));
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            Matcher matcher = ATTRIBUTE.matcher(name);
            if (matcher.matches()) {
                attributes.computeIfAbsent(matcher.group(1), k -> new ArrayList<>()).addAll(List.of(values));
            }
        });
        Open311Requests.Submission in = new Open311Requests.Submission(request.getParameter("service_code"),
                request.getParameter("lat"), request.getParameter("long"), request.getParameter("address_string"),
                request.getParameter("address_id"), request.getParameter("email"), request.getParameter("device_id"),
                request.getParameter("account_id"), request.getParameter("first_name"), request.getParameter("last_name"),
                request.getParameter("phone"), request.getParameter("description"), request.getParameter("media_url"),
                attributes);
        // submit() commits before it returns: the answer below is written only for a committed request
        Open311Requests.Submitted done = requests.submit(m.id(), client, in);
        ServiceDefinition service = services.service(m.id(), in.serviceCode().trim()).orElse(null);
        Map<String, Object> item = Open311Format.obj();
        if (done.token() != null) {
            item.put("token", done.token());
        } else {
            item.put("service_request_id", done.serviceRequestId());
        }
        item.put("service_notice", notice(service));
        item.put("account_id", done.accountId());
        return Open311Format.ofPath(request.getRequestURI()).list(HttpStatus.OK, "service_requests", "request", List.of(item));
    }

    @GetMapping({"/requests.xml", "/requests.json"})
    ResponseEntity<byte[]> list(HttpServletRequest request,
                                @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
                                @RequestParam(name = "service_request_id", required = false) String ids,
                                @RequestParam(name = "service_code", required = false) String serviceCode,
                                @RequestParam(name = "start_date", required = false) String startDate,
                                @RequestParam(name = "end_date", required = false) String endDate,
                                @RequestParam(name = "status", required = false) String status) {
        Municipality m = jurisdictions.resolve(jurisdiction);
        List<IncidentView> found = requests.search(m.id(), ids, serviceCode, startDate, endDate, status);
        return answer(request.getRequestURI().endsWith(".json") ? "json" : "xml", m, found);
    }

    @GetMapping("/requests/{id}." + FORMAT)
    ResponseEntity<byte[]> one(@PathVariable String id, @PathVariable String format,
                               @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Municipality m = jurisdictions.resolve(jurisdiction);
        return answer(format, m, List.of(requests.find(m.id(), id)));
    }

    @GetMapping("/tokens/{token}." + FORMAT)
    ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String format,
                                 @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Municipality m = jurisdictions.resolve(jurisdiction);
        long id = requests.requestOfToken(m.id(), token)
                .orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, "open311.error.token.unknown", token));
        Map<String, Object> item = Open311Format.obj();
        item.put("service_request_id", id);
        item.put("token", token);
        return Open311Format.of(format).list(HttpStatus.OK, "service_requests", "request", List.of(item));
    }

    /** A request as GeoReport v2 shows it: never the reporter's name, e-mail, phone, device or account. */
    private ResponseEntity<byte[]> answer(String format, Municipality m, List<IncidentView> found) {
        List<Map<String, Object>> items = new ArrayList<>(found.size());
        se.tryggve.incidents.GraffitiGuideline guideline = found.isEmpty() ? null : guidelines.guideline(m.id());
        for (IncidentView v : found) {
            Map<String, Object> r = Open311Format.obj();
            r.put("service_request_id", v.id());
            r.put("status", v.status().isClosed() ? "closed" : "open");
            r.put("status_notes", v.statusNote());
            r.put("service_name", v.categoryName());
            r.put("service_code", v.categoryCode());
            r.put("description", v.description());
            r.put("agency_responsible", m.name());
            r.put("service_notice", null);
            r.put("requested_datetime", datetime(v.reportedAt()));
            r.put("updated_datetime", datetime(v.updatedAt()));
            r.put("expected_datetime", datetime(expected(m, guideline, v)));
            r.put("address", v.address());
            r.put("address_id", null);
            r.put("zipcode", zipcode(v.address()));
            r.put("lat", v.position() == null ? null : v.position().latitude());
            r.put("long", v.position() == null ? null : v.position().longitude());
            r.put("media_url", v.mediaUrl());
            items.add(r);
        }
        return Open311Format.of(format).list(HttpStatus.OK, "service_requests", "request", items);
    }

    /**
     * When graffiti is expected to be gone: the removal target of the municipality's graffiti guideline (48 hours;
     * offensive graffiti 24 hours counted on working days by the Swedish calendar). Other services have no promise.
     */
    private Instant expected(Municipality m, se.tryggve.incidents.GraffitiGuideline g, IncidentView v) {
        if (g == null || v.reportedAt() == null) {
            return null;
        }
        ServiceDefinition s = services.service(m.id(), v.categoryCode()).orElse(null);
        if (s == null || !s.graffiti()) {
            return null;
        }
        return se.tryggve.incidents.GraffitiTargets.deadline(g, v.reportedAt(), v.offensive());
    }

    private static final Pattern POSTCODE = Pattern.compile("(?<![0-9])([1-9][0-9]{2}) ?([0-9]{2})(?![0-9])");

    /** A Swedish postcode ("141 85") written in the address, if any; the register keeps no separate field. */
    static String zipcode(String address) {
        if (address == null) {
            return null;
        }
        Matcher matcher = POSTCODE.matcher(address);
        return matcher.find() ? matcher.group(1) + " " + matcher.group(2) : null;
    }

    /** ISO 8601 with the Swedish offset, to the second: {@code 2026-03-01T12:00:00+01:00}. */
    static String datetime(Instant t) {
        return t == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.truncatedTo(ChronoUnit.SECONDS).atZone(SWEDEN));
    }

    private String notice(ServiceDefinition s) {
        if (s == null) {
            return null;
        }
        String key = !s.graffiti() ? "open311.notice.other" : s.offensive() ? "open311.notice.offensive" : "open311.notice.graffiti";
        return text(key);
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
