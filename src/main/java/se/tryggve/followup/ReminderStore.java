package se.tryggve.followup;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The reminder log; every statement scoped by municipality. */
@Repository
class ReminderStore {

    private final JdbcClient jdbc;

    ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(long m, long partId, ReminderKind kind) {
        return jdbc.sql("select count(*) from follow_up_reminder where municipality_id = :m and part_id = :p and kind = :k")
                .param("m", m).param("p", partId).param("k", kind.name()).query(Long.class).single() > 0;
    }

    /** Claims the reminder; throws DuplicateKeyException when it was already claimed (by us or another instance). */
    long insert(long m, long followUpId, long partId, ReminderKind kind, Instant at, String recipients, ReminderOutcome outcome) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into follow_up_reminder (municipality_id, follow_up_id, part_id, kind, sent_at, recipients, outcome)
                values (:m, :f, :p, :k, :at, :r, :o)""")
                .param("m", m).param("f", followUpId).param("p", partId).param("k", kind.name())
                .param("at", Timestamp.from(at)).param("r", recipients).param("o", outcome.name())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void finish(long m, long id, Instant at, ReminderOutcome outcome, String error) {
        jdbc.sql("update follow_up_reminder set outcome = :o, error = :e, sent_at = :at where id = :id and municipality_id = :m")
                .param("o", outcome.name()).param("e", error).param("at", Timestamp.from(at))
                .param("id", id).param("m", m).update();
    }

    List<Reminder> ofFollowUp(long m, long followUpId) {
        return jdbc.sql("select * from follow_up_reminder where municipality_id = :m and follow_up_id = :f order by sent_at, id")
                .param("m", m).param("f", followUpId)
                .query((rs, n) -> new Reminder(rs.getLong("id"), rs.getLong("municipality_id"), rs.getLong("follow_up_id"),
                        rs.getLong("part_id"), ReminderKind.valueOf(rs.getString("kind")), rs.getTimestamp("sent_at").toInstant(),
                        rs.getString("recipients"), ReminderOutcome.valueOf(rs.getString("outcome")), rs.getString("error")))
                .list();
    }
}
