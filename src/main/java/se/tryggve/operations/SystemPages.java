package se.tryggve.operations;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;
import se.tryggve.shared.SwedishDates;

/** The administrator's system page {@code /admin/system} and its "take a backup now" button. */
@Controller
class SystemPages {

    private final SystemStatus status;
    private final Backups backups;

    SystemPages(SystemStatus status, Backups backups) {
        this.status = status;
        this.backups = backups;
    }

    static void requireAdministrator(CurrentUser me) {
        if (me == null || !me.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("not allowed");
        }
    }

    @GetMapping("/admin/system")
    String page(CurrentUser me, Model model, Locale locale) {
        requireAdministrator(me);
        model.addAttribute("s", status.state());
        model.addAttribute("t", new Times(locale));
        return "operations/system";
    }

    @PostMapping("/admin/system/backup")
    String backup(CurrentUser me, RedirectAttributes redirect) {
        requireAdministrator(me);
        Backups.LastBackup done = backups.backupEmbeddedDatabase();
        redirect.addFlashAttribute("flash", "operations.backup.done");
        redirect.addFlashAttribute("backupFile", done.file());
        return "redirect:/admin/system";
    }

    /** Times in Swedish time in the reader's language ("2 december 2026 15:04"), durations as "3 d 4 h 5 min". */
    public record Times(Locale locale) {
        public String at(Instant t) {
            return t == null ? null
                    : DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm:ss", locale).withZone(SwedishDates.SWEDEN).format(t);
        }

        public String iso(Instant t) {
            return t == null ? null : t.toString();
        }

        public String duration(Duration d) {
            long days = d.toDays();
            return (days > 0 ? days + " d " : "") + d.toHoursPart() + " h " + d.toMinutesPart() + " min";
        }
    }
}
