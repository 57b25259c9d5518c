package se.tryggve.assessment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.assessment.AssessmentDetails.Cause;
import se.tryggve.assessment.AssessmentDetails.InformationItem;
import se.tryggve.assessment.AssessmentDetails.Problem;
import se.tryggve.assessment.AssessmentDetails.ReferenceFigure;
import se.tryggve.assessment.AssessmentDetails.Section;
import se.tryggve.assessment.AssessmentDetails.Source;
import se.tryggve.organisation.Bodies;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.shared.StateChanged;

/**
 * Use cases of the lägesbild under lag (2023:196) 4 §: create a version for a period, write its sections,
 * prioritised problems with causes from Brå's three perspectives, the source register and reference
 * figures; copy it into a new version; record its adoption. Only a DRAFT is edited. Every change bumps the
 * assessment's version (optimistic lock for the whole document: two coordinators editing the same draft
 * are told, not overwritten) and publishes {@link StateChanged}.
 */
@Service
public class Assessments {

    static final String TYPE = "Assessment";
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final int TITLE_MAX = 300;
    static final int TEXT_MAX = 20_000;
    static final int CAUSE_MAX = 2000;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Bodies bodies;
    private final Clock clock;

    Assessments(JdbcClient jdbc, ApplicationEventPublisher events, Bodies bodies, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.bodies = bodies;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reads

    @Transactional(readOnly = true)
    public List<AssessmentInfo> listAssessments(long m) {
        return jdbc.sql("select * from assessment where municipality_id = :m order by period_to desc, version_number desc, id desc")
                .param("m", m).query(Assessments::info).list();
    }

    @Transactional(readOnly = true)
    public AssessmentInfo findAssessment(long m, long id) {
        return jdbc.sql("select * from assessment where municipality_id = :m and id = :id").param("m", m).param("id", id)
                .query(Assessments::info).optional().orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    @Transactional(readOnly = true)
    public AssessmentDetails details(long m, long id) {
        AssessmentInfo a = findAssessment(m, id);
        List<Section> sections = new ArrayList<>();
        Map<SectionKind, String> texts = new HashMap<>();
        jdbc.sql("select kind, body from assessment_section where municipality_id = :m and assessment_id = :a")
                .param("m", m).param("a", id).query((ResultSet rs) -> {
                    texts.put(SectionKind.valueOf(rs.getString(1)), rs.getString(2));
                });
        for (SectionKind k : SectionKind.values()) {
            sections.add(new Section(k, texts.get(k)));
        }
        List<InformationItem> info = jdbc.sql("select id, kind, title, description from assessment_information"
                        + " where municipality_id = :m and assessment_id = :a order by position, id")
                .param("m", m).param("a", id).query((rs, n) -> new InformationItem(rs.getLong(1),
                        InformationKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4))).list();
        Map<Long, List<Cause>> causes = new HashMap<>();
        jdbc.sql("""
                select c.id, c.problem_id, c.perspective, c.text from assessment_cause c
                  join assessment_problem p on p.id = c.problem_id
                 where c.municipality_id = :m and p.assessment_id = :a order by c.position, c.id""")
                .param("m", m).param("a", id).query((ResultSet rs) -> {
                    causes.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Cause(rs.getLong(1), rs.getLong(2),
                            CausePerspective.valueOf(rs.getString(3)), rs.getString(4)));
                });
        Map<Long, List<Long>> districts = new HashMap<>();
        jdbc.sql("""
                select d.problem_id, d.district_id from assessment_problem_district d
                  join assessment_problem p on p.id = d.problem_id
                 where p.municipality_id = :m and p.assessment_id = :a order by d.district_id""")
                .param("m", m).param("a", id).query((ResultSet rs) -> {
                    districts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        List<Problem> problems = jdbc.sql("select id, priority, title, description, place from assessment_problem"
                        + " where municipality_id = :m and assessment_id = :a order by priority, id")
                .param("m", m).param("a", id).query((rs, n) -> {
                    long pid = rs.getLong(1);
                    List<Cause> cs = new ArrayList<>(causes.getOrDefault(pid, List.of()));
                    cs.sort(java.util.Comparator.comparing(Cause::perspective));
                    return new Problem(pid, rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            districts.getOrDefault(pid, List.of()), cs);
                }).list();
        List<Source> sources = jdbc.sql("select id, kind, title, description, reason from assessment_source"
                        + " where municipality_id = :m and assessment_id = :a order by position, id")
                .param("m", m).param("a", id).query((rs, n) -> new Source(rs.getLong(1), SourceKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5))).list();
        sources = new ArrayList<>(sources);
        sources.sort(java.util.Comparator.comparing(Source::kind));
        List<ReferenceFigure> figures = jdbc.sql("""
                select id, kpi_id, name, figure_year, value_municipality, value_comparison, comparison_label
                  from assessment_reference_figure where municipality_id = :m and assessment_id = :a order by kpi_id, figure_year, id""")
                .param("m", m).param("a", id).query((rs, n) -> new ReferenceFigure(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7))).list();
        return new AssessmentDetails(a, sections, info, problems, sources, figures);
    }

