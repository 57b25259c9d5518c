package se.tryggve.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import se.tryggve.followup.FollowUpReport.ActivityRow;
import se.tryggve.followup.FollowUpReport.AreaSection;
import se.tryggve.followup.FollowUpReport.DepartmentActivities;
import se.tryggve.followup.FollowUpReport.DepartmentWork;
import se.tryggve.followup.FollowUpReport.GoalSection;
import se.tryggve.followup.FollowUpReport.IndicatorPoint;
import se.tryggve.followup.FollowUpReport.IndicatorSection;
import se.tryggve.governance.ActivityStatus;
import se.tryggve.governance.Direction;
import se.tryggve.governance.IndicatorSource;
import se.tryggve.organisation.JudgementScale;

/** Hand-built report models for the DOCX and XLSX renderers' tests and benchmark. */
final class ReportSamples {

    private ReportSamples() {
    }

    static MessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames("messages/shared", "messages/governance", "messages/followup");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    /** One area, two goals, three activities, one indicator with a missing year, a guideline section. */
    static FollowUpReport small() {
        ActivityRow walks = new ActivityRow(11, "Trygghetsvandringar", "Socialförvaltningen", ActivityStatus.ONGOING,
                "Sex vandringar i centrum.\nTvå i Flemingsberg.");
        ActivityRow lights = new ActivityRow(12, "Bättre belysning", "Samhällsbyggnadsförvaltningen", ActivityStatus.DONE,
                "Belysningen i gångtunneln är utbytt.");
        ActivityRow fire = new ActivityRow(13, "Brandskyddsutbildning", "Kultur- och fritidsförvaltningen", ActivityStatus.PLANNED, "");
        GoalSection g1 = new GoalSection(1, "Tryggare centrum", "Fler ska känna sig trygga i centrum.",
                List.of("Socialförvaltningen"),
                List.of(new DepartmentWork("Socialförvaltningen", "Fältassistenter varje helg.\n\nSamverkan med polisen.")),
                Judgement.PARTLY_MET, Map.of(2019, Judgement.NOT_MET, 2020, Judgement.PARTLY_MET), List.of(walks, lights));
        GoalSection g2 = new GoalSection(2, "Färre bränder", null, List.of("Socialförvaltningen", "Kultur- och fritidsförvaltningen"),
                List.of(new DepartmentWork("Kultur- och fritidsförvaltningen", "Utbildning av personal."),
                        new DepartmentWork("Socialförvaltningen", "")),
                Judgement.MET, Map.of(2020, Judgement.MET), List.of(fire, walks));
        AreaSection area = new AreaSection(1, "Trygg miljö", "Färre brott och olyckor i offentlig miljö", List.of(g1, g2));
        IndicatorSection i1 = new IndicatorSection(21, "Anmälda våldsbrott per 100 000 invånare", "antal", Direction.LOWER_IS_BETTER,
                IndicatorSource.KOLADA, "N07403", "Tryggare centrum", 2017, new BigDecimal("1100"),
                List.of(new IndicatorPoint(2019, new BigDecimal("1050.5"), null, new BigDecimal("1000")),
                        new IndicatorPoint(2020, null, "Kolada har inte publicerat värdet", new BigDecimal("950")),
                        new IndicatorPoint(2021, new BigDecimal("980"), null, null)));
        GuidelineSection graffiti = new GuidelineSection("Riktlinje mot klotter", List.of(
                new GuidelineSection.Text("Klotter ska tas bort inom 24 timmar."),
                new GuidelineSection.Table("Sanerat klotter per kvartal", List.of("Kvartal", "Antal"),
                        List.of(List.of("1", "120"), List.of("2", "95")))));
        return new FollowUpReport(7, "Huddinge kommun", "Program för trygghet och säkerhet 2018–2021", 2021,
                "Uppföljning av Program för trygghet och säkerhet 2018–2021 avseende 2021", "Kommunstyrelsens förvaltning",
                LocalDate.of(2022, 2, 1), "KS-2022/123", true, true, JudgementScale.MET_PARTLY_NOT_MET,
                "Arbetet har gått framåt trots pandemin.", Judgement.PARTLY_MET, true, Judgement.MET,
                "Pandemin begränsade arbetet under våren.", List.of(2019, 2020, 2021), List.of(area), List.of(i1),
                List.of(graffiti), List.of(
                        new DepartmentActivities("Socialförvaltningen", List.of(walks)),
                        new DepartmentActivities("Samhällsbyggnadsförvaltningen", List.of(lights)),
                        new DepartmentActivities("Kultur- och fritidsförvaltningen", List.of(fire))));
    }

