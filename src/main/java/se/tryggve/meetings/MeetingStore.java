package se.tryggve.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The meetings tables; every query is scoped by municipality. */
@Repository
class MeetingStore {

    record MeetingRow(long id, long municipalityId, long bodyId, LocalDate meetingDate, String startTime,
                      String endTime, String place, Long chairPersonId, String secretaryName,
                      LocalDate adjustmentDate, String adjustmentPlace, MeetingStatus status, Instant adjustedAt,
                      long version) {
    }

    record AttendanceRow(long id, AttendanceKind kind, Long personId, String name, String title,
                         Long replacesPersonId, boolean adjuster, String presenceNote, int position) {
    }

    record ParagraphRow(long id, long meetingId, int number, int numberYear, String label, String title, Long caseId,
                        DecisionType decisionType, Long targetBodyId, String proposedDecision, String instructions,
                        String summary, String chairOrder, String sentTo, boolean immediateAdjustment,
                        boolean adjusted, Long sourceParagraphId, long version) {
    }

    record ItemRow(long id, ItemKind kind, int position, Long personId, String title, String text, String annexRef) {
    }

    record VoteRow(long id, int position, String proposition, String jaMeans, String nejMeans) {
    }

    record BallotRow(long voteId, long personId, Choice choice) {
    }

    record SignatureRow(long id, Long paragraphId, long personId, String name, String signerRole, String method,
                        Instant confirmedAt, String recordedBy) {
    }

    private final JdbcClient jdbc;
    private final PlatformTransactionManager transactions;

    MeetingStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    private static Long longOrNull(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    private static LocalDate date(ResultSet rs, String col) throws SQLException {
        java.sql.Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate();
    }

    private static MeetingRow meeting(ResultSet rs, int n) throws SQLException {
        return new MeetingRow(rs.getLong("id"), rs.getLong("municipality_id"), rs.getLong("body_id"),
                date(rs, "meeting_date"), rs.getString("start_time"), rs.getString("end_time"), rs.getString("place"),
                longOrNull(rs, "chair_person_id"), rs.getString("secretary_name"), date(rs, "adjustment_date"),
                rs.getString("adjustment_place"), MeetingStatus.valueOf(rs.getString("status")),
                instant(rs, "adjusted_at"), rs.getLong("version"));
    }

    private static ParagraphRow paragraph(ResultSet rs, int n) throws SQLException {
        return new ParagraphRow(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("number"),
                rs.getInt("number_year"), rs.getString("label"), rs.getString("title"), longOrNull(rs, "case_id"),
                DecisionType.valueOf(rs.getString("decision_type")), longOrNull(rs, "target_body_id"),
                rs.getString("proposed_decision"), rs.getString("instructions"), rs.getString("summary"),
                rs.getString("chair_order"), rs.getString("sent_to"), rs.getBoolean("immediate_adjustment"),
                rs.getBoolean("adjusted"), longOrNull(rs, "source_paragraph_id"), rs.getLong("version"));
    }

    // --- meetings

    List<MeetingRow> listMeetings(long m, Long bodyId) {
        return jdbc.sql("select * from meeting where municipality_id = :m and (:b is null or body_id = :b)"
                        + " order by meeting_date desc, id desc")
                .param("m", m).param("b", bodyId, java.sql.Types.BIGINT).query(MeetingStore::meeting).list();
    }

    Optional<MeetingRow> findMeeting(long m, long id) {
        return jdbc.sql("select * from meeting where id = :id and municipality_id = :m")
                .param("id", id).param("m", m).query(MeetingStore::meeting).optional();
    }

    long insertMeeting(long m, MeetingInput in) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into meeting (municipality_id, body_id, meeting_date, start_time, end_time, place, chair_person_id,
                  secretary_name, adjustment_date, adjustment_place, status, version)
                values (:m, :body, :date, :start, :end, :place, :chair, :secretary, :adate, :aplace, 'OPEN', 0)""")
                .param("m", m).param("body", in.bodyId()).param("date", in.meetingDate())
                .param("start", blankToNull(in.startTime())).param("end", blankToNull(in.endTime()))
                .param("place", blankToNull(in.place())).param("chair", in.chairPersonId(), java.sql.Types.BIGINT)
                .param("secretary", blankToNull(in.secretaryName()))
                .param("adate", in.adjustmentDate(), java.sql.Types.DATE)
                .param("aplace", blankToNull(in.adjustmentPlace())).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Updates the header if the version is still the expected one; false when stale. */
    boolean updateMeeting(long m, long id, long version, MeetingInput in) {
        return jdbc.sql("""
                update meeting set body_id = :body, meeting_date = :date, start_time = :start, end_time = :end,
                  place = :place, chair_person_id = :chair, secretary_name = :secretary, adjustment_date = :adate,
                  adjustment_place = :aplace, version = version + 1, modified_at = current_timestamp
                where id = :id and municipality_id = :m and version = :version""")
                .param("m", m).param("id", id).param("version", version).param("body", in.bodyId())
                .param("date", in.meetingDate()).param("start", blankToNull(in.startTime()))
                .param("end", blankToNull(in.endTime())).param("place", blankToNull(in.place()))
                .param("chair", in.chairPersonId(), java.sql.Types.BIGINT)
                .param("secretary", blankToNull(in.secretaryName()))
                .param("adate", in.adjustmentDate(), java.sql.Types.DATE)
                .param("aplace", blankToNull(in.adjustmentPlace())).update() == 1;
    }

    void touchMeeting(long m, long id) {
        jdbc.sql("update meeting set version = version + 1, modified_at = current_timestamp where id = :id and municipality_id = :m")
                .param("id", id).param("m", m).update();
    }

    /** Demo history only: the adjustment (and its confirmations) as it happened in the past. */
    void backdateAdjustment(long m, long meetingId, Instant at) {
        jdbc.sql("update meeting set adjusted_at = :at where id = :id and municipality_id = :m")
                .param("at", Timestamp.from(at)).param("id", meetingId).param("m", m).update();
        jdbc.sql("update meeting_signature set confirmed_at = :at where meeting_id = :id and municipality_id = :m")
                .param("at", Timestamp.from(at)).param("id", meetingId).param("m", m).update();
    }

    void markAdjusted(long m, long id, Instant at) {
        jdbc.sql("update meeting set status = 'ADJUSTED', adjusted_at = :at, version = version + 1, modified_at = current_timestamp"
                        + " where id = :id and municipality_id = :m")
                .param("at", Timestamp.from(at)).param("id", id).param("m", m).update();
    }

    // --- attendance

    List<AttendanceRow> attendance(long m, long meetingId) {
        return jdbc.sql("select * from meeting_attendance where meeting_id = :id and municipality_id = :m order by position, id")
                .param("id", meetingId).param("m", m)
                .query((rs, n) -> new AttendanceRow(rs.getLong("id"), AttendanceKind.valueOf(rs.getString("kind")),
                        longOrNull(rs, "person_id"), rs.getString("name"), rs.getString("title"),
                        longOrNull(rs, "replaces_person_id"), rs.getBoolean("adjuster"),
                        rs.getString("presence_note"), rs.getInt("position"))).list();
    }

    long insertAttendance(long m, long meetingId, AttendanceInput in, String title) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from meeting_attendance where meeting_id = :id")
                .param("id", meetingId).query(Integer.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into meeting_attendance (municipality_id, meeting_id, kind, person_id, name, title,
                  replaces_person_id, adjuster, presence_note, position)
                values (:m, :meeting, :kind, :person, :name, :title, :replaces, :adjuster, :note, :position)""")
                .param("m", m).param("meeting", meetingId).param("kind", in.kind().name())
                .param("person", in.personId(), java.sql.Types.BIGINT).param("name", blankToNull(in.name()))
                .param("title", blankToNull(title)).param("replaces", in.replacesPersonId(), java.sql.Types.BIGINT)
                .param("adjuster", in.isAdjuster()).param("note", blankToNull(in.presenceNote()))
                .param("position", position).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean deleteAttendance(long m, long meetingId, long id) {
        return jdbc.sql("delete from meeting_attendance where id = :id and meeting_id = :meeting and municipality_id = :m")
                .param("id", id).param("meeting", meetingId).param("m", m).update() == 1;
    }

