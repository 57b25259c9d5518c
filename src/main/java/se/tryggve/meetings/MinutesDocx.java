package se.tryggve.meetings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.tryggve.meetings.MeetingView.AttendanceView;
import se.tryggve.meetings.ParagraphView.ItemView;

/**
 * The minutes and the protocol extract as editable Word documents. Headings use real Word styles
 * (Title, heading 1–3 with outline levels) so that Word's navigation pane and table of contents work
 * and the secretary can restyle the document in one place.
 */
@Component
class MinutesDocx {

    private static final String FONT = "Liberation Sans";

    private final MessageSource messages;

    MinutesDocx(MessageSource messages) {
        this.messages = messages;
    }

    byte[] minutes(Minutes doc) {
        return write(doc, false);
    }

    byte[] extract(Minutes doc) {
        return write(doc, true);
    }

    private byte[] write(Minutes doc, boolean extract) {
        try (XWPFDocument d = new XWPFDocument()) {
            Writer w = new Writer(d, messages, doc);
            styles(d);
            if (extract) {
                w.extract();
            } else {
                w.minutes();
            }
            d.getProperties().getCoreProperties().setCreator("Tryggve");
            d.getProperties().getCoreProperties().getUnderlyingProperties().setLanguageProperty("sv-SE");
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            d.write(out);
            se.tryggve.shared.OperationalMetrics.reportGenerated(extract ? "extract" : "minutes", "docx");
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writer {
        private final XWPFDocument d;
        private final MessageSource messages;
        private final Minutes doc;
        private final Minutes.Wording w;

        Writer(XWPFDocument d, MessageSource messages, Minutes doc) {
            this.w = new Minutes.Wording(messages);
            this.d = d;
            this.messages = messages;
            this.doc = doc;
        }

        private String msg(String key, Object... args) {
            return messages.getMessage(key, args, Minutes.SWEDISH);
        }

        void extract() {
            MeetingView mt = doc.meeting();
            ParagraphView p = doc.paragraphs().get(0);
            d.getProperties().getCoreProperties().setTitle(msg("minutes.extract.documentTitle", p.label(), mt.bodyName(), w.date(mt.meetingDate())));
            bold(mt.bodyName());
            labelled(msg("minutes.meetingDate"), w.date(mt.meetingDate()));
            labelled(msg("minutes.paragraph"), p.label());
            if (p.caseNumber() != null) {
                labelled(msg("minutes.caseNumber"), p.caseNumber());
            }
            para("Title", p.title());
            paragraph(p, 1);
            if (mt.adjusted() || p.adjusted()) {
                line(msg("minutes.extract.certified"));
                line(mt.secretaryName() == null ? "" : mt.secretaryName());
            } else {
                line(msg("minutes.extract.draft"));
            }
        }

        void minutes() {
            MeetingView mt = doc.meeting();
            String title = msg("minutes.documentTitle", mt.bodyName(), w.date(mt.meetingDate()));
            d.getProperties().getCoreProperties().setTitle(title);
            bold(doc.municipalityName());
            para("Title", title);
            labelled(msg("minutes.meetingDate"), w.date(mt.meetingDate()));
            if (mt.startTime() != null) {
                labelled(msg("minutes.time"), se.tryggve.shared.SwedishDates.clockRange(mt.startTime(), mt.endTime()));
            }
            if (mt.place() != null) {
                labelled(msg("minutes.place"), mt.place());
            }
            heading(1, msg("minutes.attendance"));
            group("minutes.members", doc.attending(AttendanceKind.MEMBER), false);
            group("minutes.servingSubstitutes", doc.attending(AttendanceKind.SERVING_SUBSTITUTE), true);
            group("minutes.substitutes", doc.attending(AttendanceKind.SUBSTITUTE), false);
            group("minutes.officials", doc.attending(AttendanceKind.OFFICIAL), false);
            group("minutes.others", doc.attending(AttendanceKind.OTHER), false);
            if (!mt.attendanceChanges().isEmpty()) {
                heading(2, msg("minutes.changes"));
                mt.attendanceChanges().forEach(c -> line(w.change(c)));
            }
            heading(1, msg("minutes.adjustment"));
            labelled(msg("minutes.chair"), mt.chairName() == null ? "–" : mt.chairName());
            labelled(msg("minutes.secretary"), mt.secretaryName() == null ? "–" : mt.secretaryName());
            List<String> adjusters = doc.adjusters().stream().map(AttendanceView::name).toList();
            labelled(msg("minutes.adjusters"), adjusters.isEmpty() ? "–" : w.list(adjusters));
            heading(1, msg("minutes.paragraphs"));
            for (ParagraphView p : doc.paragraphs()) {
                line(p.label() + " " + p.title());
            }
            for (ParagraphView p : doc.paragraphs()) {
                heading(1, p.label() + " " + p.title());
                if (p.caseNumber() != null) {
                    line(msg("minutes.caseNumberIs", p.caseNumber()));
                }
                paragraph(p, 2);
            }
            heading(1, msg("minutes.signatures"));
            if (doc.signatures().isEmpty()) {
                line(msg("minutes.notAdjusted"));
            }
            for (MeetingView.SignatureView s : doc.signatures()) {
                line(w.signature(s));
            }
            heading(1, msg("minutes.certificate"));
            doc.notice().ifPresentOrElse(n -> {
                line(msg("minutes.certificate.adjusted", mt.bodyName(), w.date(mt.meetingDate()), w.date(n.adjustedOn())));
                labelled(msg("minutes.notice.postedOn"), w.date(n.postedOn()));
                labelled(msg("minutes.notice.takeDownOn"), w.date(n.takeDownOn()));
                labelled(msg("minutes.notice.lastDayOfAppeal"), w.date(n.lastDayOfAppeal()));
                labelled(msg("minutes.notice.keptAt"), n.keptAt());
            }, () -> line(msg("minutes.certificate.notPosted")));
        }

        private void group(String key, List<AttendanceView> people, boolean replaces) {
            if (people.isEmpty()) {
                return;
            }
            heading(2, msg(key));
            for (AttendanceView a : people) {
                String name = w.attendee(a);
                line(replaces && a.replacesName() != null ? msg("minutes.replaces", name, a.replacesName()) : name);
            }
        }

        /** The parts of a paragraph in the order of the seed: decision, proposal, summary, deliberation, notes. */
        private void paragraph(ParagraphView p, int level) {
            MeetingView mt = doc.meeting();
            mt.changesAt(p.id()).forEach(c -> line(w.change(c)));
            if (!p.items(ItemKind.POINT).isEmpty()) {
                heading(level, msg("minutes.decisionOf", w.genitive(mt.bodyName())));
                p.items(ItemKind.POINT).forEach(i -> text(i.text()));
            }
            if (present(p.proposedDecision())) {
                heading(level, msg("minutes.proposal"));
                if (p.targetBodyName() != null) {
                    heading(level + 1, msg("minutes.decisionOf", w.genitive(p.targetBodyName())));
                }
                text(p.proposedDecision());
            }
            section(level, "minutes.instructions", p.instructions());
            section(level, "minutes.summary", p.summary());
            if (!p.items(ItemKind.DOCUMENT).isEmpty()) {
                heading(level, msg("minutes.documents"));
                p.items(ItemKind.DOCUMENT).forEach(i -> text(i.text()));
            }
            if (!p.items(ItemKind.SPEAKER).isEmpty() || !p.items(ItemKind.MOTION).isEmpty()) {
                heading(level, msg("minutes.deliberation"));
                if (!p.items(ItemKind.SPEAKER).isEmpty()) {
                    line(w.speakers(p));
                }
                p.items(ItemKind.MOTION).forEach(i -> line(w.motion(i)));
            }
            section(level, "minutes.chairOrder", p.chairOrder());
            for (ParagraphView.VoteView v : p.votes()) {
                heading(level, msg("minutes.vote"));
                line(v.proposition());
                line(msg("minutes.vote.meaning", v.jaMeans(), v.nejMeans()));
                for (ParagraphView.BallotView b : v.ballots()) {
                    line(w.person(b.name(), b.party(), null) + ": " + msg("minutes.choice." + b.choice()));
                }
                line(msg("minutes.vote.result", v.ja(), v.nej(), v.avstar()));
            }
            items(level, "minutes.reservations", p.items(ItemKind.RESERVATION), true);
            if (!p.items(ItemKind.CONFLICT).isEmpty()) {
                heading(level, msg("minutes.conflicts"));
                p.items(ItemKind.CONFLICT).forEach(i -> line(msg("minutes.conflict", w.person(i))));
            }
            items(level, "minutes.notes", p.items(ItemKind.NOTE), false);
            section(level, "minutes.sentTo", p.sentTo());
        }

        private void items(int level, String key, List<ItemView> items, boolean reservation) {
            if (items.isEmpty()) {
                return;
            }
            heading(level, msg(key));
            items.forEach(i -> line(reservation ? w.reservation(i) : w.note(i)));
        }

        private void section(int level, String key, String text) {
            if (present(text)) {
                heading(level, msg(key));
                text(text);
            }
        }

        private static boolean present(String s) {
            return s != null && !s.isBlank();
        }

        private XWPFParagraph para(String style, String text) {
            XWPFParagraph p = d.createParagraph();
            if (style != null) {
                p.setStyle(style);
            }
            p.createRun().setText(text == null ? "" : text);
            return p;
        }

        private void heading(int level, String text) {
            para("Heading" + Math.min(level, 3), text);
        }

        private void line(String text) {
            para(null, text);
        }

        private void bold(String text) {
            XWPFRun r = d.createParagraph().createRun();
            r.setBold(true);
            r.setText(text == null ? "" : text);
        }

        private void labelled(String label, String value) {
            XWPFParagraph p = d.createParagraph();
            XWPFRun l = p.createRun();
            l.setBold(true);
            l.setText(label + ": ");
            p.createRun().setText(value == null ? "" : value);
        }

        /** A paragraph per block of text, line breaks kept within it. */
        private void text(String text) {
            for (String block : w.blocks(text)) {
                XWPFRun run = d.createParagraph().createRun();
                List<String> lines = w.lines(block);
                for (int i = 0; i < lines.size(); i++) {
                    if (i > 0) {
                        run.addBreak();
                    }
                    run.setText(lines.get(i));
                }
            }
        }
    }

    // ---------------------------------------------------------------- styles (as followup's ReportDocx builds them)

    private static void styles(XWPFDocument d) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr rpr = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(rpr.addNewRFonts());
        rpr.addNewSz().setVal(BigInteger.valueOf(22));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(22));
        var lang = rpr.addNewLang();
        lang.setVal("sv-SE");
        CTStyle normal = style(styles, "Normal", "Normal", null);
        normal.setDefault("1");
        normal.addNewQFormat();
        heading(styles, 1, 30, 400);
        heading(styles, 2, 24, 240);
        heading(styles, 3, 22, 200);
        CTStyle title = style(styles, "Title", "Title", "Normal");
        title.addNewNext().setVal("Normal");
        title.addNewQFormat();
        title.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(320));
        CTRPr titleRun = title.addNewRPr();
        titleRun.addNewB();
        titleRun.addNewSz().setVal(BigInteger.valueOf(40));
        titleRun.addNewSzCs().setVal(BigInteger.valueOf(40));
        d.createStyles().setStyles(styles);
    }

    private static void heading(CTStyles styles, int level, int halfPoints, int before) {
        CTStyle h = style(styles, "Heading" + level, "heading " + level, "Normal");
        h.addNewNext().setVal("Normal");
        h.addNewUiPriority().setVal(BigInteger.valueOf(9));
        h.addNewQFormat();
        CTPPrGeneral p = h.addNewPPr();
        p.addNewKeepNext();
        p.addNewSpacing().setBefore(BigInteger.valueOf(before));
        // outline level: what Word's navigation pane and table of contents are built from
        p.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        CTRPr run = h.addNewRPr();
        run.addNewB();
        run.addNewBCs();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }

    private static CTStyle style(CTStyles styles, String id, String name, String basedOn) {
        CTStyle s = styles.addNewStyle();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
        }
        return s;
    }

    private static void fonts(CTFonts f) {
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        f.setEastAsia(FONT);
    }

}
