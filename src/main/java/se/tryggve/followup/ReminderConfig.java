package se.tryggve.followup;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Scheduling for the daily reminder run. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReminderConfig {

    @Component
    static class ReminderJob {

        private final FollowUpReminders reminders;

        ReminderJob(FollowUpReminders reminders) {
            this.reminders = reminders;
        }

        @Scheduled(cron = "${tryggve.followup.reminders.cron:0 0 7 * * *}", zone = "Europe/Stockholm")
        void sendDueReminders() {
            reminders.sendDueReminders();
        }
    }
}
