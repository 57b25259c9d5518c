package se.tryggve.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import se.tryggve.meetings.MeetingView.AttendanceView;
import se.tryggve.meetings.ParagraphView.ItemView;

/**
 * The content of the minutes or of a protocol extract, and the Swedish wording shared by the HTML/PDF
 * template and the Word document. Minutes are Swedish documents whatever the reader's language.
 */
record Minutes(String municipalityName, MeetingView meeting, List<ParagraphView> paragraphs, Optional<Notice> notice) {

    static final Locale SWEDISH = se.tryggve.shared.SwedishDates.SWEDISH;

    /** "17 februari 2022" (the shared Swedish way, as on the pages). */
    static String date(LocalDate d) {
        return se.tryggve.shared.SwedishDates.date(d);
    }

    /** "24 februari 2022 kl. 10.15". */
    static String time(java.time.Instant t) {
        return se.tryggve.shared.SwedishDates.time(t);
    }

    public List<AttendanceView> attending(AttendanceKind kind) {
        return meeting.attendance().stream().filter(a -> a.kind() == kind).toList();
    }

    public List<AttendanceView> adjusters() {
        return meeting.attendance().stream().filter(AttendanceView::adjuster).toList();
    }

    /** Signatures of the whole minutes (not of immediately adjusted paragraphs). */
    public List<MeetingView.SignatureView> signatures() {
        return meeting.signatures().stream().filter(s -> s.paragraphId() == null).toList();
    }

    /** The wording helpers, as an object the template can call; sentences come from {@code messages/minutes} in Swedish. */
    static final class Wording {

        private final org.springframework.context.MessageSource messages;

        Wording(org.springframework.context.MessageSource messages) {
            this.messages = messages;
        }

        private String msg(String key, Object... args) {
            return messages.getMessage(key, args, SWEDISH);
        }

        public String date(LocalDate d) {
            return Minutes.date(d);
        }

        public String time(java.time.Instant t) {
            return Minutes.time(t);
        }

        /** The meeting's hours as Swedish writes clock times: "13.00–15.10". */
        public String clock(String from, String to) {
            return se.tryggve.shared.SwedishDates.clockRange(from, to);
        }

        /** How a signer confirmed: personally logged in, or recorded on their behalf by the secretary. */
        public String signature(MeetingView.SignatureView s) {
            String role = msg("minutes.signer." + s.signerRole());
            return msg("minutes.signedBy." + s.method(), s.name(), role, time(s.confirmedAt()), s.recordedBy());
        }

        /**
         * A change of attendance as Swedish minutes write it: "Anna Andersson (S) lämnar sammanträdet
         * efter § 5", "Bo Berg (M) tjänstgör för Anna Andersson (S) från § 6".
         */
        public String change(MeetingView.AttendanceChangeView c) {
            String who = person(c.name(), c.party(), null);
            String replaced = c.replacesName() == null ? "" : person(c.replacesName(), c.replacesParty(), null);
            boolean after = c.afterLabel() != null;
            return switch (c.kind()) {
                case LEAVES -> after ? msg("minutes.change.leavesAfter", who, c.afterLabel())
                        : msg("minutes.change.leavesBefore", who, c.fromLabel());
                case ARRIVES -> msg("minutes.change.arrives", who, c.fromLabel());
                case SUBSTITUTE_STARTS -> msg("minutes.change.substituteStarts", who, replaced, c.fromLabel());
                case SUBSTITUTE_STOPS -> after ? msg("minutes.change.substituteStopsAfter", who, replaced, c.afterLabel())
                        : msg("minutes.change.substituteStopsBefore", who, replaced, c.fromLabel());
            };
        }

        /** "Rasmus Lenefors (S)", or "Catarina Klockerud, bitr. säkerhetschef" for an official. */
        public String person(String name, String party, String title) {
            String n = name == null ? "" : name;
            if (party != null && !party.isBlank()) {
                return n + " (" + party + ")";
            }
            if (title != null && !title.isBlank()) {
                return n + ", " + title;
            }
            return n;
        }

        public String person(ItemView i) {
            return person(i.name(), i.party(), i.title());
        }

        public String attendee(AttendanceView a) {
            return person(a.name(), a.party(), a.title());
        }

        /** Genitive of a body's name for "… beslut": "Kommunstyrelsen" → "Kommunstyrelsens". */
        public String genitive(String name) {
            if (name == null || name.isBlank()) {
                return "";
            }
            return name.endsWith("s") || name.endsWith("x") || name.endsWith("z") ? name : name + "s";
        }

        /** "A, B och C". */
        public String list(List<String> names) {
            if (names.isEmpty()) {
                return "";
            }
            if (names.size() == 1) {
                return names.get(0);
            }
            return msg("minutes.wording.list", String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1));
        }

        /** The deliberation sentence: "I ärendet yttrar sig A (S), B (V) och C, titel." */
        public String speakers(ParagraphView p) {
            List<String> names = new ArrayList<>();
            for (ItemView i : p.items(ItemKind.SPEAKER)) {
                names.add(person(i));
            }
            return msg("minutes.wording.speakers", list(names));
        }

        /** A protocol note: its text, or the notice that it is annexed. */
        public String note(ItemView i) {
            String who = person(i);
            if (i.annexRef() == null || i.annexRef().isBlank()) {
                return msg("minutes.wording.noteText", who, i.text() == null ? "" : i.text().strip());
            }
            return msg("minutes.wording.noteAnnex", who, i.annexRef().strip().toLowerCase(SWEDISH));
        }

        public String reservation(ItemView i) {
            if (i.text() == null || i.text().isBlank()) {
                return msg("minutes.wording.reservation", person(i));
            }
            return msg("minutes.wording.reservationText", person(i), i.text().strip());
        }

        public String motion(ItemView i) {
            String text = i.text() == null ? "" : i.text().strip();
            if (i.annexRef() == null || i.annexRef().isBlank()) {
                return msg("minutes.wording.motion", person(i), text);
            }
            return msg("minutes.wording.motionAnnex", person(i), text, i.annexRef().strip());
        }

        /** The lines of one block of text. */
        public List<String> lines(String block) {
            return List.of(block.split("\n"));
        }

        /** Paragraphs of a text at blank lines. */
        public List<String> blocks(String text) {
            List<String> out = new ArrayList<>();
            if (text == null) {
                return out;
            }
            for (String b : text.replace("\r\n", "\n").split("\n\\s*\n")) {
                if (!b.isBlank()) {
                    out.add(b.strip());
                }
            }
            return out;
        }
    }
}
