package se.tryggve.oparl;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;

import se.tryggve.meetings.PublishedMeetings;
import se.tryggve.shared.StateChanged;

/**
 * The created and modified times of the objects OParl shows, and the tombstones of deleted ones
 * (table {@code oparl_object}). OParl 1.1 requires {@code created} and {@code modified} on every object
 * and that a deleted object keeps answering with {@code deleted: true}; the registers of the other
 * modules keep neither, so the times are taken from the {@link StateChanged} events their use cases
 * publish.
 *
 * <p>Why a listener after commit and not the audit log: the audit log belongs to the audit module and
 * is for administrators; reading it would make OParl depend on it. Listening after commit (in a
 * transaction of its own) keeps a failure here from undoing a secretary's change: at worst an object's
 * {@code modified} lags, and the first read then stamps it.
 */
@Component
class OParlObjects {

    private static final Logger log = LoggerFactory.getLogger(OParlObjects.class);

    /** When the object first appeared, last changed, and whether it is gone. */
    record Stamp(Instant created, Instant modified, boolean deleted) {
    }

    /** A row of the table: an object's type, key and times. */
    record Row(String type, String key, Stamp stamp) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PublishedMeetings meetings;
    private final TransactionTemplate transactions;

    /** The objectTypes of StateChanged that change something OParl shows. */
    private static final java.util.Set<String> COUNCIL_TYPES = java.util.Set.of("Municipality", "Body", "Party",
            "Person", "Membership", "Case", "Meeting", "MeetingAttendance", "AttendanceChange", "Paragraph",
            "ParagraphItem", "Vote");

