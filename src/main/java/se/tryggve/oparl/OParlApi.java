package se.tryggve.oparl;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.ForwardedHeaderUtils;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import se.tryggve.organisation.Municipalities.Municipality;

/**
 * OParl 1.1 at {@code /oparl/v1.1}: the System object, the bodies (one per municipality) and under each
 * body its external lists and objects. Read-only and public (no login; CORS for every origin, see
 * {@link OParlWeb}); errors in OParl's format ({@link OParlErrors}).
 */
@RestController
@RequestMapping("/oparl/v1.1")
class OParlApi {

    private final OParlSources sources;
    private final OParlObjects objects;
    private final MeetingFiles files;
    private final String vendor;
    private final String product;

    OParlApi(OParlSources sources, OParlObjects objects, MeetingFiles files,
             @org.springframework.beans.factory.annotation.Value("${tryggve.oparl.vendor:}") String vendor,
             @org.springframework.beans.factory.annotation.Value("${tryggve.oparl.product:}") String product) {
        this.sources = sources;
        this.objects = objects;
        this.files = files;
        this.vendor = vendor;
        this.product = product;
    }

    // ------------------------------------------------------------------ System and bodies

    /** The entry point (OParl 1.1, System): the version and the URL of the body list. */
    @GetMapping
    ResponseEntity<byte[]> system(HttpServletRequest request, @RequestParam Map<String, String> params) {
        Urls urls = urls(request);
        List<BodyData> bodies = allBodies(urls);
        Map<String, Object> system = new LinkedHashMap<>();
        system.put("id", urls.system());
        system.put("type", OParlType.PREFIX + OParlType.SYSTEM);
        system.put("oparlVersion", OParlType.PREFIX);
        system.put("body", urls.bodies());
        system.put("name", "Tryggve");
        if (!vendor.isBlank()) {
            system.put("vendor", vendor);
        }
        if (!product.isBlank()) {
            system.put("product", product);
        }
        // the system is as old as its oldest body and changes with any of them
        Instant created = bodies.stream().map(b -> b.bodyStamp().created()).min(Comparator.naturalOrder())
                .orElse(sources.clock.instant());
        Instant modified = bodies.stream().map(b -> b.bodyStamp().modified()).max(Comparator.naturalOrder())
                .orElse(created);
        system.put("created", OParlJson.dateTime(created));
        system.put("modified", OParlJson.dateTime(modified));
        return ok(system);
    }

    @GetMapping("/body")
    ResponseEntity<byte[]> bodies(HttpServletRequest request, @RequestParam Map<String, String> params) {
        ListQuery q = ListQuery.of(params);
        Urls urls = urls(request);
        List<Stamped> all = new ArrayList<>();
        for (BodyData b : allBodies(urls)) {
            all.add(new Stamped(urls.body(b.code()), b.body(), b.bodyStamp(), b));
        }
        return ok(page(urls.bodies(), q, all));
    }

    @GetMapping("/body/{code}")
    ResponseEntity<byte[]> body(HttpServletRequest request, @PathVariable String code,
                                @RequestParam Map<String, String> params) {
        boolean omit = ListQuery.omitInternal(params);
        BodyData b = body(request, code);
        return ok(render(b, b.body(), b.bodyStamp(), omit));
    }

    // ------------------------------------------------------------------ a body's lists and objects

    @GetMapping("/body/{code}/{path}")
    ResponseEntity<byte[]> list(HttpServletRequest request, @PathVariable String code, @PathVariable String path,
                                @RequestParam Map<String, String> params) {
        String type = type(request, path);
        ListQuery q = ListQuery.of(params);
        BodyData b = body(request, code);
        return ok(page(b.list(type), q, stamped(b, type, b.items(type), q)));
    }

    @GetMapping("/body/{code}/{path}/{key}")
    ResponseEntity<byte[]> object(HttpServletRequest request, @PathVariable String code, @PathVariable String path,
                                  @PathVariable String key, @RequestParam Map<String, String> params) {
        String type = type(request, path);
        boolean omit = ListQuery.omitInternal(params);
        BodyData b = body(request, code);
        Optional<Item> item = b.item(type, key);
        if (item.isPresent()) {
            return ok(render(b, item.get(), b.stamps(type).get(key), omit));
        }
        OParlObjects.Stamp stamp = b.stamps(type).get(key);
        if (stamp != null && stamp.deleted()) {
            return ok(tombstone(b.url(type, key), type, stamp));
        }
        throw OParlException.notFound(request.getRequestURI());
    }