    // ---------------------------------------------------------------- header and versions

    @Transactional
    public AssessmentInfo createAssessment(long m, AssessmentInputs.Header in) {
        String title = title(in.getTitle());
        LocalDate[] period = period(in.getPeriodFrom(), in.getPeriodTo());
        OffsetDateTime now = now();
        long id = insertAssessment(m, title, period[0], period[1], 1, null, now);
        events.publishEvent(StateChanged.of(m, TYPE, id, "created").value("title", title).value("periodFrom", period[0])
                .value("periodTo", period[1]).value("versionNumber", 1).build());
        return findAssessment(m, id);
    }

    @Transactional
    public AssessmentInfo updateAssessment(long m, long id, long expectedVersion, AssessmentInputs.Header in) {
        AssessmentInfo before = requireDraft(m, id, expectedVersion);
        String title = title(in.getTitle());
        LocalDate[] period = period(in.getPeriodFrom(), in.getPeriodTo());
        jdbc.sql("""
                update assessment set title = :t, period_from = :f, period_to = :to, updated_at = :now, version = version + 1
                 where municipality_id = :m and id = :id""")
                .param("t", title).param("f", period[0]).param("to", period[1]).param("now", now())
                .param("m", m).param("id", id).update();
        events.publishEvent(StateChanged.of(m, TYPE, id, "updated").field("title", before.title(), title)
                .field("periodFrom", before.periodFrom(), period[0]).field("periodTo", before.periodTo(), period[1]).build());
        return findAssessment(m, id);
    }

    /** Deletes a draft that was never sent for decision (a first version written by mistake, or an unwanted new version). */
    @Transactional
    public void deleteAssessment(long m, long id, long expectedVersion) {
        AssessmentInfo a = requireDraft(m, id, expectedVersion);
        jdbc.sql("delete from assessment where municipality_id = :m and id = :id").param("m", m).param("id", id).update();
        events.publishEvent(StateChanged.of(m, TYPE, id, "deleted").field("title", a.title(), null).build());
    }

    /**
     * Starts the next version: a DRAFT copying the sections, information, problems with causes and
     * districts, sources and reference figures. Allowed from the latest version once it has left DRAFT;
     * the older one stays in force until the new one is adopted (then it becomes SUPERSEDED).
     */
    @Transactional
    public AssessmentInfo newVersion(long m, long id) {
        AssessmentInfo from = findAssessment(m, id);
        if (from.status() == AssessmentStatus.DRAFT) {
            throw new RuleViolationException(null, "assessment.newVersion.draft");
        }
        boolean newer = jdbc.sql("select count(*) from assessment where municipality_id = :m and previous_id = :id")
                .param("m", m).param("id", id).query(Long.class).single() > 0;
        if (newer || from.status() == AssessmentStatus.SUPERSEDED) {
            throw new RuleViolationException(null, "assessment.newVersion.notLatest");
        }
        OffsetDateTime now = now();
        int number = from.versionNumber() + 1;
        long copy = insertAssessment(m, from.title(), from.periodFrom(), from.periodTo(), number, id, now);
        jdbc.sql("""
                insert into assessment_section (municipality_id, assessment_id, kind, body)
                select municipality_id, :copy, kind, body from assessment_section where municipality_id = :m and assessment_id = :id""")
                .param("copy", copy).param("m", m).param("id", id).update();
        jdbc.sql("""
                insert into assessment_information (municipality_id, assessment_id, position, kind, title, description)
                select municipality_id, :copy, position, kind, title, description from assessment_information
                 where municipality_id = :m and assessment_id = :id""")
                .param("copy", copy).param("m", m).param("id", id).update();
        jdbc.sql("""
                insert into assessment_source (municipality_id, assessment_id, kind, position, title, description, reason)
                select municipality_id, :copy, kind, position, title, description, reason from assessment_source
                 where municipality_id = :m and assessment_id = :id""")
                .param("copy", copy).param("m", m).param("id", id).update();
        jdbc.sql("""
                insert into assessment_reference_figure (municipality_id, assessment_id, kpi_id, name, figure_year,
                       value_municipality, value_comparison, comparison_label)
                select municipality_id, :copy, kpi_id, name, figure_year, value_municipality, value_comparison, comparison_label
                  from assessment_reference_figure where municipality_id = :m and assessment_id = :id""")
                .param("copy", copy).param("m", m).param("id", id).update();
        // problems one by one: their causes and districts follow the new ids
        List<long[]> problems = jdbc.sql("select id from assessment_problem where municipality_id = :m and assessment_id = :id order by priority, id")
                .param("m", m).param("id", id).query((rs, n) -> new long[] {rs.getLong(1)}).list();
        for (long[] p : problems) {
            long newProblem = key(jdbc.sql("""
                    insert into assessment_problem (municipality_id, assessment_id, priority, title, description, place)
                    select municipality_id, :copy, priority, title, description, place from assessment_problem
                     where municipality_id = :m and id = :p""")
                    .param("copy", copy).param("m", m).param("p", p[0]));
            jdbc.sql("""
                    insert into assessment_cause (municipality_id, problem_id, perspective, position, text)
                    select municipality_id, :np, perspective, position, text from assessment_cause where municipality_id = :m and problem_id = :p""")
                    .param("np", newProblem).param("m", m).param("p", p[0]).update();
            jdbc.sql("""
                    insert into assessment_problem_district (problem_id, district_id)
                    select :np, district_id from assessment_problem_district where problem_id = :p""")
                    .param("np", newProblem).param("p", p[0]).update();
        }
        events.publishEvent(StateChanged.of(m, TYPE, copy, "copied").value("previousId", id).value("versionNumber", number).build());
        return findAssessment(m, copy);
    }

