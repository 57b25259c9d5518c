package se.tryggve.prevention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.organisation.DepartmentDirectory;
import se.tryggve.shared.PersonalIdentityNumbers;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.shared.StateChanged;

/**
 * Use cases of the follow-up of the guideline against violent extremism: record, update and remove a
 * reporting unit's figures for a year; and the reads — the real figures for the entry pages and the
 * suppressed ones ({@link PublishedYear}) for everything published.
 */
@Service
public class PreventionFollowUps {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** The earliest year a follow-up may concern; anything older is taken for a typing error. */
    static final int FIRST_YEAR = 2000;
    /** Swedish alphabetical order of department names (å, ä, ö last). */
    static final Comparator<String> SWEDISH_ORDER;

    static {
        Collator c = Collator.getInstance(Locale.forLanguageTag("sv"));
        SWEDISH_ORDER = c::compare;
    }

    private static final String COLUMNS = """
            select p.id, p.report_year, p.department_id, p.trainings, p.training_participants,
                   p.coordination_meetings, p.consultations, p.concerns_handled, p.narrative, p.version
              from prevention_follow_up p
            """;

    private final JdbcClient jdbc;
    private final DepartmentDirectory departments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PreventionFollowUps(JdbcClient jdbc, DepartmentDirectory departments, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.events = events;
        this.clock = clock;
    }

    /** The entries of a municipality, newest year first, the whole municipality before the departments. */
    @Transactional(readOnly = true)
    public List<PreventionEntry> listEntries(long m, Integer year, Long departmentId) {
        StringBuilder sql = new StringBuilder(COLUMNS).append(" where p.municipality_id = :m");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("m", m);
        if (year != null) {
            sql.append(" and p.report_year = :y");
            params.put("y", year);
        }
        if (departmentId != null) {
            sql.append(" and p.department_id = :d");
            params.put("d", departmentId);
        }
        Map<Long, String> names = departmentNames(m);
        return jdbc.sql(sql.toString()).params(params).query(PreventionFollowUps::row).list().stream()
                .map(e -> named(e, names))
                .sorted(Comparator.comparing(PreventionEntry::year).reversed()
                        .thenComparing(e -> e.departmentId() != null)
                        .thenComparing(e -> Objects.toString(e.departmentName(), ""), SWEDISH_ORDER))
                .toList();
    }

    /** One entry; another municipality's id is not found, exactly like a missing one. */
    @Transactional(readOnly = true)
    public PreventionEntry findEntry(long m, long id) {
        PreventionEntry e = jdbc.sql(COLUMNS + " where p.municipality_id = :m and p.id = :id").param("m", m).param("id", id)
                .query(PreventionFollowUps::row).optional().orElseThrow(() -> new NotFoundException("PreventionFollowUp", id));
        return named(e, departmentNames(m));
    }

    /** Records a reporting unit's figures for a year; one entry per unit and year. */
    @Transactional
    public PreventionEntry recordEntry(long m, PreventionInput in) {
        int year = checkYear(in.getYear());
        Long departmentId = in.getDepartmentId();
        if (departmentId != null && departments.findDepartment(m, departmentId).isEmpty()) {
            throw new RuleViolationException("departmentId", "prevention.department.unknown");
        }
        checkFigures(in);
        long unitKey = departmentId == null ? 0 : departmentId;
        if (existing(m, year, unitKey).isPresent()) {
            throw new RuleViolationException("year", "prevention.entry.exists", String.valueOf(year));
        }
        try {
            jdbc.sql("""
                    insert into prevention_follow_up (municipality_id, report_year, department_id, unit_key, trainings,
                        training_participants, coordination_meetings, consultations, concerns_handled, narrative, version)
                    values (:m, :y, :d, :u, :t, :tp, :cm, :c, :ch, :n, 0)""")
                    .param("m", m).param("y", year).param("d", departmentId).param("u", unitKey)
                    .param("t", in.getTrainings()).param("tp", in.getTrainingParticipants())
                    .param("cm", in.getCoordinationMeetings()).param("c", in.getConsultations())
                    .param("ch", in.getConcernsHandled()).param("n", blankToNull(in.getNarrative())).update();
        } catch (DuplicateKeyException e) {
            throw new RuleViolationException("year", "prevention.entry.exists", String.valueOf(year));
        }
        long id = existing(m, year, unitKey).orElseThrow();
        PreventionEntry e = findEntry(m, id);
        StateChanged.Builder change = StateChanged.of(m, "PreventionFollowUp", id, "created")
                .value("year", year).value("departmentId", departmentId);
        for (Measure measure : Measure.values()) {
            change.value(measure.field(), measure.of(e));
        }
        events.publishEvent(change.value("narrative", e.narrative()).build());
        return e;
    }

