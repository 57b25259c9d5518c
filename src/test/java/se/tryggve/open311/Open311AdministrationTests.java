package se.tryggve.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.tryggve.security.Role;
import se.tryggve.testing.BadApiInput;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

/**
 * Api keys (created by administrators, shown once, stored hashed, revoked) and the configuration of
 * service definitions, through the JSON API and the pages under /admin/open311; audit entries.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, Open311Fixture.class})
class Open311AdministrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    Open311Fixture fixture;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    MockHttpServletResponse call(String user, MockHttpServletRequestBuilder r) throws Exception {
        MockHttpServletResponse res = mvc.perform(r.with(httpBasic(user, TestData.PASSWORD))).andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        return res;
    }

    static JsonNode json(MockHttpServletResponse res) throws Exception {
        return JSON.readTree(res.getContentAsString(StandardCharsets.UTF_8));
    }

    int postReport(Open311Fixture.World w, String key) throws Exception {
        return mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("api_key", key).param("jurisdiction_id", w.code()).param("service_code", "vandalism")
                .param("lat", "59.2").param("long", "17.9")).andReturn().getResponse().getStatus();
    }

    long audit(long m, String type, String action) {
        return jdbc.sql("select count(*) from audit_entry where municipality_id = :m and object_type = :t and action = :a")
                .param("m", m).param("t", type).param("a", action).query(Long.class).single();
    }

    @Test
    void administratorCreatesAKeyShownOnceStoredHashedAndRevokesIt() throws Exception {
        var w = fixture.world();
        MockHttpServletResponse created = call(w.admin(), post("/api/v1/open311/keys").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Trygg i Huddinge\", \"contact\": \"app@example.se\"}"));
        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode body = json(created);
        String key = body.get("key").asString();
        long id = body.get("info").get("id").asLong();
        assertThat(key).hasSizeGreaterThanOrEqualTo(40);
        assertThat(body.get("info").get("keyPrefix").asString()).isEqualTo(key.substring(0, 8));
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/open311/keys/" + id);

        // the key itself is nowhere: not in the list, not in the table, not in the audit log
        String list = call(w.admin(), get("/api/v1/open311/keys")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("Trygg i Huddinge").doesNotContain(key);
        String stored = jdbc.sql("select key_hash from open311_api_key where id = :id").param("id", id).query(String.class).single();
        assertThat(stored).isEqualTo(ApiKeys.hash(key)).isNotEqualTo(key);
        assertThat(jdbc.sql("select count(*) from audit_entry where changes like :k").param("k", "%" + key + "%")
                .query(Long.class).single()).isZero();
        assertThat(audit(w.municipality().id(), "Open311ApiKey", "created")).isEqualTo(2);

        assertThat(postReport(w, key)).isEqualTo(200);
        // each POST writes its audit entry (the incidents module's StateChanged)
        assertThat(jdbc.sql("select count(*) from audit_entry where municipality_id = :m and object_type = 'Incident'")
                .param("m", w.municipality().id()).query(Long.class).single()).isEqualTo(1);

        MockHttpServletResponse revoked = call(w.admin(), post("/api/v1/open311/keys/" + id + "/revoke"));
        assertThat(revoked.getStatus()).isEqualTo(200);
        assertThat(json(revoked).get("revokedAt").isNull()).isFalse();
        assertThat(postReport(w, key)).isEqualTo(403);
        assertThat(audit(w.municipality().id(), "Open311ApiKey", "revoked")).isEqualTo(1);
        assertThat(call(w.admin(), post("/api/v1/open311/keys/" + id + "/revoke")).getStatus()).isEqualTo(400);
        // the other key still works
        assertThat(postReport(w, w.key())).isEqualTo(200);
    }

    @Test
    void onlyAdministratorsManageKeysAndOtherMunicipalitiesKeysAreNotFound() throws Exception {
        var w = fixture.world();
        String coordinator = data.newUser(w.municipality().id(), null, Role.SECURITY_COORDINATOR);
        assertThat(call(coordinator, get("/api/v1/open311/keys")).getStatus()).isEqualTo(403);
        assertThat(call(coordinator, post("/api/v1/open311/keys").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"x\"}")).getStatus()).isEqualTo(403);
        assertThat(call(coordinator, post("/api/v1/open311/keys/" + w.keyId() + "/revoke")).getStatus()).isEqualTo(403);
        var other = fixture.world();
        assertThat(call(other.admin(), post("/api/v1/open311/keys/" + w.keyId() + "/revoke")).getStatus()).isEqualTo(404);
        assertThat(call(other.admin(), get("/api/v1/open311/keys/" + w.keyId())).getStatus()).isEqualTo(404);
        assertThat(postReport(w, w.key())).isEqualTo(200);
    }

    @Test
    void badKeyInputIsAProblem() throws Exception {
        for (BadApiInput bad : List.of(
                BadApiInput.json("no name", HttpMethod.POST, "/api/v1/open311/keys", "{\"contact\": \"x\"}"),
                BadApiInput.json("blank name", HttpMethod.POST, "/api/v1/open311/keys", "{\"name\": \"  \"}"),
                BadApiInput.json("long name", HttpMethod.POST, "/api/v1/open311/keys", "{\"name\": \"" + BadApiInput.text(101) + "\"}"),
                BadApiInput.json("long contact", HttpMethod.POST, "/api/v1/open311/keys",
                        "{\"name\": \"a\", \"contact\": \"" + BadApiInput.text(201) + "\"}"),
                BadApiInput.json("not json", HttpMethod.POST, "/api/v1/open311/keys", "{"),
                BadApiInput.json("unknown key", HttpMethod.POST, "/api/v1/open311/keys/999999/revoke", null),
                BadApiInput.json("unknown service", HttpMethod.PUT, "/api/v1/open311/services/no-such", "{}"),
                BadApiInput.json("bad type", HttpMethod.PUT, "/api/v1/open311/services/graffiti", "{\"type\": \"sometimes\"}"),
                BadApiInput.json("bad datatype", HttpMethod.PUT, "/api/v1/open311/services/graffiti",
                        "{\"attributes\": [{\"code\": \"a\", \"datatype\": \"colour\", \"description\": \"?\"}]}"),
                BadApiInput.json("list without values", HttpMethod.PUT, "/api/v1/open311/services/graffiti",
                        "{\"attributes\": [{\"code\": \"a\", \"datatype\": \"singlevaluelist\", \"description\": \"?\"}]}"),
                BadApiInput.json("values on a number", HttpMethod.PUT, "/api/v1/open311/services/graffiti",
                        "{\"attributes\": [{\"code\": \"a\", \"datatype\": \"number\", \"description\": \"?\", \"values\": [{\"key\": \"1\", \"name\": \"1\"}]}]}"),
                BadApiInput.json("duplicate codes", HttpMethod.PUT, "/api/v1/open311/services/graffiti",
                        "{\"attributes\": [{\"code\": \"a\", \"datatype\": \"text\", \"description\": \"?\"}, {\"code\": \"a\", \"datatype\": \"text\", \"description\": \"?\"}]}"),
                BadApiInput.json("bad code", HttpMethod.PUT, "/api/v1/open311/services/graffiti",
                        "{\"attributes\": [{\"code\": \"a b\", \"datatype\": \"text\", \"description\": \"?\"}]}"),
                BadApiInput.json("no description", HttpMethod.PUT, "/api/v1/open311/services/graffiti",
                        "{\"attributes\": [{\"code\": \"a\", \"datatype\": \"text\"}]}"))) {
            bad.fire(mvc);
        }
    }

    @Test
    void coordinatorConfiguresAServiceDefinitionThatClientsSee() throws Exception {
        var w = fixture.world();
        String coordinator = data.newUser(w.municipality().id(), null, Role.SECURITY_COORDINATOR);
        String reader = data.newUser(w.municipality().id(), null, Role.READER);
        assertThat(call(reader, get("/api/v1/open311/services")).getStatus()).isEqualTo(403);
        JsonNode defaults = json(call(coordinator, get("/api/v1/open311/services/vandalism")));
        assertThat(defaults.get("configured").asBoolean()).isFalse();

        MockHttpServletResponse saved = call(coordinator, put("/api/v1/open311/services/vandalism").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"type": "realtime", "keywords": "glas, bänk", "group": "Skador",
                         "attributes": [
                           {"code": "note", "variable": false, "datatype": "text", "description": "Ring 112 vid fara.", "order": 1},
                           {"code": "parts", "datatype": "multivaluelist", "required": true, "description": "Vad är trasigt?", "order": 2,
                            "values": [{"key": "glass", "name": "Glas"}, {"key": "bench", "name": "Bänk"}]},
                           {"code": "seen", "datatype": "datetime", "description": "När såg du det?", "order": 3}
                         ]}"""));
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(200);
        assertThat(json(saved).get("configured").asBoolean()).isTrue();
        assertThat(audit(w.municipality().id(), "Open311Service", "created")).isEqualTo(1);

        JsonNode def = json(mvc.perform(get("/open311/v2/services/vandalism.json").param("jurisdiction_id", w.code()))
                .andReturn().getResponse());
        assertThat(def.get("attributes").findValuesAsString("code")).containsExactly("note", "parts", "seen");
        assertThat(def.get("attributes").get(0).get("variable").asBoolean()).isFalse();
        assertThat(def.get("attributes").get(1).get("datatype").asString()).isEqualTo("multivaluelist");

        MockHttpServletRequestBuilder report = post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("api_key", w.key()).param("jurisdiction_id", w.code()).param("service_code", "vandalism")
                .param("lat", "59.2").param("long", "17.9");
        assertThat(mvc.perform(report).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(report.param("attribute[parts][]", "glass", "bench").param("attribute[seen]", "2026-12-01T10:00:00+01:00"))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        String value = jdbc.sql("""
                select a.attribute_value from incident_attribute a join incident i on i.id = a.incident_id
                 where i.municipality_id = :m and a.code = 'parts'""").param("m", w.municipality().id()).query(String.class).single();
        assertThat(value).isEqualTo("glass,bench");

        // a second save replaces the definition
        assertThat(call(coordinator, put("/api/v1/open311/services/vandalism").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"blackbox\"}")).getStatus()).isEqualTo(200);
        JsonNode list = json(mvc.perform(get("/open311/v2/services.json").param("jurisdiction_id", w.code())).andReturn().getResponse());
        JsonNode vandalism = list.get(2);
        assertThat(vandalism.get("type").asString()).isEqualTo("blackbox");
        assertThat(vandalism.get("metadata").asBoolean()).isFalse();
        assertThat(audit(w.municipality().id(), "Open311Service", "updated")).isEqualTo(1);
    }

    @Test
    void keysPageCreatesShowsTheKeyOnceAndRevokes() throws Exception {
        var w = fixture.world();
        MockHttpSession session = WebLogin.as(mvc, w.admin());
        MockHttpServletResponse page = mvc.perform(get("/admin/open311").session(session)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("API-nycklar för Open311", "Felanmälan-appen");

        var created = mvc.perform(post("/admin/open311/keys").session(session).with(csrf()).param("name", "Stadsappen")
                .param("contact", "stadsappen@example.se")).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/open311");
        NewApiKey newKey = (NewApiKey) created.getFlashMap().get("newKey");
        assertThat(newKey.info().name()).isEqualTo("Stadsappen");
        assertThat(postReport(w, newKey.key())).isEqualTo(200);

        // a name already used is shown beside the field
        String again = mvc.perform(post("/admin/open311/keys").session(session).with(csrf()).param("name", "Stadsappen"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("Det finns redan en nyckel med det namnet.");

        var revoked = mvc.perform(post("/admin/open311/keys/" + newKey.info().id() + "/revoke").session(session).with(csrf())).andReturn();
        assertThat(revoked.getResponse().getRedirectedUrl()).isEqualTo("/admin/open311");
        assertThat(postReport(w, newKey.key())).isEqualTo(403);

        String coordinator = data.newUser(w.municipality().id(), null, Role.SECURITY_COORDINATOR);
        MockHttpSession cs = WebLogin.as(mvc, coordinator);
        assertThat(mvc.perform(get("/admin/open311").session(cs)).andReturn().getResponse().getStatus()).isEqualTo(403);
        MockHttpServletResponse services = mvc.perform(get("/admin/open311/services").session(cs)).andReturn().getResponse();
        assertThat(services.getStatus()).isEqualTo(200);
        assertThat(services.getContentAsString(StandardCharsets.UTF_8)).contains("Klotter", "graffiti-offensive", "Vad är klottrat?");
    }
}
