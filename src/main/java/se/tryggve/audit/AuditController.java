package se.tryggve.audit;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import se.tryggve.security.CurrentUser;

/** The administrator's audit log page: newest first, 50 a page, filtered by a plain GET form. */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditLog log;
    private final AuditPermissions permissions;

    AuditController(AuditLog log, AuditPermissions permissions) {
        this.log = log;
        this.permissions = permissions;
    }

    /** One line of the table, formatted for the reader's language in Swedish time. */
    record Row(long id, String isoTime, String time, String actor, String objectType, String objectId, String action,
               List<String> changes) {
    }

    @GetMapping("/admin/audit")
    String list(CurrentUser me, @ModelAttribute("filter") AuditFilterForm form, BindingResult binding, Model model,
                Locale locale) {
        permissions.requireReadAuditLog(me);
        if (binding.hasFieldErrors("from")) {
            form.setFrom(null);
        }
        if (binding.hasFieldErrors("to")) {
            form.setTo(null);
        }
        boolean inverted = form.getFrom() != null && form.getTo() != null && form.getTo().isBefore(form.getFrom());
        if (inverted) {
            binding.rejectValue("to", "shared.period.endsBeforeStart");
        }
        List<Row> rows = List.of();
        long total = 0;
        // a mistyped date is shown beside its field and left out; the rest of the filter still applies
        if (!inverted) {
            AuditLog.Filter filter = form.toFilter();
            total = log.count(me.municipalityId(), filter);
            DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale).withZone(AuditLog.STOCKHOLM);
            rows = log.search(me.municipalityId(), filter,
                            (int) Math.min((long) form.getPage() * PAGE_SIZE, Integer.MAX_VALUE), PAGE_SIZE).stream()
                    .map(e -> new Row(e.id(), e.occurredAt().toString(), format.format(e.occurredAt()), e.actor(),
                            e.objectType(), e.objectId(), e.action(), changes(e.changes())))
                    .toList();
        }
        int pages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("page", form.getPage());
        model.addAttribute("pages", pages);
        model.addAttribute("objectTypes", log.objectTypes(me.municipalityId()));
        model.addAttribute("previousUrl", form.getPage() > 0 ? pageUrl(form, form.getPage() - 1) : null);
        model.addAttribute("nextUrl", form.getPage() + 1 < pages ? pageUrl(form, form.getPage() + 1) : null);
        return "audit/list";
    }

    /** "field: before → after", with a dash for a value that did not exist. */
    static List<String> changes(Map<String, Map<String, Object>> changes) {
        List<String> lines = new ArrayList<>();
        changes.forEach((field, change) -> lines.add(field + ": " + text(change == null ? null : change.get("before"))
                + " → " + text(change == null ? null : change.get("after"))));
        return lines;
    }

    private static String text(Object value) {
        return value == null || value.toString().isEmpty() ? "–" : value.toString();
    }

    private static String pageUrl(AuditFilterForm f, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/admin/audit");
        add(b, "actor", f.getActor());
        add(b, "objectType", f.getObjectType());
        add(b, "objectId", f.getObjectId());
        add(b, "action", f.getAction());
        add(b, "from", f.getFrom());
        add(b, "to", f.getTo());
        b.queryParam("page", page);
        return b.encode().toUriString();
    }

    private static void add(UriComponentsBuilder b, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            b.queryParam(name, value.toString());
        }
    }
}
