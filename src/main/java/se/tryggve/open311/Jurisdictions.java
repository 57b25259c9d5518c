package se.tryggve.open311;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import se.tryggve.organisation.Municipalities;
import se.tryggve.organisation.Municipalities.Municipality;

/**
 * Maps GeoReport v2's {@code jurisdiction_id} to a municipality. The specification makes it required
 * only where one endpoint serves several jurisdictions: an installation with one municipality accepts
 * requests without it. It is the municipality's code (SCB, e.g. "0126") or the municipality's own
 * Open311 jurisdiction setting (e.g. "huddinge.se"). The list of municipalities is short and changes
 * rarely; it is cached for a minute so that a request does not ask the database for it.
 */
@Component
class Jurisdictions {

    private static final long CACHE_NANOS = 60_000_000_000L;

    private record Cached(List<Municipality> all, long loadedAtNanos) {
    }

    private final Municipalities municipalities;
    private volatile Cached cached;

    Jurisdictions(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    /** The municipality a request concerns; 400 when it must be named and is not, 404 when unknown. */
    Municipality resolve(String jurisdictionId) {
        List<Municipality> all = all();
        if (jurisdictionId == null || jurisdictionId.isBlank()) {
            if (all.size() == 1) {
                return all.get(0);
            }
            throw new Open311Exception(HttpStatus.BAD_REQUEST, "open311.error.jurisdiction.required");
        }
        Municipality m = find(all, jurisdictionId.trim());
        if (m == null) {
            // a municipality created since the list was cached
            cached = null;
            m = find(all(), jurisdictionId.trim());
        }
        if (m == null) {
            throw new Open311Exception(HttpStatus.NOT_FOUND, "open311.error.jurisdiction.unknown", jurisdictionId.trim());
        }
        return m;
    }

    /** The municipality of an api key; a jurisdiction_id given must name the same one. */
    Municipality forKey(long keyMunicipalityId, String jurisdictionId) {
        Municipality m = byId(keyMunicipalityId);
        if (jurisdictionId != null && !jurisdictionId.isBlank()) {
            Municipality named = resolve(jurisdictionId);
            if (named.id() != m.id()) {
                throw new Open311Exception(HttpStatus.FORBIDDEN, "open311.error.apiKey.otherJurisdiction");
            }
        }
        return m;
    }

    Municipality byId(long id) {
        for (Municipality m : all()) {
            if (m.id() == id) {
                return m;
            }
        }
        cached = null;
        return municipalities.find(id).orElseThrow(() -> new Open311Exception(HttpStatus.FORBIDDEN, "open311.error.apiKey.invalid"));
    }

    private static Municipality find(List<Municipality> all, String id) {
        for (Municipality m : all) {
            if (m.code().equals(id) || (m.open311Jurisdiction() != null
                    && m.open311Jurisdiction().toLowerCase(Locale.ROOT).equals(id.toLowerCase(Locale.ROOT)))) {
                return m;
            }
        }
        return null;
    }

    private List<Municipality> all() {
        Cached c = cached;
        if (c == null || System.nanoTime() - c.loadedAtNanos() > CACHE_NANOS) {
            c = new Cached(municipalities.listMunicipalities(), System.nanoTime());
            cached = c;
        }
        return c.all();
    }
}
