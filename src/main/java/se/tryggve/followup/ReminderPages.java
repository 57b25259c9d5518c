package se.tryggve.followup;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.tryggve.security.CurrentUser;

/** The coordinator's "send reminders now" on the dashboard; the log itself is shown by the dashboard. */
@Controller
class ReminderPages {

    private final FollowUps followUps;
    private final FollowUpReminders reminders;
    private final FollowUpPermissions permissions;

    ReminderPages(FollowUps followUps, FollowUpReminders reminders, FollowUpPermissions permissions) {
        this.followUps = followUps;
        this.reminders = reminders;
        this.permissions = permissions;
    }

    @PostMapping("/follow-ups/{id}/reminders")
    String sendNow(CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
        FollowUpPermissions.require(permissions.canCoordinate(me));
        followUps.followUp(me.municipalityId(), id);
        var run = reminders.sendDueReminders(me.municipalityId());
        redirect.addFlashAttribute("flash", run.enabled() ? "followup.reminders.done" : "followup.reminders.off");
        return "redirect:/follow-ups/" + id;
    }
}
