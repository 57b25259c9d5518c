package se.tryggve.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.organisation.Municipalities;
import se.tryggve.security.Role;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

/**
 * A business rule that a page's controller does not turn into a form message is a 400 page with the rule's
 * Swedish message, never a 500 (found by the route test: an EST period that matches the route but does not
 * exist).
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class PageRuleViolationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Municipalities municipalities;

    @Test
    void aPeriodThatDoesNotExistIsA400PageWithTheRulesMessage() throws Exception {
        long m = municipalities.findByCode("0126").orElseThrow().id();
        MockHttpSession session = WebLogin.as(mvc, data.newUser(m, null, Role.SECURITY_COORDINATOR));
        mvc.perform(get("/est/2025-xyz").session(session))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString("Begäran kunde inte utföras")))
                .andExpect(content().string(containsString("Perioden 2025-xyz finns inte")));
        mvc.perform(get("/est/2025-W99").session(session))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Perioden 2025-W99 finns inte")));
        mvc.perform(get("/est/2025-xyz/pdf").session(session)).andExpect(status().isBadRequest());
        mvc.perform(get("/est/2025-xyz/hotspots.geojson").session(session)).andExpect(status().isBadRequest());
    }
}
