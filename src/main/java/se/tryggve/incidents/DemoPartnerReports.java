package se.tryggve.incidents;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.organisation.Municipalities;
import se.tryggve.organisation.PartnerKind;
import se.tryggve.organisation.PartnerOrganisationInfo;
import se.tryggve.organisation.PartnerOrganisationInput;
import se.tryggve.organisation.PartnerOrganisations;
import se.tryggve.shared.StateChanged;

/**
 * Demo data of the EST work (issue 6): two example partner organisations in Huddinge and a year of their
 * reports, ISO weeks 2025-W01 … 2025-W52 (fixed seed, so every demo start looks the same): 20–60 a week,
 * more in the evenings, at weekends and in summer, about half around four hot-spots (Huddinge centrum,
 * Flemingsberg station, Skogås centrum, Vårby gård), every EST category. All but the last week are reviewed
 * (on the Monday after, as in the weekly cycle); the last week waits in the review queue. Written with batch
 * inserts, so the start stays fast; the statistics months are marked for recomputation. The demo creates no
 * user accounts (no demo module does; accounts are made by the administrator), so none for the partners either.
 */
@Component
@Order(62)
@ConditionalOnProperty(name = "tryggve.demo.enabled", havingValue = "true")
class DemoPartnerReports implements ApplicationRunner {

    static final String HOUSING = "Exempel Bostäder AB";
    static final String SECURITY = "Exempel Bevakning AB";
    static final int YEAR = 2025;
    static final int WEEKS = 52;
    private static final Logger log = LoggerFactory.getLogger(DemoPartnerReports.class);

    /** Hot-spots (WGS84, inside the demo districts) with the categories typical of each. */
    record HotSpot(String name, double lat, double lon, String address, String[] typical) {
    }

    static final List<HotSpot> HOT_SPOTS = List.of(
            new HotSpot("Huddinge centrum", 59.2365, 17.9820, "Huddinge centrum, torget",
                    new String[] {"gathering", "public-disorder", "littering"}),
            new HotSpot("Flemingsberg station", 59.2195, 17.9465, "Flemingsbergs station, gångtunneln",
                    new String[] {"drug-dealing", "gathering", "unsafe-place"}),
            new HotSpot("Skogås centrum", 59.2200, 18.0900, "Skogås centrum, busstorget",
                    new String[] {"vandalism", "fire", "public-disorder"}),
            new HotSpot("Vårby gård", 59.2645, 17.8845, "Vårby gård, centrumgången",
                    new String[] {"gathering", "threat-staff", "vandalism"}));

    /** The EST categories and their share of reports outside the hot-spots. */
    static final String[] CATEGORIES = {"vandalism", "public-disorder", "gathering", "unsafe-place", "littering", "fire",
            "threat-staff", "drug-dealing", "event"};
    private static final double[] SHARE = {0.18, 0.16, 0.12, 0.08, 0.15, 0.06, 0.05, 0.08, 0.12};

    private static final String[][] TEXTS = {
            {"Krossad ruta i trapphusdörren.", "Sönderslagen belysning vid gångvägen.", "Förstörd papperskorg och bänk."},
            {"Högljutt bråk och skrik på gatan sent på kvällen.", "Störande musik och smällare på innergården."},
            {"Större grupp samlad vid entrén, boende upplevde det som otryggt.", "Ett tjugotal personer samlades vid busshållplatsen."},
            {"Trasig gatubelysning gör gångtunneln mörk.", "Buskage skymmer sikten vid cykelvägen."},
            {"Mycket skräp och glas på lekplatsen.", "Dumpade sopsäckar vid återvinningsstationen."},
            {"Brand i papperskorg, släckt av bevakningen.", "Brand i container på gården, räddningstjänsten larmad."},
            {"Väktare hotades verbalt under rondering.", "Personal i fastighetsskötseln utsattes för hot."},
            {"Iakttagelser som tyder på narkotikaförsäljning vid entrén.", "Återkommande kortvariga möten vid parkeringen."},
            {"Polisinsats i området, avspärrning under kvällen.", "Evenemang med mycket folk, lugnt förlopp."}};

    private final PartnerOrganisations partnerOrganisations;
    private final Municipalities municipalities;
    private final Districts districts;
    private final IncidentDirectory directory;
    private final IncidentStatisticsRollup rollup;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ApplicationEventPublisher events;
    private final String code;

