package se.tryggve.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.incidents.DistrictInfo;
import se.tryggve.incidents.Districts;
import se.tryggve.organisation.Bodies;
import se.tryggve.organisation.Municipalities;

/**
 * Demo data: the draft "Lägesbild 2024–2025" of Huddinge with mapping text, other information, three
 * prioritised problems with causes from the place, victim and offender perspectives, reference figures and
 * a source register; Kommunstyrelsen as the deciding body. All texts are marked as examples. Fixed content,
 * so every start gives the same demo.
 */
@Component
@Order(65)
@ConditionalOnProperty(name = "tryggve.demo.enabled", havingValue = "true")
class DemoAssessment implements ApplicationRunner {

    static final String TITLE = "Lägesbild 2024–2025";

    private final Assessments assessments;
    private final Municipalities municipalities;
    private final Districts districts;
    private final Bodies bodies;
    private final String code;

    DemoAssessment(Assessments assessments, Municipalities municipalities, Districts districts, Bodies bodies,
                   @Value("${tryggve.setup.municipality-code}") String code) {
        this.assessments = assessments;
        this.municipalities = municipalities;
        this.districts = districts;
        this.bodies = bodies;
        this.code = code;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long m = municipalities.findByCode(code).orElseThrow().id();
        if (!assessments.listAssessments(m).isEmpty()) {
            return;
        }
        bodies.listBodies(m).stream().filter(b -> b.name().equals("Kommunstyrelsen")).findFirst().ifPresent(ks -> {
            AssessmentInputs.Settings s = new AssessmentInputs.Settings();
            s.setDecidingBodyId(ks.id());
            assessments.updateSettings(m, s);
        });
        AssessmentInputs.Header h = new AssessmentInputs.Header();
        h.setTitle(TITLE);
        h.setPeriodFrom(LocalDate.of(2024, 1, 1));
        h.setPeriodTo(LocalDate.of(2025, 12, 31));
        long id = assessments.createAssessment(m, h).id();

        assessments.updateSection(m, id, SectionKind.MAPPING, null, """
                Exempel: Under 2024–2025 registrerades skadegörelse, klotter och ordningsstörningar främst i och kring \
                stationsområdena. Klotter dominerar och ökar under sommarhalvåret; ordningsstörningar och samlingar av \
                ungdomar sker framför allt fredag- och lördagskvällar mellan kl. 18 och 24. Flemingsberg och Huddinge \
                centrum har flest händelser. Jämfört med riket har kommunen fler anmälda skadegörelsebrott per invånare.""");
        assessments.updateSection(m, id, SectionKind.OTHER_INFORMATION, null, """
                Exempel: Trygghetsmätningen, dialoger med bostadsbolag och polis samt trygghetsvandringar ger en bild \
                av var invånarna känner sig otrygga, som komplement till de registrerade händelserna.""");
        assessments.updateSection(m, id, SectionKind.ANALYSIS, null, """
                Exempel: Analysen utgår från Brås perspektiv på platsen, den utsatta och gärningspersonen. Tre problem \
                prioriteras för åtgärdsplanen.""");
        assessments.updateSection(m, id, SectionKind.SOURCES, null, """
                Exempel: Källorna har valts för att de täcker hela perioden och kan följas upp år för år.""");

        information(m, id, InformationKind.SURVEY, "Trygghetsmätning 2024",
                "Exempel: 31 procent av de svarande i Flemingsberg känner sig otrygga ute sent en kväll, mot 22 procent i hela kommunen.");
        information(m, id, InformationKind.SAFETY_WALK, "Trygghetsvandring i Skogås centrum, oktober 2024",
                "Exempel: Dålig belysning vid gångtunneln och skymda entréer lyftes av deltagarna.");
        information(m, id, InformationKind.DIALOGUE, "Medborgardialog med unga i Flemingsberg",
                "Exempel: Unga efterfrågar fler mötesplatser öppna på kvällar och helger.");
        information(m, id, InformationKind.PLANNED_BUILDING, "Ny bebyggelse vid Flemingsbergs station",
                "Exempel: Stationsområdet byggs om 2025–2027; byggplanket och avstängda ytor kan locka klotter.");

        Map<String, Long> d = new java.util.HashMap<>();
        for (DistrictInfo di : districts.districts(m)) {
            d.putIfAbsent(di.name(), di.id());
        }
        long graffiti = problem(m, id, 1, "Klotter och skadegörelse runt Flemingsbergs station",
                "Exempel: Återkommande klotter på plank, elskåp och i gångtunnlar; skadegörelse på busskurer.",
                "Flemingsbergs station med gångtunnlar", d.get("Flemingsberg"));
        cause(m, id, graffiti, CausePerspective.PLACE, "Exempel: Skymda ytor och byggplank utan naturlig övervakning.");
        cause(m, id, graffiti, CausePerspective.PLACE, "Exempel: Klotter som inte saneras inom 24 timmar drar till sig mer.");
        cause(m, id, graffiti, CausePerspective.VICTIM, "Exempel: Fastighetsägare med olika rutiner för sanering och anmälan.");
        cause(m, id, graffiti, CausePerspective.OFFENDER, "Exempel: En mindre grupp återkommande klottrare som söker synlighet.");

        long gathering = problem(m, id, 2, "Samlingar av unga som skapar otrygghet i Skogås centrum kvällstid",
                "Exempel: Grupper samlas vid centrumtorget fredag- och lördagskvällar; boende och handlare upplever otrygghet.",
                "Skogås centrum", d.get("Skogås"));
        cause(m, id, gathering, CausePerspective.PLACE, "Exempel: Få öppna verksamheter efter kl. 19 och dålig belysning vid gångtunneln.");
        cause(m, id, gathering, CausePerspective.VICTIM, "Exempel: Äldre boende och butiksanställda som går ensamma till och från bussen.");
        cause(m, id, gathering, CausePerspective.OFFENDER, "Exempel: Unga utan meningsfull fritidssysselsättning på kvällar och helger.");

        long drugs = problem(m, id, 3, "Misstänkt narkotikaförsäljning nära Huddinge centrum",
                "Exempel: Rapporter från väktare och bostadsbolag om misstänkt försäljning vid parkeringsdäck och parkstråk.",
                "Huddinge centrum, parkeringsdäck och parkstråk", d.get("Huddinge centrum"));
        cause(m, id, drugs, CausePerspective.PLACE, "Exempel: Avskilda platser med flera flyktvägar och svag kameratäckning.");
        cause(m, id, drugs, CausePerspective.VICTIM, "Exempel: Unga som rekryteras eller utsätts för påtryckningar att köpa.");
        cause(m, id, drugs, CausePerspective.OFFENDER, "Exempel: Lokala nätverk med koppling till kriminella grupper.");

        source(m, id, SourceKind.USED, "Tryggves händelseregister", "Exempel: Kommunens och partnernas rapporter 2024–2025.", null);
        source(m, id, SourceKind.USED, "Polisens händelser", "Exempel: Polisens öppna händelselista för kommunen.", null);
        source(m, id, SourceKind.USED, "Kolada", "Exempel: Nyckeltal om anmälda brott per 100 000 invånare.", null);
        source(m, id, SourceKind.USED, "Trygghetsmätningen 2024", "Exempel: Enkät till ett slumpmässigt urval invånare.", null);
        source(m, id, SourceKind.REJECTED, "Inlägg i sociala medier", null, "Exempel: Går inte att verifiera och kan peka ut enskilda.");
        source(m, id, SourceKind.LIMITATION, "Anmälningsbenägenhet och mörkertal",
                "Exempel: Många händelser anmäls inte; registrerade händelser speglar också var rapportörerna rör sig.", null);

        AssessmentInputs.ReferenceFigure f = new AssessmentInputs.ReferenceFigure();
        f.setKpiId("N07403");
        f.setName("Exempel: Anmälda brott om skadegörelse, antal/100 000 inv");
        f.setYear(2024);
        f.setValueMunicipality(new BigDecimal("1120"));
        f.setValueComparison(new BigDecimal("960"));
        f.setComparisonLabel("riket");
        assessments.addReferenceFigure(m, id, null, f);
    }

    private void information(long m, long id, InformationKind kind, String title, String description) {
        AssessmentInputs.Information in = new AssessmentInputs.Information();
        in.setKind(kind);
        in.setTitle(title);
        in.setDescription(description);
        assessments.addInformation(m, id, null, in);
    }

    private long problem(long m, long id, int priority, String title, String description, String place, Long district) {
        AssessmentInputs.Problem in = new AssessmentInputs.Problem();
        in.setPriority(priority);
        in.setTitle(title);
        in.setDescription(description);
        in.setPlace(place);
        in.setDistrictIds(district == null ? List.of() : List.of(district));
        return assessments.addProblem(m, id, null, in).id();
    }

    private void cause(long m, long id, long problem, CausePerspective p, String text) {
        AssessmentInputs.Cause in = new AssessmentInputs.Cause();
        in.setPerspective(p);
        in.setText(text);
        assessments.addCause(m, id, problem, null, in);
    }

    private void source(long m, long id, SourceKind kind, String title, String description, String reason) {
        AssessmentInputs.Source in = new AssessmentInputs.Source();
        in.setKind(kind);
        in.setTitle(title);
        in.setDescription(description);
        in.setReason(reason);
        assessments.addSource(m, id, null, in);
    }
}
