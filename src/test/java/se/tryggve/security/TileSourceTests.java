package se.tryggve.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The incident map's tile server becomes an img-src of the Content-Security-Policy, and nothing else does. */
class TileSourceTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://tile.openstreetmap.org/{z}/{x}/{y}.png|https://tile.openstreetmap.org",
            "https://{s}.tile.example.se:8443/wmts/{z}/{x}/{y}.png|https://*.tile.example.se:8443",
            "''|''",
            "javascript:alert(1)|''",
            "https://evil.example; script-src *|''"})
    void tileServerOriginOnly(String url, String expected) {
        // the source comes with its leading space, ready to append to "img-src 'self' data:"
        assertThat(SecurityConfig.tileSource(url)).isEqualTo(expected.isEmpty() ? "" : " " + expected);
    }
}
