package se.tryggve.meetings;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.tryggve.organisation.Bodies;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.FormErrors;

/** The paragraph page: its texts, listed parts, votes with ballots and immediate adjustment. */
@Controller
class ParagraphPages {

    private final SecretaryOfBody secretaryOfBody;

    private final Meetings meetings;
    private final MeetingPermissions permissions;
    private final Bodies bodies;
    private final MeetingPages meetingPages;
    private final LinkedPerson linkedPerson;

    ParagraphPages(Meetings meetings, MeetingPermissions permissions, Bodies bodies, MeetingPages meetingPages,
                   LinkedPerson linkedPerson, SecretaryOfBody secretaryOfBody) {
        this.secretaryOfBody = secretaryOfBody;
        this.linkedPerson = linkedPerson;
        this.meetings = meetings;
        this.permissions = permissions;
        this.bodies = bodies;
        this.meetingPages = meetingPages;
    }

    @GetMapping("/paragraphs/{id}")
    String show(CurrentUser me, @PathVariable long id, Model model) {
        permissions.requireRead(me);
        ParagraphView p = meetings.findParagraph(me.municipalityId(), id);
        model.addAttribute("paragraphForm", MeetingForms.ParagraphForm.of(p));
        return page(me, p, model, new MeetingForms.ItemForm(), new MeetingForms.VoteForm(), new MeetingForms.ConfirmForm());
    }

    @PostMapping("/paragraphs/{id}")
    String update(CurrentUser me, @PathVariable long id,
                  @Validated @ModelAttribute("paragraphForm") MeetingForms.ParagraphForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        permissions.requireEdit(me);
        Long caseId = meetingPages.caseId(me, form, binding);
        long version = form.getVersion() == null ? -1 : form.getVersion();
        if (FormErrors.succeeds(binding,
                () -> meetings.updateParagraph(me.municipalityId(), id, version, form.input(caseId)))) {
            return MeetingPages.saved(redirect, "/paragraphs/" + id);
        }
        return page(me, meetings.findParagraph(me.municipalityId(), id), model, new MeetingForms.ItemForm(),
                new MeetingForms.VoteForm(), new MeetingForms.ConfirmForm());
    }

    @PostMapping("/paragraphs/{id}/items")
    String addItem(CurrentUser me, @PathVariable long id,
                   @Validated @ModelAttribute("itemForm") MeetingForms.ItemForm form, BindingResult binding,
                   Model model, RedirectAttributes redirect) {
        permissions.requireEdit(me);
        if (FormErrors.succeeds(binding, () -> meetings.addItem(me.municipalityId(), id, form.input()))) {
            return MeetingPages.saved(redirect, "/paragraphs/" + id + "#parts");
        }
        ParagraphView p = meetings.findParagraph(me.municipalityId(), id);
        model.addAttribute("paragraphForm", MeetingForms.ParagraphForm.of(p));
        return page(me, p, model, form, new MeetingForms.VoteForm(), new MeetingForms.ConfirmForm());
    }

    @PostMapping("/paragraphs/{id}/items/{itemId}/delete")
    String removeItem(CurrentUser me, @PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        permissions.requireEdit(me);
        return MeetingPages.attempt(redirect, "/paragraphs/" + id + "#parts",
                () -> meetings.removeItem(me.municipalityId(), id, itemId));
    }

    @PostMapping("/paragraphs/{id}/votes")
    String recordVote(CurrentUser me, @PathVariable long id,
                      @Validated @ModelAttribute("voteForm") MeetingForms.VoteForm form, BindingResult binding,
                      Model model, RedirectAttributes redirect) {
        permissions.requireEdit(me);
        if (FormErrors.succeeds(binding, () -> meetings.recordVote(me.municipalityId(), id, form.input()))) {
            return MeetingPages.saved(redirect, "/paragraphs/" + id + "#votes");
        }
        ParagraphView p = meetings.findParagraph(me.municipalityId(), id);
        model.addAttribute("paragraphForm", MeetingForms.ParagraphForm.of(p));
        return page(me, p, model, new MeetingForms.ItemForm(), form, new MeetingForms.ConfirmForm());
    }

    @PostMapping("/paragraphs/{id}/votes/{voteId}/delete")
    String removeVote(CurrentUser me, @PathVariable long id, @PathVariable long voteId, RedirectAttributes redirect) {
        permissions.requireEdit(me);
        return MeetingPages.attempt(redirect, "/paragraphs/" + id + "#votes",
                () -> meetings.removeVote(me.municipalityId(), id, voteId));
    }