    // ---------------------------------------------------------------- sections and information

    @Transactional
    public AssessmentInfo updateSection(long m, long id, SectionKind kind, Long expectedVersion, String text) {
        Objects.requireNonNull(kind);
        requireDraft(m, id, expectedVersion);
        String body = optionalText("text", text, TEXT_MAX);
        String before = jdbc.sql("select body from assessment_section where municipality_id = :m and assessment_id = :a and kind = :k")
                .param("m", m).param("a", id).param("k", kind.name()).query(String.class).optional().orElse(null);
        int n = jdbc.sql("update assessment_section set body = :b where municipality_id = :m and assessment_id = :a and kind = :k")
                .param("b", body).param("m", m).param("a", id).param("k", kind.name()).update();
        if (n == 0) {
            jdbc.sql("insert into assessment_section (municipality_id, assessment_id, kind, body) values (:m, :a, :k, :b)")
                    .param("m", m).param("a", id).param("k", kind.name()).param("b", body).update();
        }
        touch(m, id);
        events.publishEvent(StateChanged.of(m, TYPE, id, "updated").field("section." + kind, before, body).build());
        return findAssessment(m, id);
    }

    @Transactional
    public InformationItem addInformation(long m, long id, Long expectedVersion, AssessmentInputs.Information in) {
        requireDraft(m, id, expectedVersion);
        if (in.getKind() == null) {
            throw new RuleViolationException("kind", "assessment.information.kindRequired");
        }
        String title = required("title", in.getTitle(), TITLE_MAX);
        String description = optionalText("description", in.getDescription(), TEXT_MAX);
        long itemId = key(jdbc.sql("""
                insert into assessment_information (municipality_id, assessment_id, position, kind, title, description)
                values (:m, :a, (select coalesce(max(position), 0) + 1 from assessment_information where assessment_id = :a), :k, :t, :d)""")
                .param("m", m).param("a", id).param("k", in.getKind().name()).param("t", title).param("d", description));
        touch(m, id);
        events.publishEvent(StateChanged.of(m, "AssessmentInformation", itemId, "created").value("assessmentId", id)
                .value("kind", in.getKind()).value("title", title).value("description", description).build());
        return new InformationItem(itemId, in.getKind(), title, description);
    }

    @Transactional
    public void deleteInformation(long m, long id, long itemId, Long expectedVersion) {
        requireDraft(m, id, expectedVersion);
        String title = jdbc.sql("select title from assessment_information where municipality_id = :m and assessment_id = :a and id = :i")
                .param("m", m).param("a", id).param("i", itemId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("AssessmentInformation", itemId));
        jdbc.sql("delete from assessment_information where municipality_id = :m and id = :i").param("m", m).param("i", itemId).update();
        touch(m, id);
        events.publishEvent(StateChanged.of(m, "AssessmentInformation", itemId, "deleted").field("title", title, null).build());
    }

    // ---------------------------------------------------------------- problems and causes

