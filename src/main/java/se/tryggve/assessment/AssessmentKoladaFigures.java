package se.tryggve.assessment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.publicdata.ReferenceFigure;
import se.tryggve.publicdata.ReferenceFigures;

/**
 * Takes the Kolada key figures imported under Öppna data into a lägesbild's reference figures — the
 * "comparison with reference figures" of the mapping (Lag 2023:196 4 §; Brå's guidance). The figures are
 * copied, not linked, so a lägesbild sent for decision keeps the values it was decided on even when
 * Kolada later revises them.
 */
@Service
public class AssessmentKoladaFigures {

    /** Years before the period that are still taken, so the mapping can show a trend into it. */
    static final int YEARS_BEFORE = 2;

    private final Assessments assessments;
    private final ReferenceFigures referenceFigures;

    AssessmentKoladaFigures(Assessments assessments, ReferenceFigures referenceFigures) {
        this.assessments = assessments;
        this.referenceFigures = referenceFigures;
    }

    /**
     * Copies the imported figures of the period's years (and {@value #YEARS_BEFORE} before) that the draft
     * does not hold yet (same key figure and year); returns how many were added. Refused unless a draft.
     */
    @Transactional
    public int copyKoladaFigures(long m, long id) {
        AssessmentDetails doc = assessments.details(m, id);
        AssessmentInfo a = doc.assessment();
        Set<String> held = new HashSet<>();
        doc.referenceFigures().forEach(f -> held.add(f.kpiId().toUpperCase(java.util.Locale.ROOT) + "/" + f.year()));
        int from = a.periodFrom().getYear() - YEARS_BEFORE;
        int to = a.periodTo().getYear();
        List<ReferenceFigure> imported = referenceFigures.referenceFigures(m).stream()
                .filter(f -> f.year() >= from && f.year() <= to && f.municipalityValue() != null)
                .filter(f -> !held.contains(f.kpi().toUpperCase(java.util.Locale.ROOT) + "/" + f.year()))
                .toList();
        for (ReferenceFigure f : imported) {
            AssessmentInputs.ReferenceFigure in = new AssessmentInputs.ReferenceFigure();
            in.setKpiId(f.kpi());
            in.setName(f.kpiTitle() == null || f.kpiTitle().isBlank() ? f.kpi() : f.kpiTitle());
            in.setYear(f.year());
            in.setValueMunicipality(f.municipalityValue());
            in.setValueComparison(f.comparisonValue());
            in.setComparisonLabel(f.comparisonValue() == null ? null : "0000".equals(f.comparisonCode()) ? "riket" : f.comparisonCode());
            assessments.addReferenceFigure(m, id, null, in);
        }
        return imported.size();
    }
}