    /** Changes the counts and the narrative; the year and the unit are the entry's key and stay. */
    @Transactional
    public PreventionEntry updateEntry(long m, long id, long expectedVersion, PreventionInput in) {
        PreventionEntry before = findEntry(m, id);
        if (before.version() != expectedVersion) {
            throw new StaleVersionException("PreventionFollowUp", id);
        }
        if ((in.getYear() != null && in.getYear() != before.year())
                || (in.getDepartmentId() != null && !in.getDepartmentId().equals(before.departmentId()))) {
            throw new RuleViolationException("year", "prevention.key.fixed");
        }
        checkFigures(in);
        int n = jdbc.sql("""
                update prevention_follow_up set trainings = :t, training_participants = :tp, coordination_meetings = :cm,
                       consultations = :c, concerns_handled = :ch, narrative = :n, version = version + 1
                 where id = :id and municipality_id = :m and version = :v""")
                .param("t", in.getTrainings()).param("tp", in.getTrainingParticipants())
                .param("cm", in.getCoordinationMeetings()).param("c", in.getConsultations())
                .param("ch", in.getConcernsHandled()).param("n", blankToNull(in.getNarrative()))
                .param("id", id).param("m", m).param("v", expectedVersion).update();
        if (n == 0) {
            throw new StaleVersionException("PreventionFollowUp", id);
        }
        PreventionEntry after = findEntry(m, id);
        StateChanged.Builder change = StateChanged.of(m, "PreventionFollowUp", id, "updated");
        for (Measure measure : Measure.values()) {
            change.field(measure.field(), measure.of(before), measure.of(after));
        }
        events.publishEvent(change.field("narrative", before.narrative(), after.narrative()).build());
        return after;
    }

    /** Removes an entry recorded for the wrong year or unit. */
    @Transactional
    public void removeEntry(long m, long id, long expectedVersion) {
        PreventionEntry before = findEntry(m, id);
        if (before.version() != expectedVersion) {
            throw new StaleVersionException("PreventionFollowUp", id);
        }
        int n = jdbc.sql("delete from prevention_follow_up where id = :id and municipality_id = :m and version = :v")
                .param("id", id).param("m", m).param("v", expectedVersion).update();
        if (n == 0) {
            throw new StaleVersionException("PreventionFollowUp", id);
        }
        StateChanged.Builder change = StateChanged.of(m, "PreventionFollowUp", id, "deleted")
                .field("year", before.year(), null).field("departmentId", before.departmentId(), null);
        for (Measure measure : Measure.values()) {
            change.field(measure.field(), measure.of(before), null);
        }
        events.publishEvent(change.field("narrative", before.narrative(), null).build());
    }

    /** The years that have figures, oldest first. */
    @Transactional(readOnly = true)
    public List<Integer> years(long m) {
        return jdbc.sql("select distinct report_year from prevention_follow_up where municipality_id = :m order by report_year")
                .param("m", m).query(Integer.class).list();
    }

    /**
     * A year's figures of the whole municipality as they may be published: each count the sum over
     * the reporting units (missing when no unit reported it), suppressed under
     * {@link PublishedCount#THRESHOLD}; the narratives of the whole municipality first.
     */
    @Transactional(readOnly = true)
    public Optional<PublishedYear> publishedYear(long m, int year) {
        List<PreventionEntry> entries = listEntries(m, year, null);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Map<Measure, Integer> totals = totals(entries);
        List<PublishedYear.Narrative> narratives = new ArrayList<>();
        entries.stream().filter(e -> e.narrative() != null)
                .forEach(e -> narratives.add(new PublishedYear.Narrative(e.departmentName(), e.narrative())));
        return Optional.of(new PublishedYear(year, PublishedCount.of(totals.get(Measure.TRAININGS)),
                PublishedCount.of(totals.get(Measure.TRAINING_PARTICIPANTS)),
                PublishedCount.of(totals.get(Measure.COORDINATION_MEETINGS)),
                PublishedCount.of(totals.get(Measure.CONSULTATIONS)),
                PublishedCount.of(totals.get(Measure.CONCERNS_HANDLED)), narratives));
    }

