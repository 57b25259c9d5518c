package se.tryggve.oparl;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.tryggve.meetings.PublishedMeetings.PublicMeeting;
import se.tryggve.meetings.PublishedMeetings.PublicParagraph;
import se.tryggve.shared.SwedishDates;

/**
 * The meeting side of a body, from the meetings module's published reads only
 * ({@code PublishedMeetings}): every meeting (date, place and body are public), its agenda with
 * confidential paragraphs masked and decisions only where the paragraph is adjusted, the cases on the
 * agenda as Papers, each paragraph's link to its case as a Consultation, the public minutes and protocol
 * extracts as Files, and the meeting place as a Location. OParl mapping as in the standards
 * notes: meeting ↦ Meeting, paragraph ↦ AgendaItem ({@code number} "§ 11", {@code resolutionText} the
 * decision), case ↦ Paper ({@code reference} the case number).
 */
class MeetingData {

    private final BodyData body;
    private final OParlSources sources;
    private List<PublicMeeting> meetings;
    private final Map<Long, List<PublicParagraph>> agendas = new HashMap<>();
    private Map<String, List<Item>> items;

    MeetingData(BodyData body, OParlSources sources) {
        this.body = body;
        this.sources = sources;
    }

    List<PublicMeeting> meetings() {
        if (meetings == null) {
            meetings = sources.meetings.meetings(body.m());
        }
        return meetings;
    }

    List<PublicParagraph> agenda(long meetingId) {
        return agendas.computeIfAbsent(meetingId, id -> sources.meetings.agenda(body.m(), id));
    }

    List<LocalDate> dates() {
        return meetings().stream().map(PublicMeeting::date).toList();
    }

    List<Item> items(String type) {
        if (items == null) {
            build();
        }
        return items.getOrDefault(type, List.of());
    }

    private void build() {
        items = new HashMap<>();
        Map<Long, Item> papers = new LinkedHashMap<>();
        for (PublicMeeting pm : meetings()) {
            String meetingUrl = body.url(OParlType.MEETING, pm.id());
            String orgUrl = body.url(OParlType.ORGANIZATION, Keys.gremium(pm.bodyId()));
            Item meeting = Item.of(OParlType.MEETING, pm.id())
                    .put("name", pm.bodyName() + " " + SwedishDates.date(pm.date()))
                    .put("meetingState", pm.adjusted() ? "justerat"
                            : pm.date().isBefore(LocalDate.now(sources.clock.withZone(OParlJson.ZONE))) ? "genomfört"
                            : "planerat")
                    .put("start", dateTime(pm.date(), pm.startTime()))
                    .put("end", dateTime(pm.date(), pm.endTime()))
                    .put("organization", List.of(orgUrl));
            if (pm.place() != null && !pm.place().isBlank()) {
                Item location = Item.of(OParlType.LOCATION, pm.id())
                        .put("description", pm.place())
                        .put("meetings", List.of(meetingUrl));
                add(location);
                meeting.put("location", location);
            }
            if (pm.adjusted()) {
                Item minutes = file(Keys.minutes(pm.id()), "Protokoll " + pm.bodyName() + " " + SwedishDates.date(pm.date()),
                        "protokoll-" + pm.date() + ".pdf", pm.adjustedAt() == null ? null
                                : LocalDate.ofInstant(pm.adjustedAt(), OParlJson.ZONE))
                        .put("meeting", List.of(meetingUrl));
                add(minutes);
                meeting.put("resultsProtocol", minutes);
            }
            List<Item> agendaItems = new ArrayList<>();
            int order = 0;
            for (PublicParagraph pp : agenda(pm.id())) {
                Item item = agendaItem(pm, pp, ++order, meetingUrl, orgUrl, papers);
                add(item);
                agendaItems.add(item);
            }
            meeting.put("agendaItem", agendaItems);
            add(meeting);
        }
        papers.values().forEach(this::add);
    }

