package se.tryggve.est;

import java.util.ArrayList;
import java.util.List;

/**
 * The draft form of a picture: the focus text and the note, the picked incidents (checkboxes), the
 * coordinator's notes on events (one per line) and the focus places (one per line).
 */
class EstForm {

    private String focusText;
    private String noteText;
    private List<Long> notable = new ArrayList<>();
    private String notableNotes;
    private String places;

    static EstForm of(Draft d) {
        EstForm f = new EstForm();
        f.focusText = d.focusText();
        f.noteText = d.noteText();
        List<String> notes = new ArrayList<>();
        for (Draft.NotableEntry e : d.notable()) {
            if (e.incidentId() != null) {
                f.notable.add(e.incidentId());
            } else if (e.note() != null) {
                notes.add(e.note());
            }
        }
        f.notableNotes = String.join("\n", notes);
        f.places = String.join("\n", d.places().stream().map(Draft.PlaceEntry::name).toList());
        return f;
    }

    Draft toDraft() {
        List<Draft.NotableEntry> entries = new ArrayList<>();
        if (notable != null) {
            notable.stream().distinct().forEach(id -> entries.add(new Draft.NotableEntry(id, null)));
        }
        for (String line : lines(notableNotes)) {
            entries.add(new Draft.NotableEntry(null, line));
        }
        List<Draft.PlaceEntry> placeEntries = lines(places).stream().map(l -> new Draft.PlaceEntry(l, null)).toList();
        return new Draft(focusText, noteText, entries, placeEntries);
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public String getFocusText() {
        return focusText;
    }

    public void setFocusText(String focusText) {
        this.focusText = focusText;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public List<Long> getNotable() {
        return notable;
    }

    public void setNotable(List<Long> notable) {
        this.notable = notable;
    }

    public String getNotableNotes() {
        return notableNotes;
    }

    public void setNotableNotes(String notableNotes) {
        this.notableNotes = notableNotes;
    }

    public String getPlaces() {
        return places;
    }

    public void setPlaces(String places) {
        this.places = places;
    }
}