    @Transactional
    public Problem addProblem(long m, long id, Long expectedVersion, AssessmentInputs.Problem in) {
        requireDraft(m, id, expectedVersion);
        ProblemValues v = problemValues(m, in);
        int priority = in.getPriority() != null ? v.priority : jdbc.sql(
                "select coalesce(max(priority), 0) + 1 from assessment_problem where municipality_id = :m and assessment_id = :a")
                .param("m", m).param("a", id).query(Integer.class).single();
        long problemId = key(jdbc.sql("insert into assessment_problem (municipality_id, assessment_id, priority, title, description, place)"
                        + " values (:m, :a, :p, :t, :d, :pl)")
                .param("m", m).param("a", id).param("p", priority).param("t", v.title).param("d", v.description)
                .param("pl", v.place));
        saveDistricts(problemId, v.districtIds);
        touch(m, id);
        events.publishEvent(StateChanged.of(m, "AssessmentProblem", problemId, "created").value("assessmentId", id)
                .value("priority", priority).value("title", v.title).value("description", v.description)
                .value("place", v.place).value("districtIds", v.districtIds).build());
        return problem(m, id, problemId);
    }

    @Transactional
    public Problem updateProblem(long m, long id, long problemId, Long expectedVersion, AssessmentInputs.Problem in) {
        requireDraft(m, id, expectedVersion);
        Problem before = problem(m, id, problemId);
        ProblemValues v = problemValues(m, in);
        int priority = in.getPriority() != null ? v.priority : before.priority();
        jdbc.sql("update assessment_problem set priority = :p, title = :t, description = :d, place = :pl where municipality_id = :m and id = :id")
                .param("p", priority).param("t", v.title).param("d", v.description).param("pl", v.place)
                .param("m", m).param("id", problemId).update();
        jdbc.sql("delete from assessment_problem_district where problem_id = :p").param("p", problemId).update();
        saveDistricts(problemId, v.districtIds);
        touch(m, id);
        events.publishEvent(StateChanged.of(m, "AssessmentProblem", problemId, "updated").field("priority", before.priority(), priority)
                .field("title", before.title(), v.title).field("description", before.description(), v.description)
                .field("place", before.place(), v.place).field("districtIds", before.districtIds(), v.districtIds).build());
        return problem(m, id, problemId);
    }

    @Transactional
    public void deleteProblem(long m, long id, long problemId, Long expectedVersion) {
        requireDraft(m, id, expectedVersion);
        Problem before = problem(m, id, problemId);
        jdbc.sql("delete from assessment_cause where municipality_id = :m and problem_id = :p").param("m", m).param("p", problemId).update();
        jdbc.sql("delete from assessment_problem_district where problem_id = :p").param("p", problemId).update();
        jdbc.sql("delete from assessment_problem where municipality_id = :m and id = :p").param("m", m).param("p", problemId).update();
        touch(m, id);
        events.publishEvent(StateChanged.of(m, "AssessmentProblem", problemId, "deleted").field("title", before.title(), null)
                .field("causes", before.causes().size(), null).build());
    }

    @Transactional
    public Cause addCause(long m, long id, long problemId, Long expectedVersion, AssessmentInputs.Cause in) {
        requireDraft(m, id, expectedVersion);
        problem(m, id, problemId);
        CausePerspective perspective = perspective(in.getPerspective());
        String text = required("text", in.getText(), CAUSE_MAX);
        long causeId = key(jdbc.sql("""
                insert into assessment_cause (municipality_id, problem_id, perspective, position, text)
                values (:m, :p, :v, (select coalesce(max(position), 0) + 1 from assessment_cause where problem_id = :p), :t)""")
                .param("m", m).param("p", problemId).param("v", perspective.name()).param("t", text));
        touch(m, id);
        events.publishEvent(StateChanged.of(m, "AssessmentCause", causeId, "created").value("problemId", problemId)
                .value("perspective", perspective).value("text", text).build());
        return new Cause(causeId, problemId, perspective, text);
    }

    @Transactional
    public Cause updateCause(long m, long id, long causeId, Long expectedVersion, AssessmentInputs.Cause in) {
        requireDraft(m, id, expectedVersion);
        Cause before = cause(m, id, causeId);
        CausePerspective perspective = perspective(in.getPerspective());
        String text = required("text", in.getText(), CAUSE_MAX);
        jdbc.sql("update assessment_cause set perspective = :v, text = :t where municipality_id = :m and id = :c")
                .param("v", perspective.name()).param("t", text).param("m", m).param("c", causeId).update();
        touch(m, id);
        events.publishEvent(StateChanged.of(m, "AssessmentCause", causeId, "updated").field("perspective", before.perspective(), perspective)
                .field("text", before.text(), text).build());
        return new Cause(causeId, before.problemId(), perspective, text);
    }

    @Transactional
    public void deleteCause(long m, long id, long causeId, Long expectedVersion) {
        requireDraft(m, id, expectedVersion);
        Cause before = cause(m, id, causeId);
        jdbc.sql("delete from assessment_cause where municipality_id = :m and id = :c").param("m", m).param("c", causeId).update();
        touch(m, id);
        events.publishEvent(StateChanged.of(m, "AssessmentCause", causeId, "deleted").field("text", before.text(), null).build());
    }

