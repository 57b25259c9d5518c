package se.tryggve.incidents;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.shared.StateChanged;

/**
 * The municipality's incident categories (each active one an Open311 service): the defaults every
 * municipality starts with, and their configuration. A category is never deleted, since incidents
 * refer to it; it is deactivated instead.
 */
@Service
public class IncidentCategories {

    /**
     * A category as configured; {@code code} is the Open311 service_code and cannot change once used.
     * {@code open311} null: a new category is an Open311 service, a changed one keeps what it was.
     */
    public record CategoryInput(String code, String name, String description, CategoryInfo.Guideline guideline,
                                boolean offensive, boolean active, int sortOrder, Boolean open311) {

        public CategoryInput(String code, String name, String description, CategoryInfo.Guideline guideline,
                             boolean offensive, boolean active, int sortOrder) {
            this(code, name, description, guideline, offensive, active, sortOrder, null);
        }
    }

    /**
     * The EST categories (Effektiv samordning för trygghet) partners and staff report in the weekly cycle
     * (issue 6). Damage (skadegörelse) is the existing {@code vandalism} category, so one kind of event
     * is not split over two categories. Not Open311 services: they are for partners and staff, not the
     * public's apps. Migration V8_3 gave them to the municipalities that existed before.
     */
    static final List<CategoryInput> EST_DEFAULTS = List.of(
            est("public-disorder", "Ordningsstörning", "Bråk, skrik, störande beteende på allmän plats.", 110),
            est("gathering", "Folksamling som skapar otrygghet",
                    "Grupper som samlas på ett sätt som gör att andra känner sig otrygga.", 120),
            est("unsafe-place", "Otrygg plats", "En plats som upplevs otrygg: dålig belysning, skymd sikt, nedgångna miljöer.", 130),
            est("littering", "Nedskräpning", "Skräp, dumpat avfall, kanyler eller glas på allmän plats.", 140),
            est("fire", "Brand/anlagd brand", "Brand i papperskorg, container, fordon eller byggnad, även misstänkt anlagd.", 150),
            est("threat-staff", "Hot eller våld mot personal", "Hot, trakasserier eller våld mot personal i tjänst.", 160),
            est("drug-dealing", "Misstänkt narkotikaförsäljning", "Iakttagelser som tyder på narkotikaförsäljning.", 170),
            est("event", "Händelse", "Annan händelse av betydelse för tryggheten.", 180));

    /** The codes of the EST categories, damage ({@code vandalism}) included. */
    public static final List<String> EST_CODES = List.of("vandalism", "public-disorder", "gathering", "unsafe-place", "littering",
            "fire", "threat-staff", "drug-dealing", "event");

    private static CategoryInput est(String code, String name, String description, int order) {
        return new CategoryInput(code, name, description, CategoryInfo.Guideline.OTHER, false, true, order, false);
    }

    /** The categories every municipality starts with (the graffiti guideline distinguishes offensive graffiti). */
    static final List<CategoryInput> DEFAULTS = List.of(
            new CategoryInput("graffiti", "Klotter", "Klotter och taggar på byggnader, skyltar, bänkar och annat.",
                    CategoryInfo.Guideline.GRAFFITI, false, true, 10),
            new CategoryInput("graffiti-offensive", "Klotter – kränkande",
                    "Klotter med rasistiskt, sexistiskt eller annat kränkande innehåll; tas bort inom 24 timmar på vardagar.",
                    CategoryInfo.Guideline.GRAFFITI, true, true, 20),
            new CategoryInput("vandalism", "Övrig skadegörelse", "Krossat glas, förstörda bänkar, lekredskap och annan skadegörelse.",
                    CategoryInfo.Guideline.OTHER, false, true, 30));

    private final JdbcClient jdbc;
    private final IncidentDirectory directory;
    private final ApplicationEventPublisher events;

    IncidentCategories(JdbcClient jdbc, IncidentDirectory directory, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.events = events;
    }

    /**
     * A new municipality gets the default categories in the transaction that creates it (migration
     * V7_1 gave them to the municipalities that existed before the register).
     */
    @EventListener
    @Transactional
    public void onMunicipalityCreated(StateChanged event) {
        if ("Municipality".equals(event.objectType()) && "created".equals(event.action())) {
            ensureDefaultCategories(event.municipalityId());
        }
    }

    /** Creates the default categories a municipality lacks (by code); returns how many were created. */
    @Transactional
    public int ensureDefaultCategories(long m) {
        int created = 0;
        for (CategoryInput d : java.util.stream.Stream.concat(DEFAULTS.stream(), EST_DEFAULTS.stream()).toList()) {
            if (directory.findCategory(m, d.code()).isEmpty()) {
                createCategory(m, d);
                created++;
            }
        }
        return created;
    }