    /** The meetings of one organization (Organization.meeting, an external list). */
    @GetMapping("/body/{code}/organization/{key}/meeting")
    ResponseEntity<byte[]> organizationMeetings(HttpServletRequest request, @PathVariable String code,
                                                @PathVariable String key, @RequestParam Map<String, String> params) {
        ListQuery q = ListQuery.of(params);
        BodyData b = body(request, code);
        if (b.item(OParlType.ORGANIZATION, key).isEmpty()) {
            throw OParlException.notFound(request.getRequestURI());
        }
        String org = b.url(OParlType.ORGANIZATION, key);
        List<Item> meetings = b.items(OParlType.MEETING).stream()
                .filter(i -> i.fields().get("organization") instanceof List<?> l && l.contains(org)).toList();
        return ok(page(org + "/meeting", q, stamped(b, OParlType.MEETING, meetings, q)));
    }

    /** The file itself, shown in the browser (File.accessUrl). */
    @GetMapping("/body/{code}/file/{key}/access")
    ResponseEntity<byte[]> access(HttpServletRequest request, @PathVariable String code, @PathVariable String key) {
        return files.send(body(request, code), key, false).orElseThrow(() -> OParlException.notFound(request.getRequestURI()));
    }

    /** The file as an attachment to save (File.downloadUrl). */
    @GetMapping("/body/{code}/file/{key}/download")
    ResponseEntity<byte[]> download(HttpServletRequest request, @PathVariable String code, @PathVariable String key) {
        return files.send(body(request, code), key, true).orElseThrow(() -> OParlException.notFound(request.getRequestURI()));
    }

    /** Anything else under the API is an unknown object: 404 in OParl's format, not Spring's page. */
    @GetMapping("/**")
    ResponseEntity<byte[]> unknown(HttpServletRequest request) {
        throw OParlException.notFound(request.getRequestURI());
    }

    /** OParl is read-only: any other method is answered 405 in OParl's format. */
    @RequestMapping(value = {"", "/**"}, method = {org.springframework.web.bind.annotation.RequestMethod.POST,
            org.springframework.web.bind.annotation.RequestMethod.PUT, org.springframework.web.bind.annotation.RequestMethod.PATCH,
            org.springframework.web.bind.annotation.RequestMethod.DELETE})
    ResponseEntity<byte[]> readOnly(HttpServletRequest request) {
        throw new OParlException(405, "OParl-gränssnittet går bara att läsa.",
                request.getMethod() + " is not allowed; OParl 1.1 is read-only (GET)");
    }

    // ------------------------------------------------------------------ helpers

    /** An object with its id URL, stamp and the body it belongs to. */
    record Stamped(String id, Item item, OParlObjects.Stamp stamp, BodyData body) {
    }

    private List<Stamped> stamped(BodyData b, String type, List<Item> live, ListQuery q) {
        Map<String, OParlObjects.Stamp> stamps = b.stamps(type);
        List<Stamped> all = new ArrayList<>();
        java.util.Set<String> liveKeys = new java.util.HashSet<>();
        for (Item i : live) {
            liveKeys.add(i.key());
            all.add(new Stamped(b.url(type, i.key()), i, stamps.get(i.key()), b));
        }
        if (q.showsDeleted() && live == b.items(type)) {
            stamps.forEach((key, s) -> {
                if (s.deleted() && !liveKeys.contains(key)) {
                    all.add(new Stamped(b.url(type, key), new Item(type, key, Map.of()), s, null));
                }
            });
        }
        return all;
    }

    /** Filters, sorts by (modified, id) — a stable order — and cuts one page (OParl 1.1, "Paginierung"). */
    private Map<String, Object> page(String listUrl, ListQuery q, List<Stamped> all) {
        List<Stamped> matching = all.stream().filter(s -> q.matches(s.stamp()))
                .filter(s -> !s.stamp().deleted() || q.showsDeleted())
                .sorted(Comparator.comparing((Stamped s) -> s.stamp().modified())
                        .thenComparing(Stamped::id, OParlApi::naturalOrder))
                .toList();
        int total = matching.size();
        int pages = Math.max(1, (total + q.limit() - 1) / q.limit());
        long from = Math.min((long) (q.page() - 1) * q.limit(), total);
        int to = (int) Math.min(from + q.limit(), total);
        List<Object> data = new ArrayList<>();
        for (Stamped s : matching.subList((int) from, to)) {
            data.add(s.stamp().deleted() ? tombstone(s.id(), s.item().type(), s.stamp())
                    : render(s.body(), s.item(), s.stamp(), q.omitInternal()));
        }
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("totalElements", total);
        pagination.put("elementsPerPage", q.limit());
        pagination.put("currentPage", q.page());
        pagination.put("totalPages", pages);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("first", q.link(listUrl, 1));
        if (q.page() > 1) {
            links.put("prev", q.link(listUrl, Math.min(q.page() - 1, pages)));
        }
        links.put("self", q.link(listUrl, q.page()));
        if (q.page() < pages) {
            links.put("next", q.link(listUrl, q.page() + 1));
        }
        links.put("last", q.link(listUrl, pages));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("data", data);
        answer.put("pagination", pagination);
        answer.put("links", links);
        return answer;
    }

