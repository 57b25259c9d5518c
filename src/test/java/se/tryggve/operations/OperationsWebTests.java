package se.tryggve.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.open311.ApiKeyInput;
import se.tryggve.open311.ApiKeys;
import se.tryggve.organisation.Municipalities;
import se.tryggve.security.Role;
import se.tryggve.shared.OperationalMetrics;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

/**
 * Issue 8, observability: who reads /actuator/prometheus, that it carries the HTTP timings, the
 * pool and Tryggve's own counters after they were exercised, the request id, and the
 * administrator's system page.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class OperationsWebTests {

    static final String ADMIN_PASSWORD = "test-admin-password-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ApiKeys keys;
    @Autowired
    Municipalities municipalities;

    String prometheus() throws Exception {
        return mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void prometheusIsForAdministratorsOnlyAndHealthIsOpen() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        long m = municipalities.findByCode("0126").orElseThrow().id();
        String reader = data.newUser(m, null, Role.READER);
        mvc.perform(get("/actuator/prometheus").with(httpBasic(reader, TestData.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env").with(httpBasic("admin", ADMIN_PASSWORD))).andExpect(status().is4xxClientError());
    }

    @Test
    void prometheusShowsHttpTimingsPoolAndTryggvesCounters() throws Exception {
        // Open311: one refused (no key) and one accepted report
        mvc.perform(post("/open311/v2/requests.json").param("service_code", "graffiti").param("lat", "59.2").param("long", "17.9"))
                .andExpect(status().isForbidden());
        var m = data.newMunicipality("Mätkommun");
        String key = keys.createKey(m.id(), new ApiKeyInput("Appen", "app@example.se")).key();
        mvc.perform(post("/open311/v2/requests.json").param("api_key", key).param("jurisdiction_id", m.code())
                        .param("service_code", "graffiti").param("address_string", "Storgatan 1, 141 85 Huddinge")
                        .param("attribute[offensive]", "no").param("attribute[surface]", "wall"))
                .andExpect(status().isOk());
        // the renderers count through the global registry, the one Spring Boot's registry is bound to
        OperationalMetrics.reportGenerated("followup-report", "pdf");
        OperationalMetrics.reminderSent("followup");

        String text = prometheus();
        assertThat(text).contains("tryggve_open311_requests_total{outcome=\"refused\"}")
                .contains("tryggve_open311_requests_total{outcome=\"accepted\"}")
                .contains("tryggve_reports_generated_total{format=\"pdf\",kind=\"followup-report\"}")
                .contains("tryggve_reminders_sent_total{kind=\"followup\"}")
                .contains("http_server_requests_seconds_count")
                .contains("hikaricp_connections_active");
        assertThat(text).doesNotContain("app@example.se").doesNotContain("Storgatan");
    }

    @Test
    void everyAnswerCarriesARequestIdAndASafeGivenOneIsKept() throws Exception {
        mvc.perform(get("/actuator/health").header("X-Request-Id", "lb-1234.abc")).andExpect(header().string("X-Request-Id", "lb-1234.abc"));
        String generated = mvc.perform(get("/actuator/health").header("X-Request-Id", "bad\r\nid"))
                .andReturn().getResponse().getHeader("X-Request-Id");
        assertThat(generated).matches("[0-9a-f-]{36}");
    }

    @Test
    void systemPageShowsVersionDatabaseFlywayJobsAndNoBackupForAdministratorsOnly() throws Exception {
        long m = municipalities.findByCode("0126").orElseThrow().id();
        String reader = data.newUser(m, null, Role.READER);
        MockHttpSession readerSession = WebLogin.as(mvc, reader);
        mvc.perform(get("/admin/system").session(readerSession)).andExpect(status().isForbidden());

        MockHttpSession admin = WebLogin.as(mvc, "admin", ADMIN_PASSWORD);
        String page = mvc.perform(get("/admin/system").session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Systemstatus").contains("Databasschemats version")
                .contains("AssessmentReminders.scheduled").contains("cron 0 5 7 * * *").contains("PoliceFeedSchedule.scheduled")
                .containsAnyOf("PostgreSQL", "H2")
                // the cluster's job locks (shared.JobLock, table job_lock) are listed from the database
                .contains("Jobblås i databasen");
        // the test database is in memory (H2) or PostgreSQL: Tryggve's own backup is refused with a message, not a 500
        mvc.perform(post("/api/v1/system/backups").with(httpBasic("admin", ADMIN_PASSWORD))).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/system/backups").with(httpBasic(reader, TestData.PASSWORD))).andExpect(status().isForbidden());
    }
}
