package se.tryggve.followup;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.tryggve.shared.JobLock;

/** Scheduling for the daily reminder run. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReminderConfig {

    @Component
    static class ReminderJob {

        private final FollowUpReminders reminders;
        private final JobLock lock;

        ReminderJob(FollowUpReminders reminders, JobLock lock) {
            this.reminders = reminders;
            this.lock = lock;
        }

        // every instance's scheduler fires; one of them runs the round (issue 8). Each reminder is also
        // claimed in follow_up_reminder before it is sent, so a later round elsewhere never repeats one.
        @Scheduled(cron = "${tryggve.followup.reminders.cron:0 0 7 * * *}", zone = "Europe/Stockholm")
        void sendDueReminders() {
            lock.runExclusively("followup-reminders", Duration.ofMinutes(30), Duration.ofMinutes(1), reminders::sendDueReminders);
        }
    }
}