    // ---------------------------------------------------------------- sources and reference figures

    @Transactional
    public Source addSource(long m, long id, Long expectedVersion, AssessmentInputs.Source in) {
        requireDraft(m, id, expectedVersion);
        SourceValues v = sourceValues(in);
        long sourceId = key(jdbc.sql("""
                insert into assessment_source (municipality_id, assessment_id, kind, position, title, description, reason)
                values (:m, :a, :k, (select coalesce(max(position), 0) + 1 from assessment_source where assessment_id = :a), :t, :d, :r)""")
                .param("m", m).param("a", id).param("k", v.kind.name()).param("t", v.title).param("d", v.description)
                .param("r", v.reason));
        touch(m, id);
        events.publishEvent(StateChanged.of(m, "AssessmentSource", sourceId, "created").value("assessmentId", id)
                .value("kind", v.kind).value("title", v.title).value("description", v.description).value("reason", v.reason).build());
        return new Source(sourceId, v.kind, v.title, v.description, v.reason);
    }

    @Transactional
    public Source updateSource(long m, long id, long sourceId, Long expectedVersion, AssessmentInputs.Source in) {
        requireDraft(m, id, expectedVersion);
        Source before = source(m, id, sourceId);
        SourceValues v = sourceValues(in);
        jdbc.sql("update assessment_source set kind = :k, title = :t, description = :d, reason = :r where municipality_id = :m and id = :s")
                .param("k", v.kind.name()).param("t", v.title).param("d", v.description).param("r", v.reason)
                .param("m", m).param("s", sourceId).update();
        touch(m, id);
        events.publishEvent(StateChanged.of(m, "AssessmentSource", sourceId, "updated").field("kind", before.kind(), v.kind)
                .field("title", before.title(), v.title).field("description", before.description(), v.description)
                .field("reason", before.reason(), v.reason).build());
        return new Source(sourceId, v.kind, v.title, v.description, v.reason);
    }

    @Transactional
    public void deleteSource(long m, long id, long sourceId, Long expectedVersion) {
        requireDraft(m, id, expectedVersion);
        Source before = source(m, id, sourceId);
        jdbc.sql("delete from assessment_source where municipality_id = :m and id = :s").param("m", m).param("s", sourceId).update();
        touch(m, id);
        events.publishEvent(StateChanged.of(m, "AssessmentSource", sourceId, "deleted").field("title", before.title(), null).build());
    }

    @Transactional
    public ReferenceFigure addReferenceFigure(long m, long id, Long expectedVersion, AssessmentInputs.ReferenceFigure in) {
        requireDraft(m, id, expectedVersion);
        String kpi = required("kpiId", in.getKpiId(), 40);
        String name = required("name", in.getName(), TITLE_MAX);
        if (in.getYear() == null || in.getYear() < 1900 || in.getYear() > 2200) {
            throw new RuleViolationException("year", "assessment.figure.year");
        }
        if (in.getValueMunicipality() == null) {
            throw new RuleViolationException("valueMunicipality", "assessment.figure.valueRequired");
        }
        checkValue("valueMunicipality", in.getValueMunicipality());
        checkValue("valueComparison", in.getValueComparison());
        String label = optionalText("comparisonLabel", in.getComparisonLabel(), 100);
        long figureId = key(jdbc.sql("""
                insert into assessment_reference_figure (municipality_id, assessment_id, kpi_id, name, figure_year, value_municipality,
                       value_comparison, comparison_label) values (:m, :a, :k, :n, :y, :vm, :vc, :l)""")
                .param("m", m).param("a", id).param("k", kpi).param("n", name).param("y", in.getYear())
                .param("vm", in.getValueMunicipality()).param("vc", in.getValueComparison()).param("l", label));
        touch(m, id);
        events.publishEvent(StateChanged.of(m, "AssessmentReferenceFigure", figureId, "created").value("assessmentId", id)
                .value("kpiId", kpi).value("name", name).value("year", in.getYear()).value("valueMunicipality", in.getValueMunicipality())
                .value("valueComparison", in.getValueComparison()).value("comparisonLabel", label).build());
        return new ReferenceFigure(figureId, kpi, name, in.getYear(), in.getValueMunicipality(), in.getValueComparison(), label);
    }

