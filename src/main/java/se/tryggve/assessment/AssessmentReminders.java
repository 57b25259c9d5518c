package se.tryggve.assessment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.internet.MimeMessage;
import se.tryggve.organisation.Municipalities;
import se.tryggve.security.Role;
import se.tryggve.security.UserAccounts;
import se.tryggve.shared.JobLock;
import se.tryggve.shared.SwedishDates;

/**
 * Reminds the security coordinators that the adopted lägesbild is due for revision (every two years by
 * default; lag 2023:196 asks for a lägesbild that is kept current), the configured number of days before.
 * Sent once: the reminder is claimed (revision_reminder_sent_at set) in its own transaction before the mail
 * goes, so two runs or two instances never send it twice; a failed send is logged, not retried. Runs daily
 * with the follow-up reminders' scheduling; off without a mail server, like them.
 */
@Service
public class AssessmentReminders {

    private static final Logger log = LoggerFactory.getLogger(AssessmentReminders.class);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final JdbcClient jdbc;
    private final Assessments assessments;
    private final Municipalities municipalities;
    private final UserAccounts accounts;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String mailHost;
    private final String from;
    private final String baseUrl;
    private final JobLock lock;

    AssessmentReminders(JdbcClient jdbc, Assessments assessments, Municipalities municipalities, UserAccounts accounts,
                        ObjectProvider<JavaMailSender> mailSender, MessageSource messages, PlatformTransactionManager transactions,
                        Clock clock, JobLock lock, @Value("${spring.mail.host:}") String mailHost,
                        @Value("${tryggve.mail.from:tryggve@localhost}") String from,
                        @Value("${tryggve.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.municipalities = municipalities;
        this.accounts = accounts;
        this.mailSender = mailSender;
        this.messages = messages;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.lock = lock;
        this.mailHost = mailHost;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public boolean enabled() {
        return mailHost != null && !mailHost.isBlank() && mailSender.getIfAvailable() != null;
    }

    @Scheduled(cron = "${tryggve.assessment.reminders.cron:0 5 7 * * *}", zone = "Europe/Stockholm")
    void scheduled() {
        // one instance runs the round (issue 8); the claim above each mail keeps it once anyway
        lock.runExclusively("assessment-reminders", java.time.Duration.ofMinutes(30), java.time.Duration.ofMinutes(1),
                this::sendDueReminders);
    }

    /** Every municipality's due reminders; answers how many were sent. */
    public int sendDueReminders() {
        if (!enabled()) {
            return 0;
        }
        int sent = 0;
        for (var municipality : municipalities.listMunicipalities()) {
            try {
                sent += sendDueReminders(municipality.id());
            } catch (RuntimeException e) {
                log.warn("Lägesbild reminders of municipality {} failed: {}", municipality.id(), e.toString());
            }
        }
        return sent;
    }

    /** The municipality's due reminders: adopted lägesbilder whose revision date is at most N days away. */
    public int sendDueReminders(long m) {
        if (!enabled()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock.withZone(Assessments.STOCKHOLM));
        LocalDate horizon = today.plusDays(assessments.settingsOf(m).reminderDaysBefore());
        List<Long> due = jdbc.sql("""
                select id from assessment where municipality_id = :m and status = 'ADOPTED' and revision_due_on is not null
                   and revision_due_on <= :h and revision_reminder_sent_at is null order by id""")
                .param("m", m).param("h", horizon).query(Long.class).list();
        int sent = 0;
        for (long id : due) {
            Boolean claimed = tx.execute(s -> {
                int n = jdbc.sql("update assessment set revision_reminder_sent_at = :now where municipality_id = :m and id = :id"
                                + " and revision_reminder_sent_at is null")
                        .param("now", Instant.now(clock).atOffset(java.time.ZoneOffset.UTC)).param("m", m).param("id", id).update();
                if (n == 1) {
                    assessments.markReminderSent(m, id);
                }
                return n == 1;
            });
            if (Boolean.TRUE.equals(claimed)) {
                try {
                    if (send(m, assessments.findAssessment(m, id))) {
                        sent++;
                    }
                } catch (Exception e) {
                    log.warn("Lägesbild reminder {} could not be sent: {}", id, e.getClass().getSimpleName());
                }
            }
        }
        return sent;
    }

    private boolean send(long m, AssessmentInfo a) throws Exception {
        List<String> to = accounts.listAccounts(m).stream()
                .filter(u -> u.enabled() && u.roles().contains(Role.SECURITY_COORDINATOR) && u.email() != null && !u.email().isBlank())
                .map(u -> u.email().trim()).distinct().sorted().toList();
        if (to.isEmpty()) {
            log.info("Lägesbild reminder {}: no security coordinator with an e-mail address", a.id());
            return false;
        }
        Object[] args = {a.title(), SwedishDates.date(a.adoptedOn()), SwedishDates.date(a.revisionDueOn()),
                baseUrl + "/assessments/" + a.id()};
        JavaMailSender sender = mailSender.getObject();
        MimeMessage mail = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mail, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(to.toArray(String[]::new));
        helper.setSubject(messages.getMessage("assessment.reminder.subject", new Object[] {args[2]}, SWEDISH));
        helper.setText(messages.getMessage("assessment.reminder.body", args, SWEDISH));
        mail.setSentDate(java.util.Date.from(Instant.now(clock)));
        sender.send(mail);
        return true;
    }
}
