package se.tryggve.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

import se.tryggve.organisation.Municipalities;
import se.tryggve.organisation.SettingsInput;
import se.tryggve.security.Role;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/**
 * The public answers are rendered once and served from memory for anonymous visitors until a change commits:
 * a change through a use case is public at once, a row written behind the application's back only after the
 * time to live; logged-in users and other languages get their own answers; a repeat visit gets 304.
 */
@IntegrationTest(properties = {"tryggve.publication.cache.enabled=true", "tryggve.publication.cache.time-to-live=PT1H"})
@AutoConfigureMockMvc
@Import(TestData.class)
class PublicResponseCacheTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired Municipalities municipalities;
    @Autowired PublicResponseCache cache;

    MockHttpServletResponse fetch(MockHttpServletRequestBuilder r) throws Exception {
        MockHttpServletResponse res = mvc.perform(r).andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        return res;
    }

    @Test
    void aChangeThroughAUseCaseIsPublicAtOnceAndNothingElseIsSeenUntilThen() throws Exception {
        var mu = data.newMunicipality("Cachekommun");
        String url = "/kommun/" + mu.code();
        assertThat(fetch(get(url)).getContentAsString()).contains("Cachekommun");
        // behind the application's back: the cached page stays as it was
        jdbc.sql("update municipality set name = 'Bakvägskommun' where id = :id").param("id", mu.id()).update();
        assertThat(fetch(get(url)).getContentAsString()).contains("Cachekommun").doesNotContain("Bakvägskommun");
        // a use case publishes StateChanged: the cache is emptied after the commit
        var current = municipalities.find(mu.id()).orElseThrow();
        SettingsInput settings = new SettingsInput();
        settings.setJudgementScale(current.judgement());
        settings.setParagraphNumbering(current.numbering());
        municipalities.updateMunicipalitySettings(mu.id(), current.version(), settings);
        assertThat(fetch(get(url)).getContentAsString()).contains("Bakvägskommun");
    }

    @Test
    void aRepeatVisitGets304AndLanguagesAreKeptApart() throws Exception {
        var mu = data.newMunicipality("Etagkommun");
        String url = "/kommun/" + mu.code();
        MockHttpServletResponse first = fetch(get(url));
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        MockHttpServletResponse again = fetch(get(url).header("If-None-Match", etag));
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        MockHttpServletResponse english = fetch(get(url).cookie(new Cookie("tryggve-lang", "en")));
        assertThat(english.getContentAsString()).contains("lang=\"en\"");
        assertThat(fetch(get(url)).getContentAsString()).contains("lang=\"sv\"");
    }

    @Test
    void aLoggedInVisitorAndErrorsAreNeverCached() throws Exception {
        var mu = data.newMunicipality("Inloggadkommun");
        String user = data.newUser(mu.id(), null, Role.READER);
        cache.invalidate();
        fetch(get("/kommun/" + mu.code()).with(httpBasic(user, TestData.PASSWORD)));
        fetch(get("/kommun/9999"));
        assertThat(cache.size()).isZero();
        fetch(get("/kommun/" + mu.code()));
        assertThat(cache.size()).isEqualTo(1);
    }
}
