package se.tryggve.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.tryggve.cases.CaseDirectory;
import se.tryggve.cases.CaseRef;
import se.tryggve.organisation.Bodies;
import se.tryggve.organisation.Memberships;
import se.tryggve.organisation.People;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.web.FormErrors;

/** The meeting pages: list, new meeting, the meeting (attendance, paragraphs, check, adjustment). */
@Controller
class MeetingPages {

    private final SecretaryOfBody secretaryOfBody;

    private final Meetings meetings;
    private final MeetingPermissions permissions;
    private final Bodies bodies;
    private final Memberships memberships;
    private final People people;
    private final CaseDirectory cases;
    private final LinkedPerson linkedPerson;
    private final MinutesDocuments documents;

    MeetingPages(Meetings meetings, MeetingPermissions permissions, Bodies bodies, Memberships memberships,
                 People people, CaseDirectory cases, LinkedPerson linkedPerson, MinutesDocuments documents, SecretaryOfBody secretaryOfBody) {
        this.secretaryOfBody = secretaryOfBody;
        this.linkedPerson = linkedPerson;
        this.documents = documents;
        this.meetings = meetings;
        this.permissions = permissions;
        this.bodies = bodies;
        this.memberships = memberships;
        this.people = people;
        this.cases = cases;
    }

    @GetMapping("/meetings")
    String list(CurrentUser me, Model model) {
        permissions.requireRead(me);
        model.addAttribute("meetings", meetings.listMeetings(me.municipalityId(), null));
        model.addAttribute("canEdit", permissions.canEdit(me));
        return "meetings/list";
    }

    @GetMapping("/meetings/new")
    String newMeeting(CurrentUser me, Model model) {
        permissions.requireEdit(me);
        model.addAttribute("meetingForm", new MeetingForms.MeetingForm());
        model.addAttribute("bodies", bodies.listBodies(me.municipalityId()));
        return "meetings/new";
    }

    @PostMapping("/meetings")
    String create(CurrentUser me, @Validated @ModelAttribute("meetingForm") MeetingForms.MeetingForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEdit(me);
        Optional<MeetingView> created = FormErrors.attempt(binding, () -> meetings.createMeeting(me.municipalityId(), form.input()));
        if (created.isEmpty()) {
            model.addAttribute("bodies", bodies.listBodies(me.municipalityId()));
            return "meetings/new";
        }
        redirect.addFlashAttribute("flash", "shared.saved");
        return "redirect:/meetings/" + created.get().id();
    }

    @GetMapping("/meetings/{id}")
    String show(CurrentUser me, @PathVariable long id, Model model) {
        permissions.requireRead(me);
        MeetingView meeting = meetings.findMeeting(me.municipalityId(), id);
        model.addAttribute("meetingForm", MeetingForms.MeetingForm.of(meeting));
        model.addAttribute("attendanceForm", new MeetingForms.AttendanceForm());
        model.addAttribute("confirmForm", new MeetingForms.ConfirmForm());
        model.addAttribute("correctionForm", new MeetingForms.CorrectionForm());
        return meetingPage(me, meeting, model);
    }

    @PostMapping("/meetings/{id}")
    String update(CurrentUser me, @PathVariable long id,
                  @Validated @ModelAttribute("meetingForm") MeetingForms.MeetingForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        permissions.requireEdit(me);
        long version = form.getVersion() == null ? -1 : form.getVersion();
        if (FormErrors.succeeds(binding, () -> meetings.updateMeeting(me.municipalityId(), id, version, form.input()))) {
            return saved(redirect, "/meetings/" + id);
        }
        model.addAttribute("attendanceForm", new MeetingForms.AttendanceForm());
        model.addAttribute("confirmForm", new MeetingForms.ConfirmForm());
        model.addAttribute("correctionForm", new MeetingForms.CorrectionForm());
        return meetingPage(me, meetings.findMeeting(me.municipalityId(), id), model);
    }

    @PostMapping("/meetings/{id}/attendance")
    String addAttendance(CurrentUser me, @PathVariable long id,
                         @Validated @ModelAttribute("attendanceForm") MeetingForms.AttendanceForm form,
                         BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEdit(me);
        if (FormErrors.succeeds(binding, () -> meetings.addAttendance(me.municipalityId(), id, form.input()))) {
            return saved(redirect, "/meetings/" + id + "#attendance");
        }
        MeetingView meeting = meetings.findMeeting(me.municipalityId(), id);
        model.addAttribute("meetingForm", MeetingForms.MeetingForm.of(meeting));
        model.addAttribute("confirmForm", new MeetingForms.ConfirmForm());
        model.addAttribute("correctionForm", new MeetingForms.CorrectionForm());
        return meetingPage(me, meeting, model);
    }