    @PostMapping("/paragraphs/{id}/adjustments")
    String confirm(CurrentUser me, @PathVariable long id,
                   @Validated @ModelAttribute("confirmForm") MeetingForms.ConfirmForm form, BindingResult binding,
                   Model model, RedirectAttributes redirect) {
        permissions.requireRecordConfirmation(me);
        if (FormErrors.succeeds(binding,
                () -> meetings.confirmParagraph(me.municipalityId(), id, form.getPersonId(), me.username()))) {
            return MeetingPages.saved(redirect, "/paragraphs/" + id);
        }
        ParagraphView p = meetings.findParagraph(me.municipalityId(), id);
        model.addAttribute("paragraphForm", MeetingForms.ParagraphForm.of(p));
        return page(me, p, model, new MeetingForms.ItemForm(), new MeetingForms.VoteForm(), form);
    }

    /** Immediate adjustment of the paragraph by the chair or an adjuster personally, logged in. */
    @PostMapping("/paragraphs/{id}/adjust")
    String adjust(CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
        ParagraphView p = meetings.findParagraph(me.municipalityId(), id);
        Long own = linkedPerson.of(me);
        permissions.requireAdjust(me, own, meetings.findMeeting(me.municipalityId(), p.meetingId()).signerIds());
        return MeetingPages.attempt(redirect, "/paragraphs/" + id,
                () -> meetings.adjustParagraph(me.municipalityId(), id, own, me.username()));
    }

    /** Marks the paragraph confidential (masked in everything public) or lifts the marking. */
    @PostMapping("/paragraphs/{id}/confidentiality")
    String markConfidentiality(CurrentUser me, @PathVariable long id,
                               @ModelAttribute("confidentialityForm") MeetingForms.ConfidentialityForm form,
                               BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEdit(me);
        if (FormErrors.succeeds(binding, () -> meetings.markConfidentiality(me.municipalityId(), id,
                form.isConfidential(), form.getGround()))) {
            return MeetingPages.saved(redirect, "/paragraphs/" + id + "#confidentiality");
        }
        ParagraphView p = meetings.findParagraph(me.municipalityId(), id);
        model.addAttribute("paragraphForm", MeetingForms.ParagraphForm.of(p));
        return page(me, p, model, new MeetingForms.ItemForm(), new MeetingForms.VoteForm(), new MeetingForms.ConfirmForm());
    }

    private String page(CurrentUser me, ParagraphView p, Model model, MeetingForms.ItemForm itemForm,
                        MeetingForms.VoteForm voteForm, MeetingForms.ConfirmForm confirmForm) {
        long m = me.municipalityId();
        MeetingView meeting = meetings.findMeeting(m, p.meetingId());
        model.addAttribute("paragraph", p);
        model.addAttribute("meeting", meeting);
        model.addAttribute("bodies", bodies.listBodies(m));
        model.addAttribute("caseOptions", meetingPages.caseOptions(me));
        // the members serving at this paragraph: the attendance plus the changes up to it
        List<MeetingView.AttendanceView> serving = meetings.servingAt(m, p.id());
        List<MeetingView.AttendanceView> present = new ArrayList<>(
                meeting.attendance().stream().filter(a -> a.personId() != null).toList());
        serving.stream().filter(s -> present.stream().noneMatch(a -> a.personId().equals(s.personId())))
                .forEach(present::add);
        model.addAttribute("present", present);
        model.addAttribute("serving", serving);
        model.addAttribute("signers", meeting.attendance().stream().filter(a -> a.personId() != null
                && (a.personId().equals(meeting.chairPersonId()) || a.adjuster())).toList());
        model.addAttribute("itemKinds", ItemKind.values());
        model.addAttribute("decisionTypes", DecisionType.values());
        model.addAttribute("choices", Choice.values());
        model.addAttribute("itemForm", itemForm);
        model.addAttribute("voteForm", voteForm);
        model.addAttribute("confirmForm", confirmForm);
        if (!model.containsAttribute("confidentialityForm")) {
            model.addAttribute("confidentialityForm", MeetingForms.ConfidentialityForm.of(meetings.confidentialityOf(m, p.id())));
        }
        model.addAttribute("confidentiality", meetings.confidentialityOf(m, p.id()));
        boolean serves = secretaryOfBody.serves(me, m, meeting.bodyId());
        model.addAttribute("canMarkConfidential", permissions.canEdit(me) && serves);
        model.addAttribute("canEdit", permissions.canEdit(me) && serves && !p.locked());
        model.addAttribute("canAdjust", permissions.canRecordConfirmation(me) && serves && !p.locked() && p.immediateAdjustment());
        Long own = linkedPerson.of(me);
        model.addAttribute("canAdjustPersonally", !p.locked() && p.immediateAdjustment()
                && permissions.canAdjust(me, own, meeting.signerIds())
                && meeting.signatures().stream().noneMatch(s -> s.personId() == own && Long.valueOf(p.id()).equals(s.paragraphId())));
        return "meetings/paragraph";
    }
}
