package se.tryggve.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Logs a user in through the real form login and returns the session, for page tests:
 * {@code mvc.perform(get("/programmes").session(WebLogin.as(mvc, user)))}; POSTs also need
 * {@code .with(csrf())}.
 */
public final class WebLogin {

    private WebLogin() {
    }

    public static MockHttpSession as(MockMvc mvc, String username) throws Exception {
        return as(mvc, username, TestData.PASSWORD);
    }

    public static MockHttpSession as(MockMvc mvc, String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);
    }
}