    @PostMapping("/meetings/{id}/attendance/{attendanceId}/delete")
    String removeAttendance(CurrentUser me, @PathVariable long id, @PathVariable long attendanceId,
                            RedirectAttributes redirect) {
        permissions.requireEdit(me);
        return attempt(redirect, "/meetings/" + id + "#attendance",
                () -> meetings.removeAttendance(me.municipalityId(), id, attendanceId));
    }

    @PostMapping("/meetings/{id}/proposals/{paragraphId}")
    String pickProposal(CurrentUser me, @PathVariable long id, @PathVariable long paragraphId,
                        RedirectAttributes redirect) {
        permissions.requireEdit(me);
        try {
            ParagraphView p = meetings.pickProposal(me.municipalityId(), id, paragraphId);
            return saved(redirect, "/paragraphs/" + p.id());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
            return "redirect:/meetings/" + id;
        }
    }

    @PostMapping("/meetings/{id}/adjustments")
    String confirm(CurrentUser me, @PathVariable long id,
                   @Validated @ModelAttribute("confirmForm") MeetingForms.ConfirmForm form, BindingResult binding,
                   Model model, RedirectAttributes redirect) {
        permissions.requireRecordConfirmation(me);
        if (FormErrors.succeeds(binding,
                () -> meetings.confirmMinutes(me.municipalityId(), id, form.getPersonId(), me.username()))) {
            return saved(redirect, "/meetings/" + id + "#adjustment");
        }
        MeetingView meeting = meetings.findMeeting(me.municipalityId(), id);
        model.addAttribute("meetingForm", MeetingForms.MeetingForm.of(meeting));
        model.addAttribute("attendanceForm", new MeetingForms.AttendanceForm());
        model.addAttribute("correctionForm", new MeetingForms.CorrectionForm());
        return meetingPage(me, meeting, model);
    }

    /** "Justera protokollet": the chair or an adjuster confirms personally, logged in. */
    @PostMapping("/meetings/{id}/adjust")
    String adjust(CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
        Long own = linkedPerson.of(me);
        permissions.requireAdjust(me, own, meetings.findMeeting(me.municipalityId(), id).signerIds());
        return attempt(redirect, "/meetings/" + id + "#adjustment",
                () -> meetings.adjustMinutes(me.municipalityId(), id, own, me.username()));
    }

    @PostMapping("/meetings/{id}/corrections")
    String correct(CurrentUser me, @PathVariable long id,
                   @Validated @ModelAttribute("correctionForm") MeetingForms.CorrectionForm form, BindingResult binding,
                   Model model, RedirectAttributes redirect) {
        permissions.requireCorrect(me);
        if (FormErrors.succeeds(binding,
                () -> meetings.addCorrection(me.municipalityId(), id, null, form.getText(), me.username()))) {
            return saved(redirect, "/meetings/" + id);
        }
        MeetingView meeting = meetings.findMeeting(me.municipalityId(), id);
        model.addAttribute("meetingForm", MeetingForms.MeetingForm.of(meeting));
        model.addAttribute("attendanceForm", new MeetingForms.AttendanceForm());
        model.addAttribute("confirmForm", new MeetingForms.ConfirmForm());
        return meetingPage(me, meeting, model);
    }