    @Transactional
    public void deleteReferenceFigure(long m, long id, long figureId, Long expectedVersion) {
        requireDraft(m, id, expectedVersion);
        String name = jdbc.sql("select name from assessment_reference_figure where municipality_id = :m and assessment_id = :a and id = :f")
                .param("m", m).param("a", id).param("f", figureId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("AssessmentReferenceFigure", figureId));
        jdbc.sql("delete from assessment_reference_figure where municipality_id = :m and id = :f").param("m", m).param("f", figureId).update();
        touch(m, id);
        events.publishEvent(StateChanged.of(m, "AssessmentReferenceFigure", figureId, "deleted").field("name", name, null).build());
    }

    // ---------------------------------------------------------------- decision

    /** Records that the draft went to the deciding body as case {@code caseNumber} (called by {@link AssessmentDecisions}). */
    @Transactional
    public AssessmentInfo markSentForDecision(long m, long id, long expectedVersion, long caseId, String caseNumber, LocalDate on) {
        requireDraft(m, id, expectedVersion);
        jdbc.sql("""
                update assessment set status = 'SENT_FOR_DECISION', case_id = :c, case_number = :n, sent_for_decision_on = :on,
                       updated_at = :now, version = version + 1 where municipality_id = :m and id = :id""")
                .param("c", caseId).param("n", caseNumber).param("on", on).param("now", now()).param("m", m).param("id", id).update();
        events.publishEvent(StateChanged.of(m, TYPE, id, "sentForDecision").field("status", AssessmentStatus.DRAFT, AssessmentStatus.SENT_FOR_DECISION)
                .value("caseNumber", caseNumber).build());
        return findAssessment(m, id);
    }

    /**
     * Records the adoption (lag 2023:196 5 §: the municipality decides on the lägesbild and the need for measures):
     * ADOPTED on the date, with the paragraph reference and the revision date (every two years by default); every
     * earlier adopted version of the same lägesbild becomes SUPERSEDED. A DRAFT may be adopted directly when it was
     * decided outside Tryggve.
     */
    @Transactional
    public AssessmentInfo recordAdoption(long m, long id, Long expectedVersion, AssessmentInputs.Adoption in) {
        AssessmentInfo a = findAssessment(m, id);
        if (expectedVersion != null && a.version() != expectedVersion) {
            throw new StaleVersionException(TYPE, id);
        }
        if (a.status() != AssessmentStatus.DRAFT && a.status() != AssessmentStatus.SENT_FOR_DECISION) {
            throw new RuleViolationException(null, "assessment.adopt.notOpen");
        }
        if (in.getAdoptedOn() == null) {
            throw new RuleViolationException("adoptedOn", "assessment.adopt.dateRequired");
        }
        if (in.getAdoptedOn().isAfter(LocalDate.now(clock.withZone(STOCKHOLM)))) {
            throw new RuleViolationException("adoptedOn", "assessment.adopt.future");
        }
        String reference = required("reference", in.getReference(), TITLE_MAX);
        AssessmentSettings.Values settings = settingsOf(m);
        LocalDate due = in.getAdoptedOn().plusMonths(settings.revisionMonths());
        jdbc.sql("""
                update assessment set status = 'ADOPTED', adopted_on = :on, decision_reference = :r, revision_due_on = :due,
                       updated_at = :now, version = version + 1 where municipality_id = :m and id = :id""")
                .param("on", in.getAdoptedOn()).param("r", reference).param("due", due).param("now", now())
                .param("m", m).param("id", id).update();
        events.publishEvent(StateChanged.of(m, TYPE, id, "adopted").field("status", a.status(), AssessmentStatus.ADOPTED)
                .value("adoptedOn", in.getAdoptedOn()).value("decisionReference", reference).value("revisionDueOn", due).build());
        Long previous = a.previousId();
        while (previous != null) {
            AssessmentInfo older = findAssessment(m, previous);
            if (older.status() == AssessmentStatus.ADOPTED) {
                jdbc.sql("update assessment set status = 'SUPERSEDED', updated_at = :now, version = version + 1 where municipality_id = :m and id = :id")
                        .param("now", now()).param("m", m).param("id", older.id()).update();
                events.publishEvent(StateChanged.of(m, TYPE, older.id(), "superseded")
                        .field("status", AssessmentStatus.ADOPTED, AssessmentStatus.SUPERSEDED).value("supersededBy", id).build());
            }
            previous = older.previousId();
        }
        return findAssessment(m, id);
    }

    /** The lägesbild sent for decision as this case, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<AssessmentInfo> findByCase(long m, long caseId) {
        return jdbc.sql("select * from assessment where municipality_id = :m and case_id = :c and status = 'SENT_FOR_DECISION'")
                .param("m", m).param("c", caseId).query(Assessments::info).optional();
    }

    /** Audits the claimed revision reminder (the claim itself is made by {@link AssessmentReminders}). */
    @Transactional
    public void markReminderSent(long m, long id) {
        events.publishEvent(StateChanged.of(m, TYPE, id, "revisionReminderSent").build());
    }