    // --- paragraphs

    /**
     * The next number of a scope, gapless: the update takes the counter's row lock, so concurrent
     * transactions wait and a rolled-back transaction gives its number back.
     */
    int nextNumber(long m, String scope) {
        ensureCounter(m, scope);
        jdbc.sql("update meeting_paragraph_counter set last_number = last_number + 1"
                        + " where municipality_id = :m and scope_key = :s")
                .param("m", m).param("s", scope).update();
        return jdbc.sql("select last_number from meeting_paragraph_counter where municipality_id = :m and scope_key = :s")
                .param("m", m).param("s", scope).query(Integer.class).single();
    }

    /**
     * Creates the counter of a scope at 0 in a transaction of its own, so that two first paragraphs
     * of a scope created at the same time both find the row and queue on its lock.
     */
    private void ensureCounter(long m, String scope) {
        boolean exists = jdbc.sql("select count(*) from meeting_paragraph_counter where municipality_id = :m and scope_key = :s")
                .param("m", m).param("s", scope).query(Integer.class).single() > 0;
        if (exists) {
            return;
        }
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        try {
            own.executeWithoutResult(status -> jdbc.sql(
                            "insert into meeting_paragraph_counter (municipality_id, scope_key, last_number) values (:m, :s, 0)")
                    .param("m", m).param("s", scope).update());
        } catch (DuplicateKeyException alreadyCreated) {
            // another transaction created it first; its row is what we need
        }
    }

    List<ParagraphRow> paragraphs(long m, long meetingId) {
        return jdbc.sql("select * from meeting_paragraph where meeting_id = :id and municipality_id = :m order by number, id")
                .param("id", meetingId).param("m", m).query(MeetingStore::paragraph).list();
    }

    Optional<ParagraphRow> findParagraph(long m, long id) {
        return jdbc.sql("select * from meeting_paragraph where id = :id and municipality_id = :m")
                .param("id", id).param("m", m).query(MeetingStore::paragraph).optional();
    }

    /** Proposals to a body not yet picked into a paragraph of one of its meetings. */
    List<ParagraphRow> openProposalsTo(long m, long bodyId) {
        return jdbc.sql("""
                select p.* from meeting_paragraph p where p.municipality_id = :m and p.decision_type = 'PROPOSAL'
                  and p.target_body_id = :b and not exists (select 1 from meeting_paragraph q
                    where q.municipality_id = :m and q.source_paragraph_id = p.id) order by p.id""")
                .param("m", m).param("b", bodyId).query(MeetingStore::paragraph).list();
    }

