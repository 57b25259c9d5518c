package se.tryggve.oparl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small OParl client for the tests: fetches URLs through MockMvc (ids are full URLs on
 * {@code http://localhost}), checks every object against the rules of OParl 1.1 written down here from
 * the specification's text (types of the properties, mandatory ones, created/modified), and walks every
 * URL an answer contains.
 */
class OParlClient {

    static final String PREFIX = "https://schema.oparl.org/1.1/";
    static final String HOST = "http://localhost";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");
    static final Pattern PHONE = Pattern.compile("(\\+46|\\b0)\\d[\\d \\-]{6,}\\d");

    /**
     * The properties of each type and their JSON kinds, from the OParl 1.1 specification (chapter
     * "Schema"): url, string, date (YYYY-MM-DD), datetime (with offset), int, bool, urls (array of
     * urls), strings, object (an embedded object), objects (array of embedded objects). A property
     * outside this table must carry a vendor prefix ("tryggve:").
     */
    static final Map<String, Map<String, String>> PROPERTIES = Map.ofEntries(
            type("System", "oparlVersion:string otherOparlVersions:urls license:url body:url name:string "
                    + "contactEmail:string contactName:string website:url vendor:url product:url"),
            type("Body", "system:url shortName:string name:string website:url license:url licenseValidSince:datetime "
                    + "oparlSince:datetime ags:string rgs:string equivalent:urls contactEmail:string contactName:string "
                    + "organization:url person:url meeting:url paper:url legislativeTerm:objects agendaItem:url "
                    + "consultation:url file:url locationList:url legislativeTermList:url membership:url "
                    + "classification:string location:object mainOrganization:url"),
            type("LegislativeTerm", "body:url name:string startDate:date endDate:date"),
            type("Organization", "body:url name:string membership:urls meeting:url consultation:url shortName:string "
                    + "post:strings subOrganizationOf:url organizationType:string classification:string startDate:date "
                    + "endDate:date website:url location:object externalBody:url memberCount:int votingMemberCount:int"),
            type("Person", "body:url name:string familyName:string givenName:string formOfAddress:string affix:string "
                    + "title:strings gender:string phone:strings email:strings location:url locationObject:object "
                    + "status:strings membership:objects image:object life:string lifeSource:string"),
            type("Membership", "person:url organization:url role:string votingRight:bool startDate:date endDate:date "
                    + "onBehalfOf:url"),
            type("Meeting", "name:string meetingState:string cancelled:bool start:datetime end:datetime location:object "
                    + "organization:urls participant:urls invitation:object resultsProtocol:object "
                    + "verbatimProtocol:object auxiliaryFile:objects agendaItem:objects"),
            type("AgendaItem", "meeting:url number:string order:int name:string public:bool consultation:url "
                    + "result:string resolutionText:string resolutionFile:object auxiliaryFile:objects start:datetime "
                    + "end:datetime"),
            type("Paper", "body:url name:string reference:string date:date paperType:string relatedPaper:urls "
                    + "superordinatedPaper:urls subordinatedPaper:urls mainFile:object auxiliaryFile:objects "
                    + "location:objects originatorPerson:urls underDirectionOf:urls originatorOrganization:urls "
                    + "consultation:objects"),
            type("Consultation", "paper:url agendaItem:url meeting:url organization:urls authoritative:bool role:string"),
            type("File", "name:string fileName:string mimeType:string date:date size:int sha1Checksum:string "
                    + "sha512Checksum:string text:string accessUrl:url downloadUrl:url externalServiceUrl:url "
                    + "masterFile:url derivativeFile:urls fileLicense:url meeting:urls agendaItem:urls person:url "
                    + "paper:urls"),
            type("Location", "description:string geojson:object streetAddress:string room:string postalCode:string "
                    + "subLocality:string locality:string bodies:urls organizations:urls persons:urls meetings:urls "
                    + "papers:urls"));

    /** Mandatory by the schemas besides id and type; created and modified are mandatory by the text. */
    static final Map<String, List<String>> REQUIRED = Map.of(
            "System", List.of("oparlVersion", "body"),
            "Body", List.of("name", "organization", "person", "meeting", "paper", "legislativeTerm"),
            "AgendaItem", List.of("order"),
            "File", List.of("accessUrl"));

    private static Map.Entry<String, Map<String, String>> type(String name, String spec) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("id", "url");
        props.put("type", "string");
        props.put("license", "string");
        props.put("keyword", "strings");
        props.put("created", "datetime");
        props.put("modified", "datetime");
        props.put("web", "url");
        props.put("deleted", "bool");
        for (String p : spec.split(" ")) {
            String[] kv = p.split(":");
            props.put(kv[0], kv[1]);
        }
        return Map.entry(name, props);
    }

    private final MockMvc mvc;

    OParlClient(MockMvc mvc) {
        this.mvc = mvc;
    }

    MockHttpServletResponse fetch(String url) throws Exception {
        MockHttpServletResponse res = mvc.perform(get(URI.create(url.startsWith("http") ? url : HOST + url)))
                .andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        return res;
    }

    JsonNode json(String url) throws Exception {
        MockHttpServletResponse res = fetch(url);
        assertThat(res.getStatus()).as(url).isEqualTo(200);
        assertThat(res.getContentType()).as(url).isEqualToIgnoringCase("application/json;charset=utf-8");
        return JSON.readTree(res.getContentAsString(StandardCharsets.UTF_8));
    }

    /** What a walk saw: every URL fetched, every object by type, every answer's text. */
    static class Walk {
        final Set<String> urls = new LinkedHashSet<>();
        final Map<String, List<JsonNode>> objects = new LinkedHashMap<>();
        final List<String> bodies = new ArrayList<>();
    }

    /** Fetches the entry point and every URL any answer contains, each once; all must answer 200. */
    Walk walk(String start, Consumer<MockHttpServletResponse> eachResponse) throws Exception {
        Walk w = new Walk();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String url = queue.poll();
            if (!w.urls.add(url)) {
                continue;
            }
            MockHttpServletResponse res = fetch(url);
            assertThat(res.getStatus()).as("GET " + url).isEqualTo(200);
            eachResponse.accept(res);
            if (!res.getContentType().startsWith("application/json")) {
                // a File's accessUrl shows the PDF, its downloadUrl sends it as an attachment (OParl 1.1, File)
                assertThat(res.getContentType()).as(url).startsWith("application/pdf");
                assertThat(new String(res.getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).as(url)
                        .isEqualTo("%PDF-");
                assertThat(res.getHeader("Content-Disposition")).as(url)
                        .startsWith(url.endsWith("/download") ? "attachment" : "inline");
                continue;
            }
            String body = res.getContentAsString(StandardCharsets.UTF_8);
            w.bodies.add(body);
            JsonNode node = JSON.readTree(body);
            collect(node, w, queue, url);
        }
        return w;
    }

    private void collect(JsonNode node, Walk w, Deque<String> queue, String where) {
        if (node.isObject()) {
            JsonNode type = node.get("type");
            if (type != null && type.isString() && type.asString().startsWith(PREFIX)) {
                String t = type.asString().substring(PREFIX.length());
                check(node, t, where);
                w.objects.computeIfAbsent(t, k -> new ArrayList<>()).add(node);
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getKey().equals("type")) {
                    collect(e.getValue(), w, queue, where);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, w, queue, where));
        } else if (node.isString() && node.asString().startsWith(HOST + "/")) {
            queue.add(node.asString());
        }
    }

    /** One object against the specification: type, mandatory properties, each property's JSON kind. */
    static void check(JsonNode o, String type, String where) {
        String at = where + " " + (o.has("id") ? o.get("id").asString() : "?");
        assertThat(PROPERTIES).as(at).containsKey(type);
        assertThat(o.get("id").isString()).as(at + " id").isTrue();
        if (o.has("deleted") && o.get("deleted").asBoolean()) {
            assertThat(o.get("deleted").isBoolean()).isTrue();
            kind(o, "created", "datetime", at);
            kind(o, "modified", "datetime", at);
            return;
        }
        for (String required : REQUIRED.getOrDefault(type, List.of())) {
            assertThat(o.has(required)).as(at + " must have " + required).isTrue();
        }
        assertThat(o.has("created")).as(at + " created").isTrue();
        assertThat(o.has("modified")).as(at + " modified").isTrue();
        Map<String, String> props = PROPERTIES.get(type);
        for (Map.Entry<String, JsonNode> e : o.properties()) {
            String kind = props.get(e.getKey());
            if (kind == null) {
                assertThat(e.getKey()).as(at + ": a property outside the standard needs a vendor prefix")
                        .startsWith("tryggve:");
                continue;
            }
            kind(o, e.getKey(), kind, at);
        }
    }

    private static void kind(JsonNode o, String name, String kind, String at) {
        JsonNode v = o.get(name);
        String as = at + "." + name;
        switch (kind) {
            case "url" -> assertThat(v.isString() && v.asString().matches("https?://.+")).as(as).isTrue();
            case "string" -> assertThat(v.isString()).as(as).isTrue();
            case "date" -> assertThat(v.isString() && v.asString().matches("\\d{4}-\\d{2}-\\d{2}")).as(as).isTrue();
            case "datetime" -> {
                assertThat(v.isString()).as(as).isTrue();
                OffsetDateTime.parse(v.asString()); // with an offset, as the specification requires
            }
            case "int" -> assertThat(v.isIntegralNumber()).as(as).isTrue();
            case "bool" -> assertThat(v.isBoolean()).as(as).isTrue();
            case "object" -> assertThat(v.isObject()).as(as).isTrue();
            case "urls", "strings", "objects" -> {
                assertThat(v.isArray()).as(as).isTrue();
                v.forEach(x -> {
                    switch (kind) {
                        case "urls" -> assertThat(x.isString() && x.asString().matches("https?://.+")).as(as).isTrue();
                        case "strings" -> assertThat(x.isString()).as(as).isTrue();
                        default -> assertThat(x.isObject()).as(as).isTrue();
                    }
                });
            }
            default -> throw new IllegalStateException(kind);
        }
    }
}
