package se.tryggve.meetings;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.FormErrors;

/**
 * The documents of a meeting: preview of the minutes, downloads of the minutes and of each paragraph's
 * protocol extract, and — for the secretary — posting the adjusted minutes on the notice board.
 */
@Controller
class MinutesPages {

    private final SecretaryOfBody secretaryOfBody;

    /** The posting form: the day the notice goes up and where the minutes are kept. */
    static class NoticeForm {
        @NotNull(message = "{minutes.notice.postedOn.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate postedOn;
        @Size(max = 300, message = "{minutes.notice.keptAt.tooLong}")
        private String keptAt;

        public LocalDate getPostedOn() {
            return postedOn;
        }

        public void setPostedOn(LocalDate postedOn) {
            this.postedOn = postedOn;
        }

        public String getKeptAt() {
            return keptAt;
        }

        public void setKeptAt(String keptAt) {
            this.keptAt = keptAt;
        }
    }

    private final MinutesDocuments documents;
    private final MinutesDocx docx;
    private final Notices notices;
    private final MeetingPermissions permissions;
    private final java.time.Clock clock;
    private final org.springframework.context.MessageSource messages;

    MinutesPages(MinutesDocuments documents, MinutesDocx docx, Notices notices, MeetingPermissions permissions,
                 java.time.Clock clock, org.springframework.context.MessageSource messages, SecretaryOfBody secretaryOfBody) {
        this.secretaryOfBody = secretaryOfBody;
        this.messages = messages;
        this.documents = documents;
        this.docx = docx;
        this.notices = notices;
        this.permissions = permissions;
        this.clock = clock;
    }

    @GetMapping("/meetings/{id}/documents")
    String documents(CurrentUser me, @PathVariable long id, Model model) {
        permissions.requireRead(me);
        if (!model.containsAttribute("noticeForm")) {
            NoticeForm form = new NoticeForm();
            form.setPostedOn(LocalDate.now(clock.withZone(Notices.SWEDEN)));
            model.addAttribute("noticeForm", form);
        }
        return page(me, id, model);
    }

    private String page(CurrentUser me, long id, Model model) {
        Minutes doc = documents.minutes(me.municipalityId(), id);
        model.addAllAttributes(documents.model(doc, false));
        var posted = notices.noticesOfMeeting(me.municipalityId(), id);
        model.addAttribute("notices", posted);
        java.util.Map<Long, java.util.List<String>> warnings = new java.util.HashMap<>();
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        for (Notice n : posted) {
            warnings.put(n.id(), n.warnings().stream().map(w -> messages.getMessage(w.messageKey(),
                    w.dates().stream().map(Minutes::date).toArray(), locale)).toList());
        }
        model.addAttribute("warnings", warnings);
        model.addAttribute("embedded", true);
        model.addAttribute("canPost", permissions.canEdit(me) && doc.meeting().adjusted()
                && secretaryOfBody.serves(me, me == null ? 0 : me.municipalityId(), doc.meeting().bodyId()));
        return "meetings/documents";
    }

    @PostMapping("/meetings/{id}/notices")
    String post(CurrentUser me, @PathVariable long id, @Valid @ModelAttribute("noticeForm") NoticeForm form,
                BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEdit(me);
        Optional<Notice> posted = binding.hasErrors() ? Optional.empty()
                : FormErrors.attempt(binding, () -> notices.postNotice(me.municipalityId(), id, form.getPostedOn(),
                form.getKeptAt(), me.displayName()));
        if (posted.isEmpty()) {
            return page(me, id, model);
        }
        redirect.addFlashAttribute("flash", "minutes.notice.posted");
        return "redirect:/meetings/" + id + "/documents#notices";
    }

    @GetMapping("/meetings/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutesPdf(CurrentUser me, @PathVariable long id) {
        permissions.requireRead(me);
        Minutes doc = documents.minutes(me.municipalityId(), id);
        return MinutesApi.file(documents.pdf(MinutesDocuments.MINUTES, doc), MediaType.APPLICATION_PDF,
                MinutesApi.minutesName(doc, "pdf"));
    }

    @GetMapping("/meetings/{id}/minutes.docx")
    ResponseEntity<byte[]> minutesDocx(CurrentUser me, @PathVariable long id) {
        permissions.requireRead(me);
        Minutes doc = documents.minutes(me.municipalityId(), id);
        return MinutesApi.file(docx.minutes(doc), MediaType.parseMediaType(MinutesDocuments.DOCX),
                MinutesApi.minutesName(doc, "docx"));
    }

    @GetMapping("/paragraphs/{id}/extract.pdf")
    ResponseEntity<byte[]> extractPdf(CurrentUser me, @PathVariable long id) {
        permissions.requireRead(me);
        Minutes doc = documents.extract(me.municipalityId(), id);
        return MinutesApi.file(documents.pdf(MinutesDocuments.EXTRACT, doc), MediaType.APPLICATION_PDF,
                MinutesApi.extractName(doc, "pdf"));
    }

    @GetMapping("/paragraphs/{id}/extract.docx")
    ResponseEntity<byte[]> extractDocx(CurrentUser me, @PathVariable long id) {
        permissions.requireRead(me);
        Minutes doc = documents.extract(me.municipalityId(), id);
        return MinutesApi.file(docx.extract(doc), MediaType.parseMediaType(MinutesDocuments.DOCX),
                MinutesApi.extractName(doc, "docx"));
    }
}
