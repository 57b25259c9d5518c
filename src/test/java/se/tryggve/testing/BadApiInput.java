package se.tryggve.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One bad request to the JSON API and what every such request must get: a 4xx RFC 7807 problem,
 * never a 500 and never a success. Used by each module's parameterised bad-input test.
 */
public record BadApiInput(String name, HttpMethod method, String path, String contentType, String body) {

    /** The installation's administrator, who may do everything: refusals then come from the input alone. */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password-1";

    public static BadApiInput json(String name, HttpMethod method, String path, String body) {
        return new BadApiInput(name, method, path, MediaType.APPLICATION_JSON_VALUE, body);
    }

    public static BadApiInput get(String name, String path) {
        return new BadApiInput(name, HttpMethod.GET, path, null, null);
    }

    /** A text of the given length, one character beyond a column's size when length = size + 1. */
    public static String text(int length) {
        return "x".repeat(length);
    }

    public MockHttpServletResponse fire(MockMvc mvc) throws Exception {
        MockHttpServletRequestBuilder b = request(method, path).with(httpBasic(ADMIN, ADMIN_PASSWORD));
        if (contentType != null) {
            b.contentType(contentType);
        }
        if (body != null) {
            b.content(body);
        }
        MockHttpServletResponse response = mvc.perform(b).andReturn().getResponse();
        assertThat(response.getStatus()).as(name + " → status").isBetween(400, 499);
        assertThat(response.getContentType()).as(name + " → content type").startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        return response;
    }

    @Override
    public String toString() {
        return name;
    }
}
