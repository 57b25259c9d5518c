package se.tryggve.meetings;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The notice table. Insert and read only: a notice is never updated or deleted. */
@Repository
class NoticeStore {

    private static final String COLUMNS = """
            id, meeting_id, replaces_notice_id, municipality_name, body_name, meeting_date, concerns, adjusted_on,
            posted_on, take_down_on, last_day_of_appeal, kept_at, warnings, posted_by, created_at""";

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long m, Notice n) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into meeting_notice (municipality_id, meeting_id, replaces_notice_id, municipality_name, body_name,
                    meeting_date, concerns, adjusted_on, posted_on, take_down_on, last_day_of_appeal, kept_at, warnings,
                    posted_by, created_at)
                values (:m, :meeting, :replaces, :mun, :body, :meetingDate, :concerns, :adjusted, :posted, :takeDown,
                    :appeal, :keptAt, :warnings, :by, :at)""")
                .param("m", m).param("meeting", n.meetingId()).param("replaces", n.replacesNoticeId())
                .param("mun", n.municipalityName()).param("body", n.bodyName())
                .param("meetingDate", Date.valueOf(n.meetingDate())).param("concerns", n.concerns())
                .param("adjusted", Date.valueOf(n.adjustedOn())).param("posted", Date.valueOf(n.postedOn()))
                .param("takeDown", Date.valueOf(n.takeDownOn())).param("appeal", Date.valueOf(n.lastDayOfAppeal()))
                .param("keptAt", n.keptAt()).param("warnings", encode(n.warnings())).param("by", n.postedBy())
                .param("at", Timestamp.from(n.createdAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Notice> find(long m, long id) {
        return jdbc.sql("select " + COLUMNS + " from meeting_notice where id = :id and municipality_id = :m")
                .param("id", id).param("m", m).query(NoticeStore::map).optional();
    }

    /** A notice by id whatever the municipality: the public board shows every municipality's notices. */
    Optional<Notice> findPublic(long id) {
        return jdbc.sql("select " + COLUMNS + " from meeting_notice where id = :id")
                .param("id", id).query(NoticeStore::map).optional();
    }

    Optional<Long> municipalityOf(long id) {
        return jdbc.sql("select municipality_id from meeting_notice where id = :id").param("id", id)
                .query(Long.class).optional();
    }

    List<Notice> forMeeting(long m, long meetingId) {
        return jdbc.sql("select " + COLUMNS + " from meeting_notice where municipality_id = :m and meeting_id = :meeting order by id")
                .param("m", m).param("meeting", meetingId).query(NoticeStore::map).list();
    }

    /** Every notice, newest posting first; a municipality's only when m is given. */
    List<Notice> all(Long m) {
        String where = m == null ? "" : " where municipality_id = :m";
        var spec = jdbc.sql("select " + COLUMNS + " from meeting_notice" + where + " order by posted_on desc, id desc");
        if (m != null) {
            spec = spec.param("m", m);
        }
        return spec.query(NoticeStore::map).list();
    }

    private static Notice map(ResultSet rs, int row) throws SQLException {
        long replacesId = rs.getLong("replaces_notice_id");
        Long replaces = rs.wasNull() ? null : replacesId;
        return new Notice(rs.getLong("id"), rs.getLong("meeting_id"), replaces,
                rs.getString("municipality_name"), rs.getString("body_name"), rs.getDate("meeting_date").toLocalDate(),
                rs.getString("concerns"), rs.getDate("adjusted_on").toLocalDate(), rs.getDate("posted_on").toLocalDate(),
                rs.getDate("take_down_on").toLocalDate(), rs.getDate("last_day_of_appeal").toLocalDate(),
                rs.getString("kept_at"), decode(rs.getString("warnings")), rs.getString("posted_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    /** One warning a line: the message key, then its dates, separated by spaces. */
    static String encode(List<Notice.Warning> warnings) {
        if (warnings.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Notice.Warning w : warnings) {
            sb.append(w.messageKey());
            w.dates().forEach(d -> sb.append(' ').append(d));
            sb.append('\n');
        }
        return sb.toString();
    }

    static List<Notice.Warning> decode(String text) {
        List<Notice.Warning> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split(" ");
            List<LocalDate> dates = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                dates.add(LocalDate.parse(parts[i]));
            }
            out.add(new Notice.Warning(parts[0], dates));
        }
        return out;
    }
}