    /** The published figures of every year up to and including {@code year}, oldest first. */
    @Transactional(readOnly = true)
    public List<PublishedYear> publishedYearsUpTo(long m, int year) {
        List<PublishedYear> out = new ArrayList<>();
        for (int y : years(m)) {
            if (y <= year) {
                publishedYear(m, y).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The real (unsuppressed) sums of a year per measure, for the internal pages; null where nobody reported. */
    @Transactional(readOnly = true)
    public Map<Integer, Map<Measure, Integer>> internalTotals(long m, Long departmentId) {
        Map<Integer, List<PreventionEntry>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (PreventionEntry e : listEntries(m, null, departmentId)) {
            byYear.computeIfAbsent(e.year(), y -> new ArrayList<>()).add(e);
        }
        Map<Integer, Map<Measure, Integer>> out = new LinkedHashMap<>();
        byYear.forEach((y, es) -> out.put(y, totals(es)));
        return out;
    }

    static Map<Measure, Integer> totals(List<PreventionEntry> entries) {
        Map<Measure, Integer> totals = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            Integer sum = null;
            for (PreventionEntry e : entries) {
                Integer v = measure.of(e);
                if (v != null) {
                    sum = (sum == null ? 0 : sum) + v;
                }
            }
            totals.put(measure, sum);
        }
        return totals;
    }

    /** A follow-up concerns a past or the current year, not one that has not begun. */
    int checkYear(Integer year) {
        int current = LocalDate.now(clock.withZone(STOCKHOLM)).getYear();
        if (year == null) {
            throw new RuleViolationException("year", "prevention.year.required");
        }
        if (year < FIRST_YEAR || year > current) {
            throw new RuleViolationException("year", "prevention.year.range", String.valueOf(FIRST_YEAR), String.valueOf(current));
        }
        return year;
    }

    /**
     * Rules beyond the form's: no negative count (the API may be called without the form's
     * validation), participants only where trainings were held, and a narrative without personal
     * identity numbers — the follow-up holds aggregates only (GDPR art. 9; the guideline).
     */
    static void checkFigures(PreventionInput in) {
        check("trainings", in.getTrainings());
        check("trainingParticipants", in.getTrainingParticipants());
        check("coordinationMeetings", in.getCoordinationMeetings());
        check("consultations", in.getConsultations());
        check("concernsHandled", in.getConcernsHandled());
        if (in.getTrainingParticipants() != null && in.getTrainingParticipants() > 0
                && in.getTrainings() != null && in.getTrainings() == 0) {
            throw new RuleViolationException("trainingParticipants", "prevention.participants.withoutTrainings");
        }
        if (in.getNarrative() != null && in.getNarrative().length() > PreventionInput.MAX_NARRATIVE) {
            throw new RuleViolationException("narrative", "prevention.narrative.tooLong");
        }
        if (PersonalIdentityNumbers.containsOne(in.getNarrative())) {
            throw new RuleViolationException("narrative", "prevention.narrative.personalNumber");
        }
    }

    private static void check(String field, Integer count) {
        if (count != null && count < 0) {
            throw new RuleViolationException(field, "prevention.count.negative");
        }
        if (count != null && count > PreventionInput.MAX_COUNT) {
            throw new RuleViolationException(field, "prevention.count.tooLarge");
        }
    }

    private Optional<Long> existing(long m, int year, long unitKey) {
        return jdbc.sql("select id from prevention_follow_up where municipality_id = :m and report_year = :y and unit_key = :u")
                .param("m", m).param("y", year).param("u", unitKey).query(Long.class).optional();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Names through organisation's public directory, never its tables. */
    private Map<Long, String> departmentNames(long m) {
        Map<Long, String> names = new HashMap<>();
        departments.listDepartments(m).forEach(d -> names.put(d.id(), d.name()));
        return names;
    }

    private static PreventionEntry named(PreventionEntry e, Map<Long, String> names) {
        if (e.departmentId() == null) {
            return e;
        }
        return new PreventionEntry(e.id(), e.year(), e.departmentId(), names.get(e.departmentId()), e.trainings(),
                e.trainingParticipants(), e.coordinationMeetings(), e.consultations(), e.concernsHandled(), e.narrative(),
                e.version());
    }

    private static PreventionEntry row(ResultSet rs, int n) throws SQLException {
        return new PreventionEntry(rs.getLong(1), rs.getInt(2), rs.getObject(3, Long.class), null,
                rs.getObject(4, Integer.class), rs.getObject(5, Integer.class), rs.getObject(6, Integer.class),
                rs.getObject(7, Integer.class), rs.getObject(8, Integer.class), rs.getString(9), rs.getLong(10));
    }
}