    OParlObjects(JdbcClient jdbc, Clock clock, PublishedMeetings meetings, PlatformTransactionManager txManager) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.meetings = meetings;
        this.transactions = new TransactionTemplate(txManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The stamps of every object of a type in a municipality, deleted ones included. {@code liveKeys} must
     * be ALL live objects of the type: those without a row yet (older than this table, or changed while the
     * listener failed) are stamped now, so their times stay the same from then on; rows of objects no longer
     * live become tombstones.
     */
    Map<String, Stamp> stamps(long m, String type, Collection<String> liveKeys) {
        Map<String, Stamp> found = new HashMap<>();
        for (Row r : rows(m, type)) {
            found.put(r.key(), r.stamp());
        }
        Instant now = now();
        java.util.Set<String> live = new java.util.HashSet<>(liveKeys);
        for (Map.Entry<String, Stamp> e : new HashMap<>(found).entrySet()) {
            if (!e.getValue().deleted() && !live.contains(e.getKey())) {
                // gone from its register without an event saying so (e.g. a paragraph marked confidential
                // no longer shows its case): a deletion as far as OParl can tell
                delete(m, type, e.getKey());
                found.put(e.getKey(), stamp(m, type, e.getKey()).orElseThrow());
            }
        }
        for (String key : liveKeys) {
            if (!found.containsKey(key)) {
                insertQuietly(m, type, key, now);
                found.put(key, stamp(m, type, key).orElse(new Stamp(now, now, false)));
            } else if (found.get(key).deleted()) {
                // it is back (e.g. a paragraph linked to its case again): alive from now on
                touch(m, type, key);
                found.put(key, stamp(m, type, key).orElseThrow());
            }
        }
        return found;
    }

    List<Row> rows(long m, String type) {
        return jdbc.sql("select object_key, created, modified, deleted from oparl_object "
                        + "where municipality_id = :m and object_type = :t")
                .param("m", m).param("t", type)
                .query((rs, n) -> new Row(type, rs.getString(1), new Stamp(rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(), rs.getBoolean(4)))).list();
    }

    Optional<Stamp> stamp(long m, String type, String key) {
        return jdbc.sql("select created, modified, deleted from oparl_object "
                        + "where municipality_id = :m and object_type = :t and object_key = :k")
                .param("m", m).param("t", type).param("k", key)
                .query((rs, n) -> new Stamp(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(),
                        rs.getBoolean(3))).optional();
    }

    /** The object was created or changed now (and is alive). */
    void touch(long m, String type, String key) {
        Instant now = now();
        int updated = jdbc.sql("update oparl_object set modified = :now, deleted = false "
                        + "where municipality_id = :m and object_type = :t and object_key = :k")
                .param("now", Timestamp.from(now)).param("m", m).param("t", type).param("k", key).update();
        if (updated == 0) {
            insertQuietly(m, type, key, now);
        }
    }

    /** The object was deleted now: it keeps its row as a tombstone (OParl 1.1, deleted objects). */
    void delete(long m, String type, String key) {
        Instant now = now();
        int updated = jdbc.sql("update oparl_object set modified = :now, deleted = true "
                        + "where municipality_id = :m and object_type = :t and object_key = :k")
                .param("now", Timestamp.from(now)).param("m", m).param("t", type).param("k", key).update();
        if (updated == 0) {
            insertQuietly(m, type, key, now);
            jdbc.sql("update oparl_object set deleted = true "
                            + "where municipality_id = :m and object_type = :t and object_key = :k")
                    .param("m", m).param("t", type).param("k", key).update();
        }
    }

    private void insertQuietly(long m, String type, String key, Instant now) {
        try {
            jdbc.sql("insert into oparl_object (municipality_id, object_type, object_key, created, modified) "
                            + "select :m, :t, :k, :now, :now where not exists (select 1 from oparl_object "
                            + "where municipality_id = :m and object_type = :t and object_key = :k)")
                    .param("m", m).param("t", type).param("k", key).param("now", Timestamp.from(now)).update();
        } catch (DuplicateKeyException e) {
            // a concurrent first read stamped it: its time stands
        }
    }

    /** Truncated to milliseconds, so what is stored compares equal to what is read back on both databases. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    // ------------------------------------------------------------------ the events

    /**
     * Maps the use cases' events onto the OParl objects they change. Only events of the council
     * register matter; everything else is ignored.
     */
    @TransactionalEventListener(fallbackExecution = true)
    public void on(StateChanged e) {
        if (!COUNCIL_TYPES.contains(e.objectType())) {
            return; // most events of the application (incidents, follow-ups, ...) are none of OParl's business
        }
        try {
            // after commit the finished transaction's connection is still bound: write in a new one
            transactions.executeWithoutResult(status -> record(e));
        } catch (RuntimeException ex) {
            log.warn("OParl could not record {} {} {}: {}", e.objectType(), e.objectId(), e.action(), ex.toString());
        }
    }

    private void record(StateChanged e) {
        long m = e.municipalityId();
        String id = e.objectId();
        boolean deleted = e.action().equals("deleted") || e.action().equals("removed");
        switch (e.objectType()) {
            case "Municipality" -> touch(m, OParlType.BODY, "body");
            case "Body" -> change(m, OParlType.ORGANIZATION, Keys.gremium(id), deleted);
            case "Party" -> change(m, OParlType.ORGANIZATION, Keys.fraktion(id), deleted);
            case "Person" -> change(m, OParlType.PERSON, id, deleted);
            case "Membership" -> change(m, OParlType.MEMBERSHIP, id, deleted);
            case "Case" -> change(m, OParlType.PAPER, id, deleted);
            case "Meeting" -> {
                change(m, OParlType.MEETING, id, deleted);
                change(m, OParlType.LOCATION, id, deleted);
                if (e.action().equals("adjusted")) {
                    // the adjusted minutes make every paragraph's decision public and give each an extract
                    touch(m, OParlType.FILE, Keys.minutes(id));
                    for (PublishedMeetings.PublicParagraph p : meetings.agenda(m, Long.parseLong(id))) {
                        touch(m, OParlType.AGENDA_ITEM, String.valueOf(p.id()));
                        touch(m, OParlType.FILE, Keys.extract(p.id()));
                    }
                }
            }
            case "MeetingAttendance", "AttendanceChange" -> touchOf(m, OParlType.MEETING, e, "meetingId");
            case "Paragraph" -> {
                change(m, OParlType.AGENDA_ITEM, id, deleted);
                paragraphCase(m, id, e, deleted);
                if (e.action().equals("adjusted")) {
                    touch(m, OParlType.FILE, Keys.extract(id));
                }
            }
            case "ParagraphItem", "Vote" -> touchOf(m, OParlType.AGENDA_ITEM, e, "paragraphId");
            default -> {
            }
        }
    }

    /**
     * A Consultation is a paragraph's link to its case (OParl: the paper's consultation at the agenda
     * item). Linking the case creates it, changing the case changes it, and unlinking the case deletes
     * it — the one deletion in the council register today.
     */
    private void paragraphCase(long m, String paragraphId, StateChanged e, boolean paragraphDeleted) {
        StateChanged.Change c = e.changes().get("caseId");
        if (paragraphDeleted) {
            delete(m, OParlType.CONSULTATION, paragraphId);
        } else if (c != null) {
            if (c.after() == null) {
                delete(m, OParlType.CONSULTATION, paragraphId);
            } else {
                touch(m, OParlType.CONSULTATION, paragraphId);
                touch(m, OParlType.PAPER, String.valueOf(c.after()));
            }
            if (c.before() != null) {
                touch(m, OParlType.PAPER, String.valueOf(c.before()));
            }
        }
    }

    private void change(long m, String type, String key, boolean deleted) {
        if (deleted) {
            delete(m, type, key);
        } else {
            touch(m, type, key);
        }
    }

    private void touchOf(long m, String type, StateChanged e, String field) {
        StateChanged.Change c = e.changes().get(field);
        Object value = c == null ? null : c.after() != null ? c.after() : c.before();
        if (value != null) {
            touch(m, type, String.valueOf(value));
        }
    }
}