    // ---------------------------------------------------------------- settings

    @Transactional(readOnly = true)
    public AssessmentSettings.Values settingsOf(long m) {
        return jdbc.sql("select deciding_body_id, revision_months, reminder_days_before from assessment_settings where municipality_id = :m")
                .param("m", m).query((rs, n) -> new AssessmentSettings.Values((Long) rs.getObject(1, Long.class), rs.getInt(2), rs.getInt(3)))
                .optional().orElse(AssessmentSettings.Values.DEFAULTS);
    }

    @Transactional
    public AssessmentSettings.Values updateSettings(long m, AssessmentInputs.Settings in) {
        AssessmentSettings.Values before = settingsOf(m);
        if (in.getDecidingBodyId() != null) {
            bodies.findBody(m, in.getDecidingBodyId());
        }
        int months = in.getRevisionMonths() == null ? AssessmentSettings.Values.DEFAULTS.revisionMonths() : in.getRevisionMonths();
        int days = in.getReminderDaysBefore() == null ? AssessmentSettings.Values.DEFAULTS.reminderDaysBefore() : in.getReminderDaysBefore();
        if (months < 1 || months > 120) {
            throw new RuleViolationException("revisionMonths", "assessment.settings.revisionMonths");
        }
        if (days < 1 || days > 365) {
            throw new RuleViolationException("reminderDaysBefore", "assessment.settings.reminderDays");
        }
        int n = jdbc.sql("update assessment_settings set deciding_body_id = :b, revision_months = :r, reminder_days_before = :d,"
                        + " version = version + 1 where municipality_id = :m")
                .param("b", in.getDecidingBodyId()).param("r", months).param("d", days).param("m", m).update();
        if (n == 0) {
            jdbc.sql("insert into assessment_settings (municipality_id, deciding_body_id, revision_months, reminder_days_before)"
                            + " values (:m, :b, :r, :d)")
                    .param("m", m).param("b", in.getDecidingBodyId()).param("r", months).param("d", days).update();
        }
        events.publishEvent(StateChanged.of(m, "AssessmentSettings", m, "updated").field("decidingBodyId", before.decidingBodyId(), in.getDecidingBodyId())
                .field("revisionMonths", before.revisionMonths(), months).field("reminderDaysBefore", before.reminderDaysBefore(), days).build());
        return settingsOf(m);
    }

    // ---------------------------------------------------------------- helpers

    private Problem problem(long m, long id, long problemId) {
        return details(m, id).problems().stream().filter(p -> p.id() == problemId).findFirst()
                .orElseThrow(() -> new NotFoundException("AssessmentProblem", problemId));
    }

    private Cause cause(long m, long id, long causeId) {
        return jdbc.sql("""
                select c.id, c.problem_id, c.perspective, c.text from assessment_cause c join assessment_problem p on p.id = c.problem_id
                 where c.municipality_id = :m and p.assessment_id = :a and c.id = :c""")
                .param("m", m).param("a", id).param("c", causeId)
                .query((rs, n) -> new Cause(rs.getLong(1), rs.getLong(2), CausePerspective.valueOf(rs.getString(3)), rs.getString(4)))
                .optional().orElseThrow(() -> new NotFoundException("AssessmentCause", causeId));
    }