    /** The properties that hold lists of embedded objects (OParl 1.1 schema), also when they are empty. */
    private static final java.util.Set<String> EMBEDDED_LISTS = java.util.Set.of("Person.membership",
            "Meeting.agendaItem", "Meeting.auxiliaryFile", "AgendaItem.auxiliaryFile", "Paper.consultation",
            "Paper.auxiliaryFile", "Paper.location", "Body.legislativeTerm");

    /** Ids compared with their numbers as numbers (…/person/9 before …/person/10). */
    static int naturalOrder(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    /**
     * The object with id, type, its properties and its times. Embedded objects are written in full
     * with their own times, or left out with {@code omit_internal=true} (OParl 1.1: embedded lists are
     * left out; Body.legislativeTerm stays, the schema requires it).
     */
    private Map<String, Object> render(BodyData b, Item item, OParlObjects.Stamp stamp, boolean omit) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", item.type().equals(OParlType.BODY) ? b.urls.body(b.code()) : b.url(item.type(), item.key()));
        out.put("type", OParlType.PREFIX + item.type());
        for (Map.Entry<String, Object> e : item.fields().entrySet()) {
            Object v = e.getValue();
            boolean embedded = v instanceof Item || v instanceof List<?> l && (!l.isEmpty() && l.get(0) instanceof Item
                    || EMBEDDED_LISTS.contains(item.type() + "." + e.getKey()));
            if (embedded && omit && !(item.type().equals(OParlType.BODY) && e.getKey().equals("legislativeTerm"))) {
                continue;
            }
            out.put(e.getKey(), embed(b, v));
        }
        out.put("created", OParlJson.dateTime(stamp.created()));
        out.put("modified", OParlJson.dateTime(stamp.modified()));
        return out;
    }

    private Object embed(BodyData b, Object v) {
        if (v instanceof Item i) {
            return render(b, i, b.stamps(i.type()).get(i.key()), false);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(x -> embed(b, x)).toList();
        }
        return v;
    }

    /** A deleted object keeps id, type and created; modified is when it was deleted (OParl 1.1). */
    private static Map<String, Object> tombstone(String id, String type, OParlObjects.Stamp stamp) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("type", OParlType.PREFIX + type);
        out.put("created", OParlJson.dateTime(stamp.created()));
        out.put("modified", OParlJson.dateTime(stamp.modified()));
        out.put("deleted", true);
        return out;
    }

    private static ResponseEntity<byte[]> ok(Object body) {
        return ResponseEntity.ok().contentType(OParlJson.MEDIA_TYPE).body(OParlJson.write(body));
    }

    private String type(HttpServletRequest request, String path) {
        String type = Urls.typeOfPath(path);
        if (type == null) {
            throw OParlException.notFound(request.getRequestURI());
        }
        return type;
    }

    private BodyData body(HttpServletRequest request, String code) {
        Municipality m = code.matches("\\d{4}") ? sources.municipalities.findByCode(code).orElse(null) : null;
        if (m == null) {
            throw OParlException.notFound(request.getRequestURI());
        }
        return new BodyData(sources, objects, m, urls(request));
    }

    private List<BodyData> allBodies(Urls urls) {
        return sources.municipalities.listMunicipalities().stream()
                .map(m -> new BodyData(sources, objects, m, urls)).toList();
    }

    /**
     * The base URL as the client reached it: scheme, host and port from the request, or from the
     * {@code Forwarded} / {@code X-Forwarded-*} headers a reverse proxy sets (RFC 7239).
     */
    static Urls urls(HttpServletRequest request) {
        ServletServerHttpRequest server = new ServletServerHttpRequest(request);
        HttpHeaders headers = server.getHeaders();
        URI uri = ForwardedHeaderUtils.adaptFromForwardedHeaders(server.getURI(), headers)
                .replacePath(request.getContextPath()).replaceQuery(null).build().toUri();
        return new Urls(UriComponentsBuilder.fromUri(uri).path("/oparl/v1.1").build().toUriString());
    }
}
