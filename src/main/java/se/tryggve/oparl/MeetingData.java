package se.tryggve.oparl;

import java.time.LocalDate;
import java.util.List;

/** The meeting side of a body (Meeting, AgendaItem, Paper, Consultation, File, Location). */
class MeetingData {

    private final BodyData body;
    private final OParlSources sources;

    MeetingData(BodyData body, OParlSources sources) {
        this.body = body;
        this.sources = sources;
    }

    List<LocalDate> dates() {
        return List.of();
    }

    List<Item> items(String type) {
        return List.of();
    }
}
