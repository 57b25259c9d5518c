package se.tryggve.publicdata;

import java.net.URI;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.organisation.Municipalities;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.shared.StateChanged;

/**
 * The per-municipality settings of public data, with the installation's defaults
 * ({@code tryggve.publicdata.police-url}, {@code deso-url}, {@code regso-url}, {@code kolada-url}, {@code contact})
 * behind every blank value.
 */
@Service
public class PublicDataSettingsService {

    /** The feed's rules allow one call per 10 s; a schedule more often than every 10 minutes is not needed. */
    static final int MIN_INTERVAL_MINUTES = 10;

    private final JdbcClient jdbc;
    private final Municipalities municipalities;
    private final ApplicationEventPublisher events;
    private final String defaultPoliceUrl;
    private final String defaultDesoUrl;
    private final String defaultRegsoUrl;
    private final String defaultKoladaUrl;
    private final String defaultContact;

    PublicDataSettingsService(JdbcClient jdbc, Municipalities municipalities, ApplicationEventPublisher events,
                              @Value("${tryggve.publicdata.police-url:https://polisen.se/api/events}") String policeUrl,
                              @Value("${tryggve.publicdata.deso-url:}") String desoUrl,
                              @Value("${tryggve.publicdata.regso-url:}") String regsoUrl,
                              @Value("${tryggve.publicdata.kolada-url:https://api.kolada.se/v3}") String koladaUrl,
                              @Value("${tryggve.publicdata.contact:}") String contact) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.events = events;
        this.defaultPoliceUrl = blankToNull(policeUrl);
        this.defaultDesoUrl = blankToNull(desoUrl);
        this.defaultRegsoUrl = blankToNull(regsoUrl);
        this.defaultKoladaUrl = blankToNull(koladaUrl);
        this.defaultContact = blankToNull(contact);
    }

    /** The stored settings (blank where the default applies), or all defaults when none are stored. */
    @Transactional(readOnly = true)
    public PublicDataSettings settings(long m) {
        return jdbc.sql("""
                select police_url, police_location, contact, scheduled_fetch, fetch_interval_minutes, deso_url, regso_url,
                       kolada_url, kolada_kpis, kolada_comparison, version from publicdata_settings where municipality_id = :m""")
                .param("m", m).query((rs, n) -> new PublicDataSettings(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getLong(11))).optional()
                .orElse(new PublicDataSettings(null, null, null, false, 60, null, null, null, null, "0000", -1));
    }

    /** Saves the settings (creates them on the first save; version -1 = none stored yet). */
    @Transactional
    public PublicDataSettings updateSettings(long m, long expectedVersion, PublicDataSettings in) {
        municipalities.find(m).orElseThrow(() -> new NotFoundException("Municipality", m));
        PublicDataSettings before = settings(m);
        if (before.version() != expectedVersion) {
            throw new StaleVersionException("PublicDataSettings", m);
        }
        String police = url("policeUrl", in.policeUrl());
        String deso = url("desoUrl", in.desoUrl());
        String regso = url("regsoUrl", in.regsoUrl());
        String kolada = url("koladaUrl", in.koladaUrl());
        String location = limited("policeLocation", in.policeLocation(), 100);
        String contact = limited("contact", in.contact(), 200);
        if (in.fetchIntervalMinutes() < MIN_INTERVAL_MINUTES || in.fetchIntervalMinutes() > 7 * 24 * 60) {
            throw new RuleViolationException("fetchIntervalMinutes", "publicdata.settings.intervalInvalid", MIN_INTERVAL_MINUTES);
        }
        String kpis = kpis(in.koladaKpis());
        String comparison = blankToNull(in.koladaComparison()) == null ? "0000" : in.koladaComparison().strip();
        if (!comparison.matches("[0-9A-Za-z_]{1,20}")) {
            throw new RuleViolationException("koladaComparison", "publicdata.settings.comparison");
        }
        int rows = before.version() < 0
                ? jdbc.sql("""
                        insert into publicdata_settings (municipality_id, police_url, police_location, contact, scheduled_fetch,
                               fetch_interval_minutes, deso_url, regso_url, kolada_url, kolada_kpis, kolada_comparison, version)
                        values (:m, :pu, :pl, :c, :s, :i, :d, :r, :k, :kk, :kc, 0)""")
                        .param("m", m).param("pu", police).param("pl", location).param("c", contact).param("s", in.scheduledFetch())
                        .param("i", in.fetchIntervalMinutes()).param("d", deso).param("r", regso).param("k", kolada)
                        .param("kk", kpis).param("kc", comparison).update()
                : jdbc.sql("""
                        update publicdata_settings set police_url = :pu, police_location = :pl, contact = :c, scheduled_fetch = :s,
                               fetch_interval_minutes = :i, deso_url = :d, regso_url = :r, kolada_url = :k, kolada_kpis = :kk,
                               kolada_comparison = :kc, version = version + 1
                         where municipality_id = :m and version = :v""")
                        .param("m", m).param("pu", police).param("pl", location).param("c", contact).param("s", in.scheduledFetch())
                        .param("i", in.fetchIntervalMinutes()).param("d", deso).param("r", regso).param("k", kolada)
                        .param("kk", kpis).param("kc", comparison).param("v", expectedVersion).update();
        if (rows != 1) {
            throw new StaleVersionException("PublicDataSettings", m);
        }
        PublicDataSettings after = settings(m);
        events.publishEvent(StateChanged.of(m, "PublicDataSettings", m, "updated")
                .field("policeUrl", before.policeUrl(), after.policeUrl())
                .field("policeLocation", before.policeLocation(), after.policeLocation())
                .field("contact", before.contact(), after.contact())
                .field("scheduledFetch", before.scheduledFetch(), after.scheduledFetch())
                .field("fetchIntervalMinutes", before.fetchIntervalMinutes(), after.fetchIntervalMinutes())
                .field("desoUrl", before.desoUrl(), after.desoUrl()).field("regsoUrl", before.regsoUrl(), after.regsoUrl())
                .field("koladaUrl", before.koladaUrl(), after.koladaUrl()).field("koladaKpis", before.koladaKpis(), after.koladaKpis())
                .field("koladaComparison", before.koladaComparison(), after.koladaComparison()).build());
        return after;
    }

    /** The feed URL to call: the setting or the default, with {@code locationname} added when a location is set. */
    URI policeFeedUrl(long m) {
        PublicDataSettings s = settings(m);
        String base = s.policeUrl() != null ? s.policeUrl() : defaultPoliceUrl;
        if (base == null) {
            throw new RuleViolationException("url", "publicdata.url.notConfigured");
        }
        String location = policeLocation(m);
        String q = "locationname=" + java.net.URLEncoder.encode(location, java.nio.charset.StandardCharsets.UTF_8);
        return URI.create(base.contains("?") ? base + "&" + q : base + "?" + q);
    }

    /** The police's name of the place: the setting, else the municipality's name without "kommun". */
    String policeLocation(long m) {
        PublicDataSettings s = settings(m);
        if (s.policeLocation() != null) {
            return s.policeLocation();
        }
        String name = municipalities.find(m).orElseThrow(() -> new NotFoundException("Municipality", m)).name();
        return name.replaceAll("(?i)\\s+(kommun|stad)$", "").strip();
    }

    URI statisticalAreaUrl(long m, String kind) {
        PublicDataSettings s = settings(m);
        boolean regso = "REGSO".equalsIgnoreCase(kind);
        String url = regso ? (s.regsoUrl() != null ? s.regsoUrl() : defaultRegsoUrl) : (s.desoUrl() != null ? s.desoUrl() : defaultDesoUrl);
        if (url == null) {
            throw new RuleViolationException("url", "publicdata.url.notConfigured");
        }
        return URI.create(url);
    }

    String koladaBaseUrl(long m) {
        PublicDataSettings s = settings(m);
        String url = s.koladaUrl() != null ? s.koladaUrl() : defaultKoladaUrl;
        if (url == null) {
            throw new RuleViolationException("url", "publicdata.url.notConfigured");
        }
        return url.replaceAll("/+$", "");
    }

    String contact(long m) {
        String c = settings(m).contact();
        return c != null ? c : defaultContact;
    }

    private static String url(String field, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        if (v.length() > 500 || !v.matches("(?i)https?://\\S+")) {
            throw new RuleViolationException(field, "publicdata.url.invalid");
        }
        try {
            URI.create(v);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(field, "publicdata.url.invalid");
        }
        return v;
    }

    /** Kolada KPI ids, comma separated (N07403, U07401 …). */
    static String kpis(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        String joined = String.join(",", java.util.Arrays.stream(v.split("[,;\\s]+")).filter(s -> !s.isBlank())
                .map(s -> s.toUpperCase(Locale.ROOT)).toList());
        if (joined.length() > 500 || !joined.matches("[A-Z]\\d{5}(,[A-Z]\\d{5})*")) {
            throw new RuleViolationException("koladaKpis", "publicdata.settings.kpis");
        }
        return joined;
    }

    private static String limited(String field, String value, int max) {
        String v = blankToNull(value);
        if (v != null && v.length() > max) {
            throw new RuleViolationException(field, "publicdata.settings.tooLong", max);
        }
        return v;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