    long insertParagraph(long m, long meetingId, int number, int year, String label, ParagraphInput in,
                         Long sourceParagraphId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into meeting_paragraph (municipality_id, meeting_id, number, number_year, label, title, case_id,
                  decision_type, target_body_id, proposed_decision, instructions, summary, chair_order, sent_to,
                  immediate_adjustment, adjusted, source_paragraph_id, version)
                values (:m, :meeting, :number, :year, :label, :title, :caseId, :type, :target, :proposed, :instructions,
                  :summary, :chairOrder, :sentTo, :immediate, false, :source, 0)""")
                .param("m", m).param("meeting", meetingId).param("number", number).param("year", year)
                .param("label", label).param("title", in.title().trim()).param("caseId", in.caseId(), java.sql.Types.BIGINT)
                .param("type", in.decisionType().name()).param("target", in.targetBodyId(), java.sql.Types.BIGINT)
                .param("proposed", blankToNull(in.proposedDecision())).param("instructions", blankToNull(in.instructions()))
                .param("summary", blankToNull(in.summary())).param("chairOrder", blankToNull(in.chairOrder()))
                .param("sentTo", blankToNull(in.sentTo())).param("immediate", in.isImmediateAdjustment())
                .param("source", sourceParagraphId, java.sql.Types.BIGINT).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean updateParagraph(long m, long id, long version, ParagraphInput in) {
        return jdbc.sql("""
                update meeting_paragraph set title = :title, case_id = :caseId, decision_type = :type,
                  target_body_id = :target, proposed_decision = :proposed, instructions = :instructions,
                  summary = :summary, chair_order = :chairOrder, sent_to = :sentTo, immediate_adjustment = :immediate,
                  version = version + 1, modified_at = current_timestamp
                where id = :id and municipality_id = :m and version = :version""")
                .param("m", m).param("id", id).param("version", version)
                .param("title", in.title().trim()).param("caseId", in.caseId(), java.sql.Types.BIGINT)
                .param("type", in.decisionType().name()).param("target", in.targetBodyId(), java.sql.Types.BIGINT)
                .param("proposed", blankToNull(in.proposedDecision())).param("instructions", blankToNull(in.instructions()))
                .param("summary", blankToNull(in.summary())).param("chairOrder", blankToNull(in.chairOrder()))
                .param("sentTo", blankToNull(in.sentTo())).param("immediate", in.isImmediateAdjustment()).update() == 1;
    }

    void touchParagraph(long m, long id) {
        jdbc.sql("update meeting_paragraph set version = version + 1, modified_at = current_timestamp where id = :id and municipality_id = :m")
                .param("id", id).param("m", m).update();
    }

    void markParagraphAdjusted(long m, long id) {
        jdbc.sql("update meeting_paragraph set adjusted = true, version = version + 1, modified_at = current_timestamp where id = :id and municipality_id = :m")
                .param("id", id).param("m", m).update();
    }

    record Confidentiality(boolean confidential, String ground) {
    }

    Confidentiality confidentiality(long m, long id) {
        return jdbc.sql("select confidential, confidentiality_ground from meeting_paragraph where id = :id and municipality_id = :m")
                .param("id", id).param("m", m)
                .query((rs, n) -> new Confidentiality(rs.getBoolean(1), rs.getString(2))).single();
    }

    void setConfidentiality(long m, long id, boolean confidential, String ground) {
        jdbc.sql("""
                update meeting_paragraph set confidential = :c, confidentiality_ground = :g, version = version + 1,
                  modified_at = current_timestamp where id = :id and municipality_id = :m""")
                .param("c", confidential).param("g", ground).param("id", id).param("m", m).update();
    }

    /** The times and the secrecy marking of a meeting's paragraphs, for the public reads. */
    record PublicFacts(long id, boolean confidential, String ground, Instant created, Instant modified) {
    }

    java.util.Map<Long, PublicFacts> publicFacts(long m, long meetingId) {
        java.util.Map<Long, PublicFacts> facts = new java.util.HashMap<>();
        jdbc.sql("""
                select id, confidential, confidentiality_ground, created_at, modified_at from meeting_paragraph
                where meeting_id = :id and municipality_id = :m""")
                .param("id", meetingId).param("m", m)
                .query((rs, n) -> new PublicFacts(rs.getLong(1), rs.getBoolean(2), rs.getString(3), instant(rs, "created_at"),
                        instant(rs, "modified_at")))
                .list().forEach(f -> facts.put(f.id(), f));
        return facts;
    }

    /** Cases decided in adjusted, non-confidential paragraphs: case id → when the decision was adjusted. */
    java.util.Map<Long, Instant> decidedCases(long m) {
        java.util.Map<Long, Instant> out = new java.util.HashMap<>();
        jdbc.sql("""
                select p.case_id, coalesce(mt.adjusted_at, p.modified_at) as decided_at from meeting_paragraph p
                join meeting mt on mt.id = p.meeting_id and mt.municipality_id = p.municipality_id
                where p.municipality_id = :m and p.case_id is not null and p.confidential = false
                  and (mt.status = 'ADJUSTED' or p.adjusted = true)""")
                .param("m", m)
                .query((rs, n) -> java.util.Map.entry(rs.getLong(1), instant(rs, "decided_at")))
                .list().forEach(e -> out.merge(e.getKey(), e.getValue(), (a, b) -> a.isBefore(b) ? a : b));
        return out;
    }

    record MeetingTimes(long id, Instant created, Instant modified) {
    }

    java.util.Map<Long, MeetingTimes> meetingTimes(long m) {
        java.util.Map<Long, MeetingTimes> times = new java.util.HashMap<>();
        jdbc.sql("select id, created_at, modified_at from meeting where municipality_id = :m")
                .param("m", m)
                .query((rs, n) -> new MeetingTimes(rs.getLong(1), instant(rs, "created_at"), instant(rs, "modified_at")))
                .list().forEach(t -> times.put(t.id(), t));
        return times;
    }

    // --- items

    List<ItemRow> items(long m, long paragraphId) {
        return jdbc.sql("select * from meeting_paragraph_item where paragraph_id = :p and municipality_id = :m"
                        + " order by kind, position, id")
                .param("p", paragraphId).param("m", m)
                .query((rs, n) -> new ItemRow(rs.getLong("id"), ItemKind.valueOf(rs.getString("kind")),
                        rs.getInt("position"), longOrNull(rs, "person_id"), rs.getString("title"), rs.getString("text"),
                        rs.getString("annex_ref"))).list();
    }

    long insertItem(long m, long paragraphId, ItemInput in, String title) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from meeting_paragraph_item"
                        + " where paragraph_id = :p and kind = :k")
                .param("p", paragraphId).param("k", in.kind().name()).query(Integer.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into meeting_paragraph_item (municipality_id, paragraph_id, kind, position, person_id, title, text, annex_ref)
                values (:m, :p, :kind, :position, :person, :title, :text, :annex)""")
                .param("m", m).param("p", paragraphId).param("kind", in.kind().name()).param("position", position)
                .param("person", in.personId(), java.sql.Types.BIGINT).param("title", blankToNull(title))
                .param("text", blankToNull(in.text())).param("annex", blankToNull(in.annexRef())).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean deleteItem(long m, long paragraphId, long id) {
        return jdbc.sql("delete from meeting_paragraph_item where id = :id and paragraph_id = :p and municipality_id = :m")
                .param("id", id).param("p", paragraphId).param("m", m).update() == 1;
    }