    private Source source(long m, long id, long sourceId) {
        return jdbc.sql("select id, kind, title, description, reason from assessment_source where municipality_id = :m and assessment_id = :a and id = :s")
                .param("m", m).param("a", id).param("s", sourceId)
                .query((rs, n) -> new Source(rs.getLong(1), SourceKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional().orElseThrow(() -> new NotFoundException("AssessmentSource", sourceId));
    }

    private record ProblemValues(int priority, String title, String description, String place, List<Long> districtIds) {
    }

    private ProblemValues problemValues(long m, AssessmentInputs.Problem in) {
        if (in.getPriority() != null && (in.getPriority() < 1 || in.getPriority() > 99)) {
            throw new RuleViolationException("priority", "assessment.problem.priority");
        }
        String title = required("title", in.getTitle(), TITLE_MAX);
        String description = optionalText("description", in.getDescription(), TEXT_MAX);
        String place = optionalText("place", in.getPlace(), TITLE_MAX);
        List<Long> districts = new ArrayList<>(new LinkedHashSet<>(in.getDistrictIds() == null ? List.of()
                : in.getDistrictIds().stream().filter(Objects::nonNull).toList()));
        for (Long d : districts) {
            boolean exists = jdbc.sql("select count(*) from district where municipality_id = :m and id = :d")
                    .param("m", m).param("d", d).query(Long.class).single() > 0;
            if (!exists) {
                throw new RuleViolationException("districtIds", "assessment.problem.unknownDistrict", d);
            }
        }
        return new ProblemValues(in.getPriority() == null ? 0 : in.getPriority(), title, description, place, districts);
    }

    private void saveDistricts(long problemId, List<Long> districtIds) {
        for (Long d : districtIds) {
            jdbc.sql("insert into assessment_problem_district (problem_id, district_id) values (:p, :d)")
                    .param("p", problemId).param("d", d).update();
        }
    }

    private record SourceValues(SourceKind kind, String title, String description, String reason) {
    }

    private static SourceValues sourceValues(AssessmentInputs.Source in) {
        if (in.getKind() == null) {
            throw new RuleViolationException("kind", "assessment.source.kindRequired");
        }
        String title = required("title", in.getTitle(), TITLE_MAX);
        String description = optionalText("description", in.getDescription(), TEXT_MAX);
        String reason = optionalText("reason", in.getReason(), CAUSE_MAX);
        // A rejected source without the reason tells the reader nothing; Brå asks for why.
        if (in.getKind() == SourceKind.REJECTED && reason == null) {
            throw new RuleViolationException("reason", "assessment.source.reasonRequired");
        }
        return new SourceValues(in.getKind(), title, description, reason);
    }

    private static CausePerspective perspective(CausePerspective p) {
        if (p == null) {
            throw new RuleViolationException("perspective", "assessment.cause.perspectiveRequired");
        }
        return p;
    }

    private static void checkValue(String field, java.math.BigDecimal v) {
        if (v != null && (v.abs().compareTo(new java.math.BigDecimal("999999999999")) > 0 || v.scale() > 2)) {
            throw new RuleViolationException(field, "assessment.figure.value");
        }
    }

    private AssessmentInfo requireDraft(long m, long id, Long expectedVersion) {
        AssessmentInfo a = findAssessment(m, id);
        if (expectedVersion != null && a.version() != expectedVersion) {
            throw new StaleVersionException(TYPE, id);
        }
        if (!EnumSet.of(AssessmentStatus.DRAFT).contains(a.status())) {
            throw new RuleViolationException(null, "assessment.notDraft");
        }
        return a;
    }

    private void touch(long m, long id) {
        jdbc.sql("update assessment set updated_at = :now, version = version + 1 where municipality_id = :m and id = :id")
                .param("now", now()).param("m", m).param("id", id).update();
    }

    private long insertAssessment(long m, String title, LocalDate from, LocalDate to, int number, Long previous, OffsetDateTime now) {
        return key(jdbc.sql("""
                insert into assessment (municipality_id, title, period_from, period_to, version_number, status, previous_id, created_at, updated_at)
                values (:m, :t, :f, :to, :n, 'DRAFT', :p, :now, :now)""")
                .param("m", m).param("t", title).param("f", from).param("to", to).param("n", number).param("p", previous)
                .param("now", now));
    }

    /** Runs an insert and answers the generated id. */
    private static long key(JdbcClient.StatementSpec insert) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        insert.update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String title(String t) {
        return required("title", t, TITLE_MAX);
    }

    private static LocalDate[] period(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new RuleViolationException("periodFrom", "assessment.period.fromRequired");
        }
        if (to == null) {
            throw new RuleViolationException("periodTo", "assessment.period.toRequired");
        }
        if (to.isBefore(from)) {
            throw new RuleViolationException("periodTo", "assessment.period.endsBeforeStart");
        }
        if (from.plusYears(10).isBefore(to)) {
            throw new RuleViolationException("periodTo", "assessment.period.tooLong");
        }
        return new LocalDate[] {from, to};
    }

    static String required(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new RuleViolationException(field, "assessment.field.required");
        }
        if (v.length() > max) {
            throw new RuleViolationException(field, "assessment.field.tooLong", max);
        }
        return v;
    }

    static String optionalText(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw new RuleViolationException(field, "assessment.field.tooLong", max);
        }
        return v.isEmpty() ? null : v;
    }

    static AssessmentInfo info(ResultSet rs, int row) throws SQLException {
        return new AssessmentInfo(rs.getLong("id"), rs.getString("title"), rs.getDate("period_from").toLocalDate(),
                rs.getDate("period_to").toLocalDate(), rs.getInt("version_number"), AssessmentStatus.valueOf(rs.getString("status")),
                rs.getObject("previous_id", Long.class), rs.getObject("case_id", Long.class), rs.getString("case_number"),
                date(rs.getDate("sent_for_decision_on")), date(rs.getDate("adopted_on")), rs.getString("decision_reference"),
                date(rs.getDate("revision_due_on")), rs.getLong("version"));
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