    /** A large programme: areas × goals, activities spread over goals, indicators with values for years. */
    static FollowUpReport big(int areas, int goals, int activities, int indicators, int years) {
        int first = 2022 - years + 1;
        List<Integer> yearList = new ArrayList<>();
        for (int y = first; y <= 2022; y++) {
            yearList.add(y);
        }
        String[] departments = {"Socialförvaltningen", "Kultur- och fritidsförvaltningen", "Samhällsbyggnadsförvaltningen",
                "Utbildningsförvaltningen", "Kommunstyrelsens förvaltning"};
        ActivityStatus[] statuses = ActivityStatus.values();
        Judgement[] judgements = {Judgement.MET, Judgement.PARTLY_MET, Judgement.NOT_MET};
        List<List<ActivityRow>> perGoal = new ArrayList<>();
        for (int g = 0; g < goals; g++) {
            perGoal.add(new ArrayList<>());
        }
        Map<String, List<ActivityRow>> perDepartment = new HashMap<>();
        for (int a = 0; a < activities; a++) {
            String dep = departments[a % departments.length];
            ActivityRow row = new ActivityRow(1000 + a, "Aktivitet " + (a + 1), dep, statuses[a % statuses.length],
                    "Under året genomfördes " + (a % 7 + 1) + " träffar med berörda aktörer och arbetet dokumenterades.");
            perGoal.get(a % goals).add(row);
            if (a % 3 == 0) {
                perGoal.get((a * 7 + 3) % goals).add(row);
            }
            perDepartment.computeIfAbsent(dep, k -> new ArrayList<>()).add(row);
        }
        List<AreaSection> areaList = new ArrayList<>();
        int goalsPerArea = goals / areas;
        for (int a = 0; a < areas; a++) {
            List<GoalSection> gs = new ArrayList<>();
            for (int g = a * goalsPerArea; g < (a + 1) * goalsPerArea; g++) {
                Map<Integer, Judgement> earlier = new HashMap<>();
                for (int y : yearList) {
                    if (y != 2022) {
                        earlier.put(y, judgements[(g + y) % 3]);
                    }
                }
                gs.add(new GoalSection(100 + g, "Mål " + (g + 1), "Beskrivning av mål " + (g + 1) + ".",
                        List.of(departments[g % departments.length]),
                        List.of(new DepartmentWork(departments[g % departments.length], "Arbete under året med mål " + (g + 1) + "."),
                                new DepartmentWork(departments[(g + 1) % departments.length], "Stödjande insatser.")),
                        judgements[g % 3], earlier, perGoal.get(g)));
            }
            areaList.add(new AreaSection(a + 1, "Område " + (a + 1), "Delmål för område " + (a + 1), gs));
        }
        List<IndicatorSection> indicatorList = new ArrayList<>();
        for (int i = 0; i < indicators; i++) {
            List<IndicatorPoint> points = new ArrayList<>();
            for (int y : yearList) {
                points.add((y + i) % 9 == 0
                        ? new IndicatorPoint(y, null, "Ingen mätning detta år", BigDecimal.valueOf(50))
                        : new IndicatorPoint(y, BigDecimal.valueOf(40 + (y * 13 + i * 7) % 30), null, BigDecimal.valueOf(50)));
            }
            indicatorList.add(new IndicatorSection(500 + i, "Indikator " + (i + 1), "procent", Direction.HIGHER_IS_BETTER,
                    IndicatorSource.SURVEY, null, "Mål " + (i % goals + 1), first, BigDecimal.valueOf(40), points));
        }
        List<DepartmentActivities> byDepartment = new ArrayList<>();
        for (String d : departments) {
            byDepartment.add(new DepartmentActivities(d, perDepartment.getOrDefault(d, List.of())));
        }
        return new FollowUpReport(8, "Huddinge kommun", "Program för trygghet och säkerhet 2019–2022", 2022,
                "Uppföljning av Program för trygghet och säkerhet 2019–2022 avseende 2022", "Kommunstyrelsens förvaltning",
                LocalDate.of(2023, 2, 1), null, false, false, JudgementScale.MET_PARTLY_NOT_MET, "Sammanfattning av året.",
                Judgement.PARTLY_MET, true, Judgement.PARTLY_MET, null, yearList, areaList, indicatorList, List.of(), byDepartment);
    }
}
