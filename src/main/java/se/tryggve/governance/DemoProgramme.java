package se.tryggve.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.organisation.DepartmentDirectory;
import se.tryggve.organisation.Municipalities;

/**
 * Demo data of the embedded installation: Huddinge's programme for safety and security 2018–2021
 * and two guidelines, built through the use cases. The programme's title, period, adopting
 * decision, overarching goal, areas and area 1's sub-goal follow the real programme; everything
 * else (other sub-goals, goals, activities, indicator values, the guidelines' dates) is example
 * text, and goals and activities are flagged {@code example} so the pages say "Exempeltext".
 * Runs after the demo departments and only when the municipality has no documents.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "tryggve.demo.enabled", havingValue = "true")
class DemoProgramme implements ApplicationRunner {

    static final String PROGRAMME_TITLE = "Program för trygghet och säkerhet 2018–2021";
    static final String AREA1_SUBGOAL = "att öka den upplevda tryggheten samt minska utsattheten för brott";

    private static final String KSF = "Kommunstyrelsens förvaltning";
    private static final String BUF = "Barn- och utbildningsförvaltningen";
    private static final String GAF = "Gymnasie- och arbetsmarknadsförvaltningen";
    private static final String KFF = "Kultur- och fritidsförvaltningen";
    private static final String NBF = "Natur- och byggnadsförvaltningen";
    private static final String SOF = "Socialförvaltningen";
    private static final String ALF = "Äldreomsorgsförvaltningen";
    private static final String MSF = "Miljö- och samhällsbyggnadsförvaltningen";

    private final Governance governance;
    private final GovernanceQueries queries;
    private final Municipalities municipalities;
    private final DepartmentDirectory departments;
    private final String code;

    private long m;
    private long documentId;

    DemoProgramme(Governance governance, GovernanceQueries queries, Municipalities municipalities,
                  DepartmentDirectory departments, @Value("${tryggve.setup.municipality-code}") String code) {
        this.governance = governance;
        this.queries = queries;
        this.municipalities = municipalities;
        this.departments = departments;
        this.code = code;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        m = municipalities.findByCode(code).orElseThrow().id();
        if (queries.hasDocuments(m) || departments.listDepartments(m).isEmpty()) {
            return;
        }
        programme();
        graffitiGuideline();
        extremismGuideline();
    }

    private void programme() {
        GoverningDocument d = governance.createDocument(m, new DocumentData(DocumentKind.PROGRAMME, PROGRAMME_TITLE,
                LocalDate.of(2018, 1, 1), LocalDate.of(2021, 12, 31),
                "Huddinge ska vara en trygg och säker kommun för alla som bor, verkar och vistas där.",
                Set.of(Perspective.SOCIAL_SUSTAINABILITY, Perspective.CHILD_RIGHTS), null));
        documentId = d.id();

        long a1 = area("Trygghetsskapande och brottsförebyggande arbete", AREA1_SUBGOAL);
        long a2 = area("Skydd mot olyckor", "att minska antalet olyckor och begränsa konsekvenserna när de inträffar");
        long a3 = area("Krisberedskap", "att kommunen kan upprätthålla samhällsviktig verksamhet vid en samhällsstörning");
        long a4 = area("Civilt försvar", "att kommunen kan bedriva sin verksamhet under höjd beredskap");
        long a5 = area("Internt skydds- och säkerhetsarbete", "att skydda kommunens medarbetare, egendom och information");

        long g11 = goal(a1, null, "Den upplevda tryggheten i offentlig miljö ökar", NBF, KFF);
        activity("Trygghetsvandringar i bostadsområden tillsammans med polis och fastighetsägare", ActivityStatus.ONGOING, 2018, 2021, 60000, NBF, g11);
        activity("Fler aktiviteter för unga på kvällstid under sommarlovet", ActivityStatus.DONE, 2019, 2019, 250000, KFF, g11);
        long g111 = goal(a1, g11, "Otrygga platser åtgärdas med belysning och röjning av vegetation", NBF);
        activity("Ny belysning längs gång- och cykelvägar i centrala Flemingsberg", ActivityStatus.PLANNED, 2020, 2021, 1200000, NBF, g111);
        long g12 = goal(a1, null, "Färre unga begår brott", SOF, BUF, GAF);
        activity("Sociala insatsgrupper för unga i riskzonen", ActivityStatus.ONGOING, 2018, 2021, 800000, SOF, g12);
        activity("Föräldrastöd i skolans regi", ActivityStatus.PLANNED, 2020, 2021, null, BUF, g12);
        long g13 = goal(a1, null, "Samverkan med polisen utvecklas genom medborgarlöften", KSF);
        activity("Årligt medborgarlöfte med lokalpolisområdet", ActivityStatus.ONGOING, 2018, 2021, 0, KSF, g13, g11);

        long g21 = goal(a2, null, "Antalet bostadsbränder minskar", MSF, SOF);
        activity("Brandskyddsinformation vid hembesök inom hemtjänst och socialtjänst", ActivityStatus.ONGOING, 2018, 2021, 40000, SOF, g21);
        long g22 = goal(a2, null, "Fallolyckor bland äldre förebyggs", ALF);
        activity("Fallpreventiva hembesök hos personer över 75 år", ActivityStatus.PLANNED, 2019, 2021, 150000, ALF, g22);
        long g23 = goal(a2, null, "Barn och unga har god kunskap om säkerhet i trafiken och vid vatten", BUF, KFF);
        activity("Simundervisning för alla elever i årskurs 3", ActivityStatus.DONE, 2018, 2019, 300000, BUF, g23);
        activity("Säker skolväg – kartläggning av trafikmiljön kring skolor", ActivityStatus.CANCELLED, 2019, 2020, 90000, NBF, g23);

        long g31 = goal(a3, null, "Samtliga förvaltningar har aktuella kontinuitetsplaner", KSF);
        activity("Stöd till förvaltningarna i kontinuitetsplanering", ActivityStatus.ONGOING, 2018, 2021, 100000, KSF, g31);
        long g32 = goal(a3, null, "Krisledningsorganisationen övas minst en gång per år", KSF);
        activity("Årlig krisledningsövning", ActivityStatus.ONGOING, 2018, 2021, 75000, KSF, g32);
        long g33 = goal(a3, null, "Information till invånare vid en kris når alla målgrupper", KSF, KFF);
        activity("Krisinformation på flera språk och i lättläst form", ActivityStatus.PLANNED, 2020, 2021, 50000, KSF, g33);

        long g41 = goal(a4, null, "Krigsorganisation och krigsplacering av personal är genomförd", KSF);
        activity("Krigsplacering av personal i samhällsviktig verksamhet", ActivityStatus.PLANNED, 2020, 2021, null, KSF, g41);
        long g42 = goal(a4, null, "Säkerhetsskyddsanalys är gjord för de verksamheter som omfattas", KSF);
        activity("Säkerhetsskyddsanalys enligt säkerhetsskyddslagen", ActivityStatus.ONGOING, 2019, 2021, 120000, KSF, g42);

        long g51 = goal(a5, null, "Informationssäkerheten stärks genom klassning av information", KSF);
        activity("Informationsklassning av verksamhetssystem", ActivityStatus.ONGOING, 2018, 2021, 200000, KSF, g51);
        long g52 = goal(a5, null, "Medarbetare utsätts för färre hot och våld i tjänsten", SOF, ALF, BUF);
        activity("Utbildning i hot- och våldssituationer för medarbetare i utsatta yrken", ActivityStatus.ONGOING, 2018, 2021, 180000, SOF, g52);
        activity("Rutin för incidentrapportering av hot och våld", ActivityStatus.DONE, 2018, 2018, 0, KSF, g52);

        // Baselines and targets are example values, not Huddinge's figures.
        governance.addIndicator(m, documentId, new IndicatorData(g11,
                "Andel invånare som känner sig trygga utomhus en sen kväll i sitt bostadsområde", "%",
                Direction.HIGHER_IS_BETTER, IndicatorSource.SURVEY, null, 2017, new BigDecimal("62"),
                Map.of(2021, new BigDecimal("70")), null));
        governance.addIndicator(m, documentId, new IndicatorData(null, "Anmälda brott per 100 000 invånare", "antal",
                Direction.LOWER_IS_BETTER, IndicatorSource.KOLADA, "N07540", 2017, new BigDecimal("10500"),
                Map.of(2021, new BigDecimal("9500")), null));

        governance.adoptDocument(m, documentId, new AdoptingDecision("Kommunfullmäktige", LocalDate.of(2018, 6, 18),
                null, "KS-2016/1151.149"));
    }

    /** The guideline's goals follow the real guideline; its period and decision date are example values. */
    private void graffitiGuideline() {
        GoverningDocument d = governance.createDocument(m, new DocumentData(DocumentKind.GUIDELINE,
                "Riktlinje mot klotterrelaterad skadegörelse", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31),
                "Kommunens fastigheter och offentliga miljöer ska hållas fria från klotter.", Set.of(), null));
        documentId = d.id();
        long a = area("Sanering av klotter", "att klotter på kommunens egendom tas bort snabbt");
        long g1 = goalOf(a, null, "Allt klotter på kommunal egendom tas bort inom 48 timmar från anmälan", false, NBF);
        activity("Avtal om klottersanering med krav på 48 timmars åtgärdstid", ActivityStatus.DONE, 2020, 2020, 0, NBF, g1);
        goalOf(a, null, "Kränkande eller rasistiskt klotter tas bort inom 24 timmar på vardagar", false, NBF);
        goalOf(a, null, "Kostnaderna för sanering minskar med minst 50 % jämfört med 2018–2019", false, NBF, KSF);
        governance.adoptDocument(m, documentId, new AdoptingDecision("Kommunfullmäktige", LocalDate.of(2019, 12, 16),
                null, null));
    }

    /** Holds goals about structures and competence only, never data about individuals. */
    private void extremismGuideline() {
        GoverningDocument d = governance.createDocument(m, new DocumentData(DocumentKind.GUIDELINE,
                "Riktlinje för att förebygga och förhindra våldsbejakande extremism", LocalDate.of(2019, 1, 1),
                LocalDate.of(2022, 12, 31), "Ingen ska dras in i våldsbejakande extremism i Huddinge.",
                Set.of(Perspective.SOCIAL_SUSTAINABILITY, Perspective.CHILD_RIGHTS), null));
        documentId = d.id();
        long a = area("Förebyggande arbete", "att förebygga och förhindra våldsbejakande extremism");
        long g1 = goal(a, null, "Medarbetare i skola, socialtjänst och fritid har utbildning om våldsbejakande extremism", BUF, SOF, KFF);
        activity("Grundutbildning om våldsbejakande extremism för nyckelpersoner", ActivityStatus.ONGOING, 2019, 2022, 60000, KSF, g1);
        goal(a, null, "Arbetet samordnas av en utsedd samordnare och en förvaltningsövergripande samverkansgrupp", KSF);
        goal(a, null, "En lokal lägesbild tas fram årligen tillsammans med polisen, utan uppgifter om enskilda", KSF);
        governance.adoptDocument(m, documentId, new AdoptingDecision("Kommunfullmäktige", LocalDate.of(2018, 11, 12),
                null, null));
    }

    private long area(String title, String subGoal) {
        return governance.addArea(m, documentId, new AreaData(title, subGoal, null)).id();
    }

    private long goal(long areaId, Long parentId, String title, String... owners) {
        return goalOf(areaId, parentId, title, true, owners);
    }

    private long goalOf(long areaId, Long parentId, String title, boolean example, String... owners) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String o : owners) {
            ids.add(department(o));
        }
        return governance.addGoal(m, documentId, new GoalData(areaId, parentId, title, null, ids, example, null)).id();
    }

    private void activity(String title, ActivityStatus status, int from, int to, Integer cost, String department,
                          long... goals) {
        Set<Long> goalIds = new LinkedHashSet<>();
        for (long g : goals) {
            goalIds.add(g);
        }
        governance.createActivity(m, new ActivityData(documentId, title, null, goalIds, department(department), from, to,
                status, cost == null ? null : BigDecimal.valueOf(cost), true, null));
    }

    private long department(String name) {
        return departments.findDepartmentByName(m, name).orElseThrow(
                () -> new IllegalStateException("demo department missing: " + name)).id();
    }

    static List<String> areaTitles() {
        return List.of("Trygghetsskapande och brottsförebyggande arbete", "Skydd mot olyckor", "Krisberedskap",
                "Civilt försvar", "Internt skydds- och säkerhetsarbete");
    }
}
