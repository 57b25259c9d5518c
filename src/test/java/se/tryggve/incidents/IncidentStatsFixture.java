package se.tryggve.incidents;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Writes register rows straight into the V7_0 tables, so the statistics can be tested on hand-made data. */
public class IncidentStatsFixture {

    private final JdbcClient jdbc;

    public IncidentStatsFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long category(long m, String code, String name, String guideline, boolean offensive) {
        KeyHolder k = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into incident_category (municipality_id, code, name, guideline, offensive, sort_order)
                values (:m, :c, :n, :g, :o, 0)""").param("m", m).param("c", code).param("n", name).param("g", guideline)
                .param("o", offensive).update(k, "id");
        return k.getKey().longValue();
    }

    public long district(long m, String code, String name) {
        KeyHolder k = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into district (municipality_id, kind, code, name, geometry, min_lon, min_lat, max_lon, max_lat, example)
                values (:m, 'DISTRICT', :c, :n, '{"type":"Polygon","coordinates":[[[17.9,59.2],[18.0,59.2],[18.0,59.3],[17.9,59.2]]]}',
                  17.9, 59.2, 18.0, 59.3, true)""").param("m", m).param("c", code).param("n", name).update(k, "id");
        return k.getKey().longValue();
    }

    /** An incident; {@code removedAt} null = not removed; lat/lon may be null. */
    public long incident(long m, long categoryId, boolean offensive, Long districtId, Instant reportedAt, Instant removedAt,
                         String status, String channel, boolean police, Double lat, Double lon) {
        KeyHolder k = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into incident (municipality_id, category_id, offensive, status, channel, reported_at, received_at,
                  latitude, longitude, district_id, police_reported, removed_at, updated_at)
                values (:m, :c, :o, :s, :ch, :r, :r, :lat, :lon, :d, :p, :rm, :r)""")
                .param("m", m).param("c", categoryId).param("o", offensive).param("s", status).param("ch", channel)
                .param("r", Timestamp.from(reportedAt)).param("lat", lat).param("lon", lon).param("d", districtId)
                .param("p", police).param("rm", removedAt == null ? null : Timestamp.from(removedAt)).update(k, "id");
        return k.getKey().longValue();
    }

    public void cost(long m, long incidentId, String amount, LocalDate date) {
        jdbc.sql("""
                insert into incident_cost (municipality_id, incident_id, amount, contractor, cost_date, created_at, username)
                values (:m, :i, :a, 'Sanering AB', :d, :t, 'test')""").param("m", m).param("i", incidentId)
                .param("a", new BigDecimal(amount)).param("d", date).param("t", Timestamp.from(Instant.now())).update();
    }
}