    DemoPartnerReports(PartnerOrganisations partnerOrganisations, Municipalities municipalities, Districts districts,
                       IncidentDirectory directory, IncidentStatisticsRollup rollup, JdbcClient jdbc, JdbcTemplate template,
                       ApplicationEventPublisher events, @Value("${tryggve.setup.municipality-code}") String code) {
        this.partnerOrganisations = partnerOrganisations;
        this.municipalities = municipalities;
        this.districts = districts;
        this.directory = directory;
        this.rollup = rollup;
        this.jdbc = jdbc;
        this.template = template;
        this.events = events;
        this.code = code;
    }

    /** One generated report. */
    record Report(int partner, String category, Instant occurredAt, double lat, double lon, String address, String description,
                  boolean policeReported, String policeReportNumber, Instant reviewedAt, Integer duplicateOfIndex) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long m = municipalities.findByCode(code).orElseThrow().id();
        long existing = jdbc.sql("select count(*) from partner_organisation where municipality_id = :m").param("m", m)
                .query(Long.class).single();
        if (existing > 0) {
            return;
        }
        java.util.Map<String, Long> categoryIds = new java.util.HashMap<>();
        for (String c : CATEGORIES) {
            CategoryInfo info = directory.findCategory(m, c).orElse(null);
            if (info == null || !info.active()) {
                return;
            }
            categoryIds.put(c, info.id());
        }
        long[] partners = {create(m, HOUSING, PartnerKind.HOUSING_COMPANY), create(m, SECURITY, PartnerKind.SECURITY_FIRM)};
        List<Report> reports = generate();
        List<Object[]> rows = new ArrayList<>(reports.size());
        TreeSet<LocalDate> months = new TreeSet<>();
        for (Report r : reports) {
            Position p = new Position(r.lat(), r.lon());
            Long district = districts.districtAt(m, p).map(DistrictInfo::id).orElse(null);
            OffsetDateTime at = OffsetDateTime.ofInstant(r.occurredAt(), ZoneOffset.UTC);
            OffsetDateTime received = at.plusMinutes(20);
            rows.add(new Object[] {m, categoryIds.get(r.category()), r.duplicateOfIndex() == null ? "REPORTED" : "DUPLICATE", at, received,
                    r.lat(), r.lon(), r.address(), district, r.description(), r.policeReported(), r.policeReportNumber(), received,
                    partners[r.partner()], r.reviewedAt() == null ? null : OffsetDateTime.ofInstant(r.reviewedAt(), ZoneOffset.UTC),
                    r.reviewedAt() == null ? null : "exempel.samordnare",
                    r.duplicateOfIndex() == null ? null : OffsetDateTime.ofInstant(r.reviewedAt(), ZoneOffset.UTC)});
            months.add(IncidentStatisticsRollup.monthOf(r.occurredAt()));
        }
        template.batchUpdate("""
                insert into incident (municipality_id, category_id, offensive, status, channel, reported_at, received_at, latitude, longitude,
                                      address, district_id, description, police_reported, police_report_number, updated_at, version,
                                      partner_organisation_id, reviewed_at, reviewed_by, closed_at)
                values (?, ?, false, ?, 'PARTNER', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""", rows);
        List<Long> ids = jdbc.sql("select id from incident where municipality_id = :m and channel = 'PARTNER' order by id")
                .param("m", m).query(Long.class).list();
        List<Object[]> duplicates = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            if (reports.get(i).duplicateOfIndex() != null) {
                duplicates.add(new Object[] {ids.get(reports.get(i).duplicateOfIndex()), ids.get(i)});
            }
        }
        template.batchUpdate("update incident set duplicate_of = ? where id = ?", duplicates);
        // the history: the report, the review (and a duplicate's merge), as the use cases would have written it
        jdbc.sql("""
                insert into incident_step (municipality_id, incident_id, status, occurred_at, username, note)
                select municipality_id, id, 'REPORTED', reported_at, 'exempel.partner', null
                  from incident where municipality_id = :m and channel = 'PARTNER'""").param("m", m).update();
        jdbc.sql("""
                insert into incident_step (municipality_id, incident_id, status, occurred_at, username, note)
                select municipality_id, id, status, reviewed_at, reviewed_by, 'Granskad'
                  from incident where municipality_id = :m and channel = 'PARTNER' and reviewed_at is not null""").param("m", m).update();
        rollup.markDirty(m, months);
        events.publishEvent(StateChanged.of(m, "PartnerReportDemo", partners[0], "imported").value("reports", reports.size())
                .value("weeks", YEAR + "-W01.." + YEAR + "-W" + WEEKS).value("example", true).build());
        log.info("Demo partner reports: {} in {} ISO weeks of {}", reports.size(), WEEKS, YEAR);
    }

    private long create(long m, String name, PartnerKind kind) {
        PartnerOrganisationInput in = new PartnerOrganisationInput();
        in.setName(name);
        in.setKind(kind);
        in.setExample(true);
        in.setActive(true);
        PartnerOrganisationInfo p = partnerOrganisations.createPartnerOrganisation(m, in);
        return p.id();
    }

    /** The monday of an ISO week of the week-based year. */
    static LocalDate monday(int year, int week) {
        return LocalDate.of(year, 6, 1).with(IsoFields.WEEK_BASED_YEAR, year).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY);
    }

    /** How many reports week {@code w} has: more in summer (weeks 23–33), fewer around Christmas; always 20–60. */
    static int perWeek(int w, Random r) {
        double season = w >= 23 && w <= 33 ? 1.45 : w >= 18 && w <= 37 ? 1.15 : w >= 51 || w <= 2 ? 0.8 : 1.0;
        int n = (int) Math.round(31 * season + r.nextGaussian() * 4);
        return Math.max(20, Math.min(60, n));
    }

    /** The generated year; deterministic. */
    static List<Report> generate() {
        Random r = new Random(20250101L);
        double[] dayWeight = {0.9, 0.9, 1.0, 1.1, 1.5, 1.8, 1.3};
        List<Report> out = new ArrayList<>();
        int serial = 1;
        for (int w = 1; w <= WEEKS; w++) {
            LocalDate monday = monday(YEAR, w);
            int n = perWeek(w, r);
            int weekStart = out.size();
            for (int k = 0; k < n; k++) {
                int day = pick(dayWeight, r);
                double u = r.nextDouble();
                int hour = u < 0.62 ? 17 + r.nextInt(7) : u < 0.72 ? r.nextInt(3) : 7 + r.nextInt(10);
                LocalDateTime t = monday.plusDays(day).atTime(hour, r.nextInt(60));
                Instant at = t.atZone(Incidents.STOCKHOLM).toInstant();
                String category;
                double lat;
                double lon;
                String address = null;
                if (r.nextDouble() < 0.5) {
                    HotSpot h = HOT_SPOTS.get(r.nextInt(HOT_SPOTS.size()));
                    category = r.nextDouble() < 0.7 ? h.typical()[r.nextInt(h.typical().length)] : CATEGORIES[pick(SHARE, r)];
                    lat = h.lat() + r.nextGaussian() * 0.0007;
                    lon = h.lon() + r.nextGaussian() * 0.0013;
                    address = h.address();
                } else {
                    DemoDistricts.Box b = DemoDistricts.HUDDINGE.get(r.nextInt(DemoDistricts.HUDDINGE.size()));
                    category = CATEGORIES[pick(SHARE, r)];
                    lat = b.south() + 0.002 + r.nextDouble() * (b.north() - b.south() - 0.004);
                    lon = b.west() + 0.002 + r.nextDouble() * (b.east() - b.west() - 0.004);
                }
                int c = java.util.Arrays.asList(CATEGORIES).indexOf(category);
                String text = TEXTS[c][r.nextInt(TEXTS[c].length)];
                double policeShare = switch (category) {
                    case "threat-staff" -> 0.7;
                    case "fire" -> 0.6;
                    case "drug-dealing" -> 0.35;
                    default -> 0.1;
                };
                boolean police = r.nextDouble() < policeShare;
                String number = police && r.nextDouble() < 0.6 ? "5000-K" + (serial++) + "-25" : null;
                // reviewed on the Monday after the week, at the EST meeting; the last week waits for review
                Instant reviewed = w == WEEKS ? null
                        : monday.plusDays(7).atTime(9, 0).plusMinutes(k).atZone(Incidents.STOCKHOLM).toInstant();
                // now and then the same event is reported by both organisations: the later one is merged
                Integer duplicateOf = null;
                if (reviewed != null && out.size() > weekStart && r.nextDouble() < 0.03) {
                    Report prev = out.get(out.size() - 1);
                    if (prev.duplicateOfIndex() == null) {
                        duplicateOf = out.size() - 1;
                        category = prev.category();
                        lat = prev.lat() + 0.0002;
                        lon = prev.lon() + 0.0002;
                        at = prev.occurredAt().plusSeconds(600);
                        text = prev.description();
                    }
                }
                out.add(new Report(r.nextDouble() < 0.55 ? 0 : 1, category, at, Math.round(lat * 1e6) / 1e6,
                        Math.round(lon * 1e6) / 1e6, address, text, police, number, reviewed, duplicateOf));
            }
        }
        return out;
    }

    private static int pick(double[] weights, Random r) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double x = r.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