    @GetMapping("/meetings/{id}/paragraphs/new")
    String newParagraph(CurrentUser me, @PathVariable long id, Model model) {
        permissions.requireEdit(me);
        MeetingView meeting = meetings.findMeeting(me.municipalityId(), id);
        if (meeting.adjusted()) {
            throw new AccessDeniedException("adjusted");
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute("paragraphForm", new MeetingForms.ParagraphForm());
        model.addAttribute("bodies", bodies.listBodies(me.municipalityId()));
        model.addAttribute("caseOptions", caseOptions(me));
        return "meetings/paragraph-new";
    }

    @PostMapping("/meetings/{id}/paragraphs")
    String createParagraph(CurrentUser me, @PathVariable long id,
                           @Validated @ModelAttribute("paragraphForm") MeetingForms.ParagraphForm form,
                           BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEdit(me);
        Long caseId = caseId(me, form, binding);
        Optional<ParagraphView> created = FormErrors.attempt(binding,
                () -> meetings.createParagraph(me.municipalityId(), id, form.input(caseId)));
        if (created.isPresent()) {
            return saved(redirect, "/paragraphs/" + created.get().id());
        }
        model.addAttribute("meeting", meetings.findMeeting(me.municipalityId(), id));
        model.addAttribute("bodies", bodies.listBodies(me.municipalityId()));
        model.addAttribute("caseOptions", caseOptions(me));
        return "meetings/paragraph-new";
    }

    /** The municipality's latest cases, offered as suggestions in the case-number field (a datalist). */
    java.util.List<CaseRef> caseOptions(CurrentUser me) {
        return cases.searchCases(me.municipalityId(), null, 200);
    }

    /** The case given by its number on the form; an unknown number is an error beside the field. */
    Long caseId(CurrentUser me, MeetingForms.ParagraphForm form, BindingResult binding) {
        if (form.getCaseNumber() == null || form.getCaseNumber().isBlank()) {
            return null;
        }
        Optional<CaseRef> found = cases.findCaseByNumber(me.municipalityId(), form.getCaseNumber().trim());
        if (found.isEmpty()) {
            binding.rejectValue("caseNumber", "meetings.paragraph.caseUnknown");
            return null;
        }
        return found.get().id();
    }

    @PostMapping("/meetings/{id}/attendance-changes")
    String addAttendanceChange(CurrentUser me, @PathVariable long id,
                               @Validated @ModelAttribute("changeForm") MeetingForms.ChangeForm form,
                               BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEdit(me);
        if (FormErrors.succeeds(binding,
                () -> meetings.addAttendanceChange(me.municipalityId(), id, form.input(), me.username()))) {
            return saved(redirect, "/meetings/" + id + "#changes");
        }
        MeetingView meeting = meetings.findMeeting(me.municipalityId(), id);
        model.addAttribute("meetingForm", MeetingForms.MeetingForm.of(meeting));
        model.addAttribute("attendanceForm", new MeetingForms.AttendanceForm());
        model.addAttribute("confirmForm", new MeetingForms.ConfirmForm());
        model.addAttribute("correctionForm", new MeetingForms.CorrectionForm());
        return meetingPage(me, meeting, model);
    }

    @PostMapping("/meetings/{id}/attendance-changes/{changeId}/delete")
    String removeAttendanceChange(CurrentUser me, @PathVariable long id, @PathVariable long changeId,
                                  RedirectAttributes redirect) {
        permissions.requireEdit(me);
        return attempt(redirect, "/meetings/" + id + "#changes",
                () -> meetings.removeAttendanceChange(me.municipalityId(), id, changeId));
    }

    private String meetingPage(CurrentUser me, MeetingView meeting, Model model) {
        long m = me.municipalityId();
        if (!model.containsAttribute("changeForm")) {
            model.addAttribute("changeForm", new MeetingForms.ChangeForm());
        }
        model.addAttribute("changeKinds", AttendanceChangeKind.values());
        model.addAttribute("meeting", meeting);
        model.addAttribute("bodies", bodies.listBodies(m));
        model.addAttribute("register", memberships.membershipsOn(m, meeting.bodyId(), meeting.meetingDate()));
        model.addAttribute("people", people.listPeople(m));
        model.addAttribute("problems", meetings.checkMinutes(m, meeting.id()));
        model.addAttribute("proposals", meeting.adjusted() ? List.of() : meetings.openProposals(m, meeting.bodyId()));
        List<MeetingView.AttendanceView> signers = new ArrayList<>();
        meeting.attendance().stream().filter(a -> a.personId() != null
                && (a.personId().equals(meeting.chairPersonId()) || a.adjuster())).forEach(signers::add);
        model.addAttribute("signers", signers);
        model.addAttribute("serving", meeting.attendance().stream().filter(a -> a.kind().serving()).toList());
        model.addAttribute("kinds", AttendanceKind.values());
        boolean serves = secretaryOfBody.serves(me, m, meeting.bodyId());
        model.addAttribute("canEdit", permissions.canEdit(me) && serves && !meeting.adjusted());
        model.addAttribute("canAdjust", permissions.canRecordConfirmation(me) && serves && !meeting.adjusted());
        Long own = linkedPerson.of(me);
        model.addAttribute("canAdjustPersonally", !meeting.adjusted()
                && permissions.canAdjust(me, own, meeting.signerIds()) && !meeting.confirmedBy(own));
        model.addAttribute("w", documents.wording());
        model.addAttribute("canCorrect", permissions.canCorrect(me) && meeting.adjusted());
        return "meetings/meeting";
    }

    static String saved(RedirectAttributes redirect, String to) {
        redirect.addFlashAttribute("flash", "shared.saved");
        return "redirect:" + to;
    }

    static String attempt(RedirectAttributes redirect, String to, Runnable useCase) {
        try {
            useCase.run();
            redirect.addFlashAttribute("flash", "shared.saved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
        }
        return "redirect:" + to;
    }
}