    // --- votes

    List<VoteRow> votes(long m, long paragraphId) {
        return jdbc.sql("select * from meeting_vote where paragraph_id = :p and municipality_id = :m order by position, id")
                .param("p", paragraphId).param("m", m)
                .query((rs, n) -> new VoteRow(rs.getLong("id"), rs.getInt("position"), rs.getString("proposition"),
                        rs.getString("ja_means"), rs.getString("nej_means"))).list();
    }

    List<BallotRow> ballots(long m, long voteId) {
        return jdbc.sql("select * from meeting_ballot where vote_id = :v and municipality_id = :m order by id")
                .param("v", voteId).param("m", m)
                .query((rs, n) -> new BallotRow(rs.getLong("vote_id"), rs.getLong("person_id"),
                        Choice.valueOf(rs.getString("choice")))).list();
    }

    long insertVote(long m, long paragraphId, VoteInput in) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from meeting_vote where paragraph_id = :p")
                .param("p", paragraphId).query(Integer.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into meeting_vote (municipality_id, paragraph_id, position, proposition, ja_means, nej_means)
                values (:m, :p, :position, :proposition, :ja, :nej)""")
                .param("m", m).param("p", paragraphId).param("position", position)
                .param("proposition", in.proposition().trim()).param("ja", in.jaMeans().trim())
                .param("nej", in.nejMeans().trim()).update(keys, "id");
        long voteId = keys.getKey().longValue();
        for (VoteInput.Ballot b : in.ballots()) {
            jdbc.sql("insert into meeting_ballot (municipality_id, vote_id, person_id, choice) values (:m, :v, :p, :c)")
                    .param("m", m).param("v", voteId).param("p", b.personId()).param("c", b.choice().name()).update();
        }
        return voteId;
    }

    boolean deleteVote(long m, long paragraphId, long voteId) {
        jdbc.sql("delete from meeting_ballot where vote_id = :v and municipality_id = :m and vote_id in"
                        + " (select id from meeting_vote where paragraph_id = :p)")
                .param("v", voteId).param("m", m).param("p", paragraphId).update();
        return jdbc.sql("delete from meeting_vote where id = :v and paragraph_id = :p and municipality_id = :m")
                .param("v", voteId).param("p", paragraphId).param("m", m).update() == 1;
    }

    // --- changes of attendance

    record ChangeRow(long id, AttendanceChangeKind kind, long personId, Long replacesPersonId, long fromParagraphId,
                     String createdBy, Instant createdAt) {
    }

    List<ChangeRow> attendanceChanges(long m, long meetingId) {
        return jdbc.sql("select * from meeting_attendance_change where meeting_id = :id and municipality_id = :m order by id")
                .param("id", meetingId).param("m", m)
                .query((rs, n) -> new ChangeRow(rs.getLong("id"), AttendanceChangeKind.valueOf(rs.getString("kind")),
                        rs.getLong("person_id"), longOrNull(rs, "replaces_person_id"), rs.getLong("from_paragraph_id"),
                        rs.getString("created_by"), instant(rs, "created_at"))).list();
    }

    long insertAttendanceChange(long m, long meetingId, AttendanceChangeKind kind, long personId, Long replacesPersonId,
                                long fromParagraphId, String createdBy, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into meeting_attendance_change (municipality_id, meeting_id, kind, person_id, replaces_person_id,
                  from_paragraph_id, created_by, created_at)
                values (:m, :meeting, :kind, :person, :replaces, :from, :by, :at)""")
                .param("m", m).param("meeting", meetingId).param("kind", kind.name()).param("person", personId)
                .param("replaces", replacesPersonId, java.sql.Types.BIGINT).param("from", fromParagraphId)
                .param("by", createdBy).param("at", Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean deleteAttendanceChange(long m, long meetingId, long id) {
        return jdbc.sql("delete from meeting_attendance_change where id = :id and meeting_id = :meeting and municipality_id = :m")
                .param("id", id).param("meeting", meetingId).param("m", m).update() == 1;
    }

    // --- signatures and corrections

    List<SignatureRow> signatures(long m, long meetingId) {
        return jdbc.sql("select * from meeting_signature where meeting_id = :id and municipality_id = :m order by confirmed_at, id")
                .param("id", meetingId).param("m", m)
                .query((rs, n) -> new SignatureRow(rs.getLong("id"), longOrNull(rs, "paragraph_id"), rs.getLong("person_id"),
                        rs.getString("name"), rs.getString("signer_role"), rs.getString("method"),
                        instant(rs, "confirmed_at"), rs.getString("recorded_by"))).list();
    }

    void insertSignature(long m, long meetingId, Long paragraphId, long personId, String name, String role,
                         SignatureMethod method, Instant at, String recordedBy) {
        jdbc.sql("""
                insert into meeting_signature (municipality_id, meeting_id, paragraph_id, person_id, name, signer_role,
                  method, confirmed_at, recorded_by)
                values (:m, :meeting, :p, :person, :name, :role, :method, :at, :by)""")
                .param("method", method.name()).param("m", m).param("meeting", meetingId).param("p", paragraphId, java.sql.Types.BIGINT)
                .param("person", personId).param("name", name).param("role", role).param("at", Timestamp.from(at))
                .param("by", recordedBy).update();
    }

    List<MeetingView.CorrectionView> corrections(long m, long meetingId) {
        return jdbc.sql("select * from meeting_correction where meeting_id = :id and municipality_id = :m order by id")
                .param("id", meetingId).param("m", m)
                .query((rs, n) -> new MeetingView.CorrectionView(rs.getLong("id"), longOrNull(rs, "paragraph_id"),
                        rs.getString("text"), rs.getString("created_by"), instant(rs, "created_at"))).list();
    }

    long insertCorrection(long m, long meetingId, Long paragraphId, String text, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into meeting_correction (municipality_id, meeting_id, paragraph_id, text, created_by, created_at)
                values (:m, :meeting, :p, :text, :by, :at)""")
                .param("m", m).param("meeting", meetingId).param("p", paragraphId, java.sql.Types.BIGINT)
                .param("text", text).param("by", by).param("at", Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
