package se.tryggve.est;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import se.tryggve.incidents.Districts;
import se.tryggve.incidents.IncidentWeeklyCounts;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StateChanged;

/**
 * The use cases of the EST pictures (weekly picture, monthly and tertial summaries): save the draft,
 * compile (freezes the figures), start a correction, send to the EST group, keep the group's addresses;
 * and the reads. Every change publishes a {@link StateChanged} "EstPicture" (or "EstRecipients") in its
 * transaction, so the audit log has it. Scoped by municipality: another municipality's picture is a 404.
 */
@Service
public class EstPictures {

    public static final String OBJECT_TYPE = "EstPicture";
    public static final String RECIPIENTS = "EstRecipients";
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");
    private static final Logger log = LoggerFactory.getLogger(EstPictures.class);

    private final JdbcClient jdbc;
    private final EstFigures figures;
    private final EstDocuments documents;
    private final IncidentWeeklyCounts counts;
    private final Districts districts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String mailHost;
    private final String from;

    EstPictures(JdbcClient jdbc, EstFigures figures, EstDocuments documents, IncidentWeeklyCounts counts,
                Districts districts, ApplicationEventPublisher events, Clock clock,
                ObjectProvider<JavaMailSender> mailSender,
                @Value("${spring.mail.host:}") String mailHost,
                @Value("${tryggve.mail.from:tryggve@localhost}") String from) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.documents = documents;
        this.counts = counts;
        this.districts = districts;
        this.events = events;
        this.clock = clock;
        this.mailSender = mailSender;
        this.mailHost = mailHost;
        this.from = from;
    }

    // ---- reads ----

    /** The newest version (the latest correction) of the period's picture. */
    @Transactional(readOnly = true)
    public Optional<EstPicture> findPicture(long m, EstPeriod period) {
        return jdbc.sql(SELECT + " where municipality_id = :m and period_kind = :k and period_key = :p order by correction desc limit 1")
                .param("m", m).param("k", period.kind().name()).param("p", period.key())
                .query(this::row).optional().map(p -> complete(m, p));
    }

    @Transactional(readOnly = true)
    public EstPicture picture(long m, long id) {
        return jdbc.sql(SELECT + " where municipality_id = :m and id = :id").param("m", m).param("id", id)
                .query(this::row).optional().map(p -> complete(m, p))
                .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, id));
    }

    /** Every version of the period's picture, the first first. */
    @Transactional(readOnly = true)
    public List<EstPicture> versions(long m, EstPeriod period) {
        return jdbc.sql(SELECT + " where municipality_id = :m and period_kind = :k and period_key = :p order by correction")
                .param("m", m).param("k", period.kind().name()).param("p", period.key())
                .query(this::row).list().stream().map(p -> complete(m, p)).toList();
    }

    /** The pictures of a kind whose period starts in the year, newest period first (latest version of each). */
    @Transactional(readOnly = true)
    public List<EstPicture> pictures(long m, PeriodKind kind, int year) {
        return jdbc.sql(SELECT + " " + """
                 p where municipality_id = :m and period_kind = :k and period_key like :y
                   and correction = (select max(q.correction) from est_picture q where q.municipality_id = p.municipality_id
                                     and q.period_kind = p.period_kind and q.period_key = p.period_key)
                 order by period_start desc""")
                .param("m", m).param("k", kind.name()).param("y", String.format("%04d-%%", year))
                .query(this::row).list();
    }

    /** The figures of the period as they are now (a draft's preview), with the draft's texts. */
    @Transactional(readOnly = true)
    public Figures liveFigures(long m, EstPeriod period, Draft draft) {
        Draft d = draft == null ? Draft.empty() : draft;
        return figures.compute(m, period, d.focusText(), d.noteText(), d.notable(), d.places());
    }

    /** The incidents of the period to pick notable events from (the newest 200). */
    @Transactional(readOnly = true)
    public List<IncidentWeeklyCounts.Brief> candidates(long m, EstPeriod period) {
        var r = EstFigures.range(period);
        return counts.incidents(m, r[0], r[1], 200);
    }

    @Transactional(readOnly = true)
    public List<String> recipients(long m) {
        return jdbc.sql("select email from est_recipient where municipality_id = :m order by email").param("m", m)
                .query(String.class).list();
    }

    // ---- use cases ----

    /** Saves the coordinator's draft of the period; creates the draft if there is none. 409 when compiled. */
    @Transactional
    public EstPicture saveDraft(long m, EstPeriod period, Draft in) {
        Draft d = validate(m, in);
        EstPicture p = findPicture(m, period).orElse(null);
        if (p != null && p.compiled()) {
            throw new AlreadyCompiledException(period.key());
        }
        long id = p == null ? insert(m, period, 0, null, d) : p.id();
        if (p != null) {
            jdbc.sql("update est_picture set focus_text = :f, note_text = :n, updated_at = :t, version = version + 1 where id = :id and municipality_id = :m")
                    .param("f", d.focusText()).param("n", d.noteText()).param("t", utc(now())).param("id", id).param("m", m).update();
            writeEntries(m, id, d);
        }
        events.publishEvent(StateChanged.of(m, OBJECT_TYPE, id, p == null ? "created" : "draft-saved")
                .value("period", period.key()).value("focusText", d.focusText()).value("noteText", d.noteText())
                .value("notable", d.notable().size()).value("places", d.places().size()).build());
        return picture(m, id);
    }

    /**
     * Compiles the period's picture: computes the figures now and freezes them with the draft's texts, so
     * later reports never change it (they go into a correction or fall into the next period). With
     * {@code in} non-null the draft is saved first. 409 when the picture is already compiled.
     */
    @Transactional
    public EstPicture compilePicture(long m, EstPeriod period, Draft in) {
        EstPicture p = findPicture(m, period).orElse(null);
        if (p != null && p.compiled()) {
            throw new AlreadyCompiledException(period.key());
        }
        if (in != null || p == null) {
            p = saveDraft(m, period, in == null ? Draft.empty() : in);
        }
        // Lock the row: two coordinators compiling at once get one compiled picture and one 409.
        String status = jdbc.sql("select status from est_picture where id = :id and municipality_id = :m for update")
                .param("id", p.id()).param("m", m).query(String.class).single();
        if (!EstPicture.Status.DRAFT.name().equals(status)) {
            throw new AlreadyCompiledException(period.key());
        }
        Draft d = p.draft();
        Figures f = figures.compute(m, period, d.focusText(), d.noteText(), d.notable(), d.places());
        Instant now = now();
        String who = CurrentUser.actorName();
        jdbc.sql("""
                update est_picture set status = 'COMPILED', figures = :f, compiled_at = :t, compiled_by = :u, updated_at = :t,
                       version = version + 1 where id = :id and municipality_id = :m""")
                .param("f", JSON.writeValueAsString(f)).param("t", utc(now)).param("u", who).param("id", p.id()).param("m", m).update();
        if (p.correctsId() != null) {
            jdbc.sql("update est_picture set status = 'CORRECTED', updated_at = :t, version = version + 1 where id = :id and municipality_id = :m")
                    .param("t", utc(now)).param("id", p.correctsId()).param("m", m).update();
            events.publishEvent(StateChanged.of(m, OBJECT_TYPE, p.correctsId(), "corrected")
                    .field("status", "COMPILED", "CORRECTED").value("correctedBy", p.id()).build());
        }
        events.publishEvent(StateChanged.of(m, OBJECT_TYPE, p.id(), "compiled").field("status", "DRAFT", "COMPILED")
                .value("period", period.key()).value("correction", p.correction()).value("reports", f.total())
                .value("cells", f.cells().size()).value("notable", f.notable().size()).build());
        return picture(m, p.id());
    }

    /**
     * Starts a correction of a compiled picture: a new draft version of the same period pointing at it,
     * with the same texts and picks. The old picture stays as it was until the correction is compiled.
     */
    @Transactional
    public EstPicture correctPicture(long m, EstPeriod period) {
        EstPicture p = findPicture(m, period).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, period.key()));
        if (!p.compiled()) {
            throw new RuleViolationException("period", "est.correct.notCompiled");
        }
        long id = insert(m, period, p.correction() + 1, p.id(), p.draft());
        events.publishEvent(StateChanged.of(m, OBJECT_TYPE, id, "created").value("period", period.key())
                .value("correction", p.correction() + 1).value("corrects", p.id()).build());
        return picture(m, id);
    }

    /** Whether a mail server is configured, so pictures can be sent. */
    public boolean canSendMail() {
        return mailHost != null && !mailHost.isBlank() && mailSender.getIfAvailable() != null;
    }

    /**
     * Sends a compiled picture as e-mail with its PDF/A to the municipality's EST group, and records the
     * sending (when, by whom, to how many, outcome). A failure of the mail server is recorded, not thrown.
     */
    @Transactional
    public EstPicture.Sending sendPicture(long m, long pictureId) {
        EstPicture p = picture(m, pictureId);
        if (!p.compiled()) {
            throw new RuleViolationException("send", "est.send.notCompiled");
        }
        List<String> to = recipients(m);
        if (to.isEmpty()) {
            throw new RuleViolationException("send", "est.send.noRecipients");
        }
        if (!canSendMail()) {
            throw new RuleViolationException("send", "est.send.noMailServer");
        }
        Instant now = now();
        String outcome = "SENT";
        String error = null;
        try {
            JavaMailSender sender = mailSender.getObject();
            MimeMessage mail = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mail, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to.toArray(String[]::new));
            String title = documents.title(m, p);
            helper.setSubject(title);
            helper.setText(documents.mailText(m, p));
            helper.addAttachment(documents.fileName(p), new ByteArrayResource(documents.pdf(m, p)), "application/pdf");
            mail.setSentDate(java.util.Date.from(now));
            sender.send(mail);
        } catch (Exception e) {
            outcome = "FAILED";
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            error = root.getClass().getSimpleName();
            log.warn("EST picture {} of municipality {} could not be sent: {}", pictureId, m, error);
        }
        String who = CurrentUser.actorName();
        jdbc.sql("insert into est_sending (municipality_id, picture_id, sent_at, sent_by, recipients, outcome, error) values (:m, :p, :t, :u, :n, :o, :e)")
                .param("m", m).param("p", pictureId).param("t", utc(now)).param("u", who).param("n", to.size())
                .param("o", outcome).param("e", error).update();
        events.publishEvent(StateChanged.of(m, OBJECT_TYPE, pictureId, "sent").value("recipients", to.size())
                .value("outcome", outcome).build());
        return new EstPicture.Sending(now, who, to.size(), outcome);
    }

    /** Replaces the EST group's addresses (one per line or separated by commas/semicolons). */
    @Transactional
    public List<String> saveRecipients(long m, String text) {
        List<String> emails = new ArrayList<>();
        for (String s : (text == null ? "" : text).split("[\\s,;]+")) {
            String e = s.trim().toLowerCase(Locale.ROOT);
            if (e.isEmpty()) {
                continue;
            }
            if (e.length() > 200 || !EMAIL.matcher(e).matches()) {
                throw new RuleViolationException("recipients", "est.recipients.invalid", s.trim());
            }
            if (!emails.contains(e)) {
                emails.add(e);
            }
        }
        if (emails.size() > 200) {
            throw new RuleViolationException("recipients", "est.recipients.tooMany", 200);
        }
        List<String> before = recipients(m);
        jdbc.sql("delete from est_recipient where municipality_id = :m").param("m", m).update();
        for (String e : emails) {
            jdbc.sql("insert into est_recipient (municipality_id, email) values (:m, :e)").param("m", m).param("e", e).update();
        }
        List<String> after = recipients(m);
        events.publishEvent(StateChanged.of(m, RECIPIENTS, m, "updated")
                .field("recipients", String.join(", ", before), String.join(", ", after)).build());
        return after;
    }

    // ---- internals ----

    private Draft validate(long m, Draft in) {
        Draft d = in == null ? Draft.empty() : in;
        String focus = text("focusText", d.focusText(), Draft.MAX_TEXT);
        String note = text("noteText", d.noteText(), Draft.MAX_TEXT);
        if (d.notable().size() > Draft.MAX_ENTRIES || d.places().size() > Draft.MAX_ENTRIES) {
            throw new RuleViolationException("notable", "est.entries.tooMany", Draft.MAX_ENTRIES);
        }
        List<Draft.NotableEntry> notable = new ArrayList<>();
        for (Draft.NotableEntry e : d.notable()) {
            String n = text("notable", e.note(), Draft.MAX_NOTE);
            if (e.incidentId() == null && n == null) {
                continue;
            }
            if (e.incidentId() != null && counts.incident(m, e.incidentId()).isEmpty()) {
                throw new RuleViolationException("notable", "est.notable.unknownIncident", e.incidentId());
            }
            notable.add(new Draft.NotableEntry(e.incidentId(), n));
        }
        List<Draft.PlaceEntry> places = new ArrayList<>();
        for (Draft.PlaceEntry e : d.places()) {
            String name = text("places", e.name(), Draft.MAX_PLACE);
            if (name == null) {
                continue;
            }
            if (e.districtId() != null && districts.findDistrict(m, e.districtId()).isEmpty()) {
                throw new RuleViolationException("places", "est.place.unknownDistrict", e.districtId());
            }
            places.add(new Draft.PlaceEntry(name, e.districtId()));
        }
        return new Draft(focus, note, notable, places);
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.strip();
        if (t.length() > max) {
            throw new RuleViolationException(field, "est.text.tooLong", max);
        }
        return t;
    }

    private long insert(long m, EstPeriod period, int correction, Long corrects, Draft d) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        OffsetDateTime t = utc(now());
        jdbc.sql("""
                insert into est_picture (municipality_id, period_kind, period_key, period_start, period_end, correction, corrects_id,
                                         status, focus_text, note_text, created_at, updated_at, version)
                values (:m, :k, :p, :s, :e, :c, :x, 'DRAFT', :f, :n, :t, :t, 0)""")
                .param("m", m).param("k", period.kind().name()).param("p", period.key()).param("s", period.start())
                .param("e", period.end()).param("c", correction).param("x", corrects).param("f", d.focusText())
                .param("n", d.noteText()).param("t", t).update(keys, "id");
        long id = keys.getKey().longValue();
        writeEntries(m, id, d);
        return id;
    }

    private void writeEntries(long m, long id, Draft d) {
        jdbc.sql("delete from est_notable where picture_id = :id and municipality_id = :m").param("id", id).param("m", m).update();
        jdbc.sql("delete from est_focus_place where picture_id = :id and municipality_id = :m").param("id", id).param("m", m).update();
        int i = 0;
        for (Draft.NotableEntry e : d.notable()) {
            jdbc.sql("insert into est_notable (municipality_id, picture_id, incident_id, note, sort_order) values (:m, :p, :i, :n, :o)")
                    .param("m", m).param("p", id).param("i", e.incidentId()).param("n", e.note()).param("o", i++).update();
        }
        i = 0;
        for (Draft.PlaceEntry e : d.places()) {
            jdbc.sql("insert into est_focus_place (municipality_id, picture_id, name, district_id, sort_order) values (:m, :p, :n, :d, :o)")
                    .param("m", m).param("p", id).param("n", e.name()).param("d", e.districtId()).param("o", i++).update();
        }
    }

    private static final String SELECT = """
            select id, period_kind, period_key, period_start, period_end, correction, corrects_id, status, focus_text, note_text,
                   figures, compiled_at, compiled_by, version from est_picture""";

    private EstPicture row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String json = rs.getString(11);
        OffsetDateTime compiledAt = rs.getObject(12, OffsetDateTime.class);
        return new EstPicture(rs.getLong(1), PeriodKind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getObject(4, java.time.LocalDate.class), rs.getObject(5, java.time.LocalDate.class), rs.getInt(6),
                rs.getObject(7, Long.class), EstPicture.Status.valueOf(rs.getString(8)),
                new Draft(rs.getString(9), rs.getString(10), List.of(), List.of()),
                json == null ? null : JSON.readValue(json, Figures.class),
                compiledAt == null ? null : compiledAt.toInstant(), rs.getString(13), List.of(), rs.getLong(14));
    }

    /** Adds the draft's picks and the sendings. */
    private EstPicture complete(long m, EstPicture p) {
        List<Draft.NotableEntry> notable = jdbc.sql("select incident_id, note from est_notable where picture_id = :id and municipality_id = :m order by sort_order")
                .param("id", p.id()).param("m", m).query((rs, n) -> new Draft.NotableEntry(rs.getObject(1, Long.class), rs.getString(2))).list();
        List<Draft.PlaceEntry> places = jdbc.sql("select name, district_id from est_focus_place where picture_id = :id and municipality_id = :m order by sort_order")
                .param("id", p.id()).param("m", m).query((rs, n) -> new Draft.PlaceEntry(rs.getString(1), rs.getObject(2, Long.class))).list();
        List<EstPicture.Sending> sendings = jdbc.sql("select sent_at, sent_by, recipients, outcome from est_sending where picture_id = :id and municipality_id = :m order by id")
                .param("id", p.id()).param("m", m).query((rs, n) -> new EstPicture.Sending(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getString(2), rs.getInt(3), rs.getString(4))).list();
        Draft d = new Draft(p.draft().focusText(), p.draft().noteText(), notable, places);
        return new EstPicture(p.id(), p.kind(), p.periodKey(), p.start(), p.end(), p.correction(), p.correctsId(), p.status(),
                d, p.figures(), p.compiledAt(), p.compiledBy(), sendings, p.version());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
