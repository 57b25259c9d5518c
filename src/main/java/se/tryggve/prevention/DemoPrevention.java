package se.tryggve.prevention;

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
 * Demo data: the extremism follow-up of 2019–2021 for the whole municipality, and the social services'
 * own figures for 2021, recorded through the use case, so that the demo's 2021 follow-up report has
 * the section with three years side by side. Every narrative is marked "(Exempeltext)". The concerns
 * handled in 2021 are 3, so the report shows "färre än 5" there. Runs after DemoFollowUps (30) and
 * before DemoCases (40), whose case keeps the 2021 report as annex 1.
 */
@Component
@Order(35)
@ConditionalOnProperty(name = "tryggve.demo.enabled", havingValue = "true")
class DemoPrevention implements ApplicationRunner {

    static final String SOCIAL_SERVICES = "Socialförvaltningen";
    /** The one count under 5 of the demo: concerns handled by the whole municipality in 2021. */
    static final int CONCERNS_2021 = 3;

    private final PreventionFollowUps followUps;
    private final Municipalities municipalities;
    private final DepartmentDirectory departments;
    private final String code;

    DemoPrevention(PreventionFollowUps followUps, Municipalities municipalities, DepartmentDirectory departments,
                   @Value("${tryggve.setup.municipality-code}") String code) {
        this.followUps = followUps;
        this.municipalities = municipalities;
        this.departments = departments;
        this.code = code;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long m = municipalities.findByCode(code).orElseThrow().id();
        if (!followUps.years(m).isEmpty()) {
            return;
        }
        record(m, 2019, null, 6, 142, 9, 14, 7, "(Exempeltext) Den lokala samordnaren mot våldsbejakande extremism höll "
                + "utbildningar för skolpersonal, fritidsledare och socialtjänst. Samverkan med polisen och Säkerhetspolisen "
                + "skedde i regelbundna möten, och en första lokal lägesbild togs fram. Föreningsbidrag och uthyrning av "
                + "kommunens lokaler kontrollerades enligt riktlinjen.");
        record(m, 2020, null, 5, 96, 8, 11, 6, "(Exempeltext) Pandemin gjorde att flera utbildningar hölls digitalt. "
                + "Samverkan med polisen fortsatte på distans, och rutinen för kontroll av föreningsbidrag och lokaler "
                + "reviderades.");
        record(m, 2021, null, 7, 120, 10, 12, CONCERNS_2021, "(Exempeltext) Utbildningarna kunde åter hållas på plats. "
                + "Samordnaren gav råd till verksamheter och allmänhet, och den lokala lägesbilden uppdaterades tillsammans "
                + "med polisen. Rutinen för hur oro för radikalisering hanteras tydliggjordes för förvaltningarna.");
        departments.findDepartmentByName(m, SOCIAL_SERVICES).ifPresent(d ->
                record(m, 2021, d.id(), 2, 38, 4, 6, null, "(Exempeltext) Socialtjänstens personal utbildades i hur oro "
                        + "för radikalisering hanteras, och förvaltningen deltog i kommunens samordningsmöten."));
    }

    private void record(long m, int year, Long departmentId, Integer trainings, Integer participants, Integer meetings,
                        Integer consultations, Integer concerns, String narrative) {
        PreventionInput in = new PreventionInput();
        in.setYear(year);
        in.setDepartmentId(departmentId);
        in.setTrainings(trainings);
        in.setTrainingParticipants(participants);
        in.setCoordinationMeetings(meetings);
        in.setConsultations(consultations);
        in.setConcernsHandled(concerns);
        in.setNarrative(narrative);
        followUps.recordEntry(m, in);
    }
}