    @Transactional
    public CategoryInfo createCategory(long m, CategoryInput in) {
        String code = checkCode(in);
        String name = checkName(in);
        if (directory.findCategory(m, code).isPresent()) {
            throw new RuleViolationException("code", "incidents.category.codeTaken", code);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into incident_category (municipality_id, code, name, description, guideline, offensive, active, sort_order, open311)
                values (:m, :c, :n, :d, :g, :o, :a, :s, :os)""")
                .param("m", m).param("c", code).param("n", name).param("d", description(in)).param("g", guideline(in).name())
                .param("o", in.offensive()).param("a", in.active()).param("s", in.sortOrder())
                .param("os", in.open311() == null || in.open311()).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(StateChanged.of(m, "IncidentCategory", id, "created").value("code", code).value("name", name)
                .value("guideline", guideline(in).name()).value("offensive", in.offensive()).value("active", in.active()).build());
        return directory.findCategory(m, id).orElseThrow();
    }

    /** Changes a category; its code stays once incidents use it, since Open311 clients know it as service_code. */
    @Transactional
    public CategoryInfo updateCategory(long m, long id, long expectedVersion, CategoryInput in) {
        CategoryInfo before = directory.findCategory(m, id).orElseThrow(() -> new NotFoundException("IncidentCategory", id));
        if (directory.categoryVersion(m, id) != expectedVersion) {
            throw new StaleVersionException("IncidentCategory", id);
        }
        String code = checkCode(in);
        String name = checkName(in);
        if (!code.equals(before.code())) {
            boolean used = jdbc.sql("select count(*) from incident where municipality_id = :m and category_id = :id")
                    .param("m", m).param("id", id).query(Long.class).single() > 0;
            if (used) {
                throw new RuleViolationException("code", "incidents.category.codeInUse");
            }
            if (directory.findCategory(m, code).isPresent()) {
                throw new RuleViolationException("code", "incidents.category.codeTaken", code);
            }
        }
        int n = jdbc.sql("""
                update incident_category set code = :c, name = :n, description = :d, guideline = :g, offensive = :o, active = :a,
                       sort_order = :s, open311 = :os, version = version + 1 where id = :id and municipality_id = :m and version = :v""")
                .param("os", in.open311() == null ? before.open311() : in.open311()).param("c", code).param("n", name).param("d", description(in)).param("g", guideline(in).name())
                .param("o", in.offensive()).param("a", in.active()).param("s", in.sortOrder()).param("id", id).param("m", m)
                .param("v", expectedVersion).update();
        if (n == 0) {
            throw new StaleVersionException("IncidentCategory", id);
        }
        CategoryInfo after = directory.findCategory(m, id).orElseThrow();
        events.publishEvent(StateChanged.of(m, "IncidentCategory", id, "updated").field("code", before.code(), after.code())
                .field("name", before.name(), after.name()).field("description", before.description(), after.description())
                .field("guideline", before.guideline().name(), after.guideline().name())
                .field("offensive", before.offensive(), after.offensive()).field("active", before.active(), after.active())
                .field("open311", before.open311(), after.open311()).build());
        return after;
    }

    /** The version of a category, for forms and the API's ETag. */
    @Transactional(readOnly = true)
    public long version(long m, long id) {
        return directory.categoryVersion(m, id);
    }

    private static String checkCode(CategoryInput in) {
        String code = in.code() == null ? "" : in.code().trim();
        // Open311 service_code: kept to URL-safe characters so clients can put it in a query string.
        if (!code.matches("[a-z0-9][a-z0-9_-]{0,39}")) {
            throw new RuleViolationException("code", "incidents.category.codeInvalid");
        }
        return code;
    }

    private static String checkName(CategoryInput in) {
        String name = in.name() == null ? "" : in.name().trim();
        if (name.isEmpty() || name.length() > 200) {
            throw new RuleViolationException("name", "incidents.category.nameInvalid");
        }
        return name;
    }

    private static String description(CategoryInput in) {
        String d = Incidents.trimToNull(in.description());
        if (d != null && d.length() > 1000) {
            throw new RuleViolationException("description", "incidents.field.tooLong", 1000);
        }
        return d;
    }

    private static CategoryInfo.Guideline guideline(CategoryInput in) {
        return in.guideline() == null ? CategoryInfo.Guideline.OTHER : in.guideline();
    }
}
