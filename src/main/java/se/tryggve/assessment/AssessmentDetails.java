package se.tryggve.assessment;

import java.math.BigDecimal;
import java.util.List;

/** A lägesbild with everything the coordinator wrote: section texts, information items, problems with causes, sources, reference figures. */
public record AssessmentDetails(AssessmentInfo assessment, List<Section> sections, List<InformationItem> information,
                                List<Problem> problems, List<Source> sources, List<ReferenceFigure> referenceFigures) {

    public record Section(SectionKind kind, String text) {
    }

    public record InformationItem(long id, InformationKind kind, String title, String description) {
    }

    public record Problem(long id, int priority, String title, String description, String place, List<Long> districtIds,
                          List<Cause> causes) {

        public List<Cause> causes(CausePerspective p) {
            return causes.stream().filter(c -> c.perspective() == p).toList();
        }
    }

    public record Cause(long id, long problemId, CausePerspective perspective, String text) {
    }

    public record Source(long id, SourceKind kind, String title, String description, String reason) {
    }

    public record ReferenceFigure(long id, String kpiId, String name, int year, BigDecimal valueMunicipality,
                                  BigDecimal valueComparison, String comparisonLabel) {
    }

    public String text(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst().map(Section::text).orElse(null);
    }

    public List<Source> sources(SourceKind kind) {
        return sources.stream().filter(s -> s.kind() == kind).toList();
    }
}