    private Item agendaItem(PublicMeeting pm, PublicParagraph pp, int order, String meetingUrl, String orgUrl,
                            Map<Long, Item> papers) {
        String itemUrl = body.url(OParlType.AGENDA_ITEM, pp.id());
        Item item = Item.of(OParlType.AGENDA_ITEM, pp.id())
                .put("meeting", meetingUrl)
                .put("number", pp.label())
                .put("order", order)
                .put("name", pp.title())
                .put("public", !pp.confidential());
        if (pp.confidential()) {
            // masked (OSL): the title is "Sekretess" and the ground is shown; no case, no decision text
            item.put("tryggve:confidentialityGround", pp.confidentialityGround());
        }
        boolean linked = pp.caseId() != null && !pp.confidential();
        if (linked) {
            item.put("consultation", body.url(OParlType.CONSULTATION, pp.id()));
        }
        if (pp.adjusted()) {
            // decisions are public once the paragraph is adjusted (KL 8 kap. 12 §), never before
            item.put("result", pp.decision() == null ? null : "Beslutat")
                    .put("resolutionText", pp.decision())
                    .put("tryggve:summary", pp.summary())
                    // OParl has no fields for these: vendor extensions with a prefix (OParl 1.1, "Erweiterungen")
                    .put("tryggve:votes", votes(pp))
                    .put("tryggve:reservations", pp.reservations() == null || pp.reservations().isEmpty() ? null
                            : pp.reservations())
                    .put("tryggve:protocolNotes", pp.notes() == null || pp.notes().isEmpty() ? null : pp.notes());
            Item extract = file(Keys.extract(pp.id()), "Protokollsutdrag " + pp.label() + " " + pm.bodyName() + " "
                    + SwedishDates.date(pm.date()), "protokollsutdrag-" + pm.date() + "-" + pp.number() + ".pdf",
                    pm.adjustedAt() == null ? null : LocalDate.ofInstant(pm.adjustedAt(), OParlJson.ZONE))
                    .put("meeting", List.of(meetingUrl))
                    .put("agendaItem", List.of(itemUrl))
                    .put("paper", linked ? List.of(body.url(OParlType.PAPER, pp.caseId())) : null);
            add(extract);
            item.put("resolutionFile", extract);
        }
        if (linked) {
            Item consultation = Item.of(OParlType.CONSULTATION, pp.id())
                    .put("paper", body.url(OParlType.PAPER, pp.caseId()))
                    .put("agendaItem", itemUrl)
                    .put("meeting", meetingUrl)
                    .put("organization", List.of(orgUrl));
            add(consultation);
            // the name is the paragraph's public title (meetings come newest first: the latest title wins)
            Item paper = papers.computeIfAbsent(pp.caseId(), id -> Item.of(OParlType.PAPER, id)
                    .put("body", body.urls.body(body.code()))
                    .put("name", pp.title())
                    .put("reference", pp.caseNumber())
                    .put("paperType", "Ärende")
                    .put("consultation", new ArrayList<Item>()));
            @SuppressWarnings("unchecked")
            List<Item> consultations = (List<Item>) paper.fields().get("consultation");
            consultations.add(consultation);
        }
        return item;
    }

    /** A roll-call vote as counts (KL 4 kap. 26 §): the proposition, what ja and nej mean, and the numbers. */
    private static List<Map<String, Object>> votes(PublicParagraph pp) {
        if (pp.votes() == null || pp.votes().isEmpty()) {
            return null;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (se.tryggve.meetings.PublishedMeetings.PublicVote v : pp.votes()) {
            Map<String, Object> vote = new LinkedHashMap<>();
            vote.put("proposition", v.proposition());
            if (v.jaMeans() != null) {
                vote.put("jaMeans", v.jaMeans());
            }
            if (v.nejMeans() != null) {
                vote.put("nejMeans", v.nejMeans());
            }
            vote.put("ja", v.ja());
            vote.put("nej", v.nej());
            vote.put("avstar", v.avstar());
            out.add(vote);
        }
        return out;
    }

    /**
     * The created and modified times the meetings module keeps for meetings and paragraphs (by key);
     * they are more exact than the first time OParl saw an object.
     */
    Map<String, OParlObjects.Stamp> sourceTimes(String type) {
        Map<String, OParlObjects.Stamp> out = new HashMap<>();
        if (type.equals(OParlType.MEETING)) {
            for (PublicMeeting pm : meetings()) {
                if (pm.created() != null && pm.modified() != null) {
                    out.put(String.valueOf(pm.id()), new OParlObjects.Stamp(pm.created(), pm.modified(), false));
                }
            }
        } else if (type.equals(OParlType.AGENDA_ITEM)) {
            for (PublicMeeting pm : meetings()) {
                for (PublicParagraph pp : agenda(pm.id())) {
                    if (pp.created() != null && pp.modified() != null) {
                        out.put(String.valueOf(pp.id()), new OParlObjects.Stamp(pp.created(), pp.modified(), false));
                    }
                }
            }
        }
        return out;
    }

    private Item file(String key, String name, String fileName, LocalDate date) {
        String url = body.url(OParlType.FILE, key);
        return Item.of(OParlType.FILE, key)
                .put("name", name)
                .put("fileName", fileName)
                .put("mimeType", "application/pdf")
                .put("date", date == null ? null : date.toString())
                .put("accessUrl", url + "/access")
                .put("downloadUrl", url + "/download");
    }

    private void add(Item item) {
        items.computeIfAbsent(item.type(), t -> new ArrayList<>()).add(item);
    }

    /** A meeting's clock time ("09.00" or "09:00") on its date with the Swedish offset of that day. */
    private static String dateTime(LocalDate date, String hhmm) {
        if (hhmm == null || !hhmm.matches("([01]\\d|2[0-3])[:.][0-5]\\d")) {
            return null;
        }
        LocalTime t = LocalTime.parse(hhmm.replace('.', ':'));
        return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atTime(t).atZone(OParlJson.ZONE));
    }
}
