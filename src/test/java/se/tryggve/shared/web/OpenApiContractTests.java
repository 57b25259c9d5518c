package se.tryggve.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.tryggve.testing.IntegrationTest;

/**
 * Pins the public JSON API: the sorted "METHOD path" list of every /api/v1 operation in
 * /v3/api-docs must equal src/test/resources/openapi/paths.txt. An endpoint added, removed or
 * renamed by accident fails the build; a deliberate change updates the file in the same commit.
 */
@IntegrationTest
@AutoConfigureMockMvc
class OpenApiContractTests {

    static final String PINNED = "openapi/paths.txt";
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Autowired
    MockMvc mvc;

    @Test
    void apiPathsAndMethodsAreThePinnedOnes() throws Exception {
        JsonNode doc = apiDocs();
        List<String> actual = new ArrayList<>();
        for (var path : doc.get("paths").properties()) {
            if (!path.getKey().startsWith("/api/v1")) {
                continue;
            }
            for (var op : path.getValue().properties()) {
                if (METHODS.contains(op.getKey())) {
                    actual.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        actual.sort(null);
        List<String> pinned = pinned();
        if (!actual.equals(pinned)) {
            Path written = Path.of("target", "openapi", "paths.txt");
            Files.createDirectories(written.getParent());
            Files.write(written, actual, StandardCharsets.UTF_8);
            List<String> added = new ArrayList<>(actual);
            added.removeAll(pinned);
            List<String> removed = new ArrayList<>(pinned);
            removed.removeAll(actual);
            fail("""
                    The /api/v1 endpoints differ from src/test/resources/%s.
                      new (not pinned): %s
                      gone (pinned):    %s
                    If the change is intended, copy the generated list over the pinned one and commit it:
                      cp %s src/test/resources/%s"""
                    .formatted(PINNED, added, removed, written, PINNED));
        }
    }

    @Test
    void infoNamesTheApiAndItsVersion() throws Exception {
        JsonNode info = apiDocs().get("info");
        assertThat(info.get("title").asString()).isEqualTo("Tryggve API");
        assertThat(info.get("version").asString()).isNotBlank();
        assertThat(info.get("description").asString()).contains("kommun").contains("municipality");
    }

    JsonNode apiDocs() throws Exception {
        String json = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(json);
    }

    static List<String> pinned() throws IOException {
        try (InputStream in = OpenApiContractTests.class.getClassLoader().getResourceAsStream(PINNED)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        }
    }
}
