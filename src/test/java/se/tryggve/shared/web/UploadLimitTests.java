package se.tryggve.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.testing.IntegrationTest;

/**
 * Issue 8, upload limits: an upload over the multipart limit (25 MB) is answered 413 with a Swedish text in the
 * format of its path — the problem on the API, GeoReport v2's error list on Open311, a page otherwise — and not a
 * bare 403 (the CSRF token unreadable in a refused multipart body), 413 or 500; for any upload endpoint, since the
 * answer comes before the request is routed.
 */
@IntegrationTest
@AutoConfigureMockMvc
class UploadLimitTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/cases/1/documents|application/problem+json|\"status\":413,\"detail\":\"Filen är för stor. En fil får vara högst 25 MB",
            "/cases/1/documents|text/html|<h1>Filen är för stor</h1>",
            "/incidents/1/photos|text/html|högst 25 MB",
            "/partner/reports|text/html|högst 25 MB",
            "/open311/v2/requests.json|application/json|[{\"code\":413,\"description\":\"Filen är för stor",
            "/open311/v2/requests.xml|text/xml|<errors><error><code>413</code>"})
    void aTooLargeUploadIsRefusedWithASwedishMessage(String path, String type, String text) throws Exception {
        byte[] body = new byte[26 * 1024 * 1024];
        MockHttpServletResponse r = mvc.perform(post(path).contentType("multipart/form-data; boundary=x").content(body))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(413);
        assertThat(r.getContentType()).startsWith(type);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains(text).doesNotContain("Exception");
        assertThat(r.getHeader("Content-Security-Policy")).as("the security headers stay").isNotNull();
    }
}
