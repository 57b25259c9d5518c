package se.tryggve.incidents;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.followup.GuidelineSection;
import se.tryggve.followup.GuidelineSectionProvider;
import se.tryggve.governance.DocumentKind;
import se.tryggve.governance.GovernanceQueries;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.shared.NotFoundException;

/**
 * The graffiti section of the yearly follow-up report, from the register: the year's reports, share removed
 * within the guideline's targets (offensive separately), median removal time, police-reported share and cost
 * against the cost target, compared with the previous years; the districts, channels and hotspots of the year.
 * Added to the report of a programme (Huddinge's programme report follows up the guidelines too) and of the
 * linked graffiti guideline itself, when the register has incidents up to that year. The report is a Swedish
 * document, so the texts are Swedish.
 */
@Component
@Order(10)
class GraffitiSection implements GuidelineSectionProvider {

    static final Locale SV = Locale.forLanguageTag("sv-SE");
    static final int YEARS_COMPARED = 4;

    private final IncidentStatistics statistics;
    private final GraffitiGuidelines guidelines;
    private final GovernanceQueries governance;
    private final JdbcClient jdbc;

    GraffitiSection(IncidentStatistics statistics, GraffitiGuidelines guidelines, GovernanceQueries governance, JdbcClient jdbc) {
        this.statistics = statistics;
        this.guidelines = guidelines;
        this.governance = governance;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public List<GuidelineSection> sectionsFor(long m, long documentId, int year) {
        GraffitiGuideline g = guidelines.guideline(m);
        GoverningDocument doc;
        try {
            doc = governance.document(m, documentId);
        } catch (NotFoundException e) {
            return List.of();
        }
        boolean linked = g.documentId() != null && g.documentId() == documentId;
        if (!linked && doc.kind() != DocumentKind.PROGRAMME) {
            return List.of();
        }
        boolean any = jdbc.sql("select count(*) from incident where municipality_id = :m").param("m", m).query(Long.class).single() > 0;
        if (!any) {
            return List.of();
        }
        IncidentStatisticsReport r = statistics.statistics(m, IncidentStatistics.Filter.ofYear(year));
        if (r.total().reports() == 0 && r.byYear().stream().noneMatch(y -> Integer.parseInt(y.key()) < year)) {
            return List.of();
        }
        String guidelineTitle = g.documentId() == null ? null : governance.listDocuments(m).stream()
                .filter(d -> d.id() == g.documentId()).map(GoverningDocument::title).findFirst().orElse(null);
        List<GuidelineSection.Block> blocks = new ArrayList<>();
        blocks.add(new GuidelineSection.Text(summary(r, g, year, guidelineTitle)));

        List<List<String>> years = new ArrayList<>();
        for (int y = year - YEARS_COMPARED; y <= year; y++) {
            final int yy = y;
            if (y != year && r.byYear().stream().noneMatch(x -> x.key().equals(String.valueOf(yy)))) {
                continue;
            }
            IncidentStatisticsReport ry = y == year ? r : statistics.statistics(m, IncidentStatistics.Filter.ofYear(y));
            BigDecimal cost = r.costTarget().years().stream().filter(c -> c.year() == yy).map(IncidentStatisticsReport.YearCost::cost)
                    .findFirst().orElse(BigDecimal.ZERO);
            years.add(List.of(String.valueOf(y), integer(ry.total().reports()), integer(ry.offensive().reports()),
                    share(ry.total().withinTargetShare()), share(ry.offensive().withinTargetShare()),
                    hours(ry.total().medianRemovalHours()), share(ry.total().policeReportedShare()), sek(cost)));
        }
        blocks.add(new GuidelineSection.Table("Klotter och skadegörelse " + (year - YEARS_COMPARED) + "–" + year + " jämfört med tidigare år",
                List.of("År", "Anmälningar", "Varav kränkande", "Sanerade inom målet", "Kränkande inom målet", "Mediantid (timmar)",
                        "Polisanmälda", "Kostnad för klotter (kr)"), years));

        var c = r.costTarget();
        if (c.targetCost() != null) {
            List<List<String>> costs = new ArrayList<>();
            c.years().stream().filter(y -> y.year() <= year).forEach(y -> costs.add(List.of(String.valueOf(y.year()), sek(y.cost()),
                    sek(c.targetCost()), y.met() == null ? "baslinje" : y.met() ? "ja" : "nej")));
            blocks.add(new GuidelineSection.Table("Kostnad för klottersanering mot kostnadsmålet",
                    List.of("År", "Kostnad (kr)", "Kostnadsmål (kr)", "Inom målet"), costs));
        }

        List<List<String>> districts = new ArrayList<>();
        for (IncidentStatisticsReport.Row d : r.byDistrict()) {
            districts.add(List.of(d.label() == null ? "Utan område" : d.label(), integer(d.figures().reports()),
                    share(d.figures().withinTargetShare()), hours(d.figures().medianRemovalHours()), sek(d.figures().cost())));
        }
        if (!districts.isEmpty()) {
            blocks.add(new GuidelineSection.Table("Klotter och skadegörelse per område " + year,
                    List.of("Område", "Anmälningar", "Sanerade inom målet", "Mediantid (timmar)", "Kostnad (kr)"), districts));
        }

        List<List<String>> channels = new ArrayList<>();
        r.total().byChannel().forEach((ch, n) -> {
            if (n > 0) {
                channels.add(List.of(channelName(ch), integer(n)));
            }
        });
        if (!channels.isEmpty()) {
            blocks.add(new GuidelineSection.Table("Anmälningar per kanal " + year, List.of("Kanal", "Anmälningar"), channels));
        }

        List<List<String>> hot = new ArrayList<>();
        int rank = 1;
        for (IncidentStatisticsReport.Hotspot h : r.hotspots().subList(0, Math.min(5, r.hotspots().size()))) {
            hot.add(List.of(String.valueOf(rank++), coordinate(h.south()) + " N, " + coordinate(h.west()) + " E", integer(h.reports()),
                    integer(h.offensive())));
        }
        if (!hot.isEmpty()) {
            blocks.add(new GuidelineSection.Table("Brännpunkter " + year + " (rutor om cirka 550 × 570 meter)",
                    List.of("Plats", "Rutans sydvästra hörn", "Anmälningar", "Varav kränkande"), hot));
        }
        String title = guidelineTitle != null ? "Uppföljning av " + lowerFirst(guidelineTitle) : "Uppföljning av klotter och skadegörelse";
        return List.of(new GuidelineSection(title, blocks));
    }

    private static String summary(IncidentStatisticsReport r, GraffitiGuideline g, int year, String guidelineTitle) {
        StringBuilder b = new StringBuilder();
        b.append("Under ").append(year).append(" registrerades ").append(integer(r.total().reports()))
                .append(" anmälningar om klotter och skadegörelse, varav ").append(integer(r.offensive().reports()))
                .append(" om kränkande klotter. ");
        if (r.notOffensive().withinTargetShare() != null) {
            b.append(share(r.notOffensive().withinTargetShare())).append(" av det sanerade klottret togs bort inom ")
                    .append(g.removalHours()).append(" timmar. ");
        }
        if (r.offensive().withinTargetShare() != null) {
            b.append(share(r.offensive().withinTargetShare())).append(" av det kränkande klottret togs bort inom ")
                    .append(g.offensiveHours()).append(g.offensiveWorkingDaysOnly() ? " timmar räknat på vardagar. " : " timmar. ");
        }
        if (r.total().medianRemovalHours() != null) {
            b.append("Mediantiden från anmälan till sanering var ").append(hours(r.total().medianRemovalHours())).append(" timmar. ");
        }
        if (r.total().policeReportedShare() != null) {
            b.append(share(r.total().policeReportedShare())).append(" av anmälningarna polisanmäldes. ");
        }
        var c = r.costTarget();
        BigDecimal cost = c.years().stream().filter(y -> y.year() == year).map(IncidentStatisticsReport.YearCost::cost).findFirst()
                .orElse(BigDecimal.ZERO);
        b.append("Kostnaden för klottersanering var ").append(sek(cost)).append(" kr");
        if (c.targetCost() != null) {
            b.append(", mot kostnadsmålet högst ").append(sek(c.targetCost())).append(" kr (minst ").append(c.reductionPercent())
                    .append(" % lägre än genomsnittet ").append(c.baselineFromYear()).append("–").append(c.baselineToYear())
                    .append(", ").append(sek(c.baselineMeanCost())).append(" kr per år). Kostnadsmålet ")
                    .append(cost.compareTo(c.targetCost()) <= 0 ? "nåddes." : "nåddes inte.");
        } else {
            b.append('.');
        }
        if (guidelineTitle == null) {
            b.append(" Målen är riktlinjens standardvärden; inget styrdokument är kopplat.");
        }
        return b.toString();
    }

    private static String channelName(Channel c) {
        return switch (c) {
            case OPEN311 -> "App eller webb (Open311)";
            case WEB_FORM -> "Webbformulär";
            case PHONE -> "Telefon";
            case STAFF -> "Personal";
            case POLICE -> "Polisen";
            case PARTNER -> "Partnerorganisation";
        };
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Swedish numbers with a plain space between thousands (the PDF fonts and screen readers read it alike). */
    private static String integer(long n) {
        return NumberFormat.getIntegerInstance(SV).format(n).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static String sek(BigDecimal v) {
        return v == null ? "–" : integer(v.setScale(0, java.math.RoundingMode.HALF_UP).longValue());
    }

    private static String share(Double v) {
        return v == null ? "–" : String.format(SV, "%.1f %%", v * 100);
    }

    private static String hours(Double v) {
        return v == null ? "–" : String.format(SV, "%.1f", v);
    }

    private static String coordinate(double v) {
        return String.format(SV, "%.3f", v);
    }
}
