package se.tryggve.followup;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.tryggve.governance.GovernanceQueries;
import se.tryggve.organisation.Municipalities;
import se.tryggve.security.Role;
import se.tryggve.security.UserAccounts;
import se.tryggve.shared.StateChanged;

/**
 * Reminders by e-mail to departments that have not handed in their part: one a configurable number
 * of days before the deadline, one when it has passed. Each kind goes at most once per part: the
 * log row is inserted and committed before the mail is sent, and its unique key (municipality,
 * part, kind) stops a second run or a second instance from sending it again. A failed sending is
 * logged and not retried automatically, so nobody gets a reminder twice.
 */
@Service
public class FollowUpReminders {

    static final String REMINDER = "FollowUpReminder";
    private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);

    private final FollowUps followUps;
    private final ReminderStore store;
    private final GovernanceQueries governance;
    private final Municipalities municipalities;
    private final UserAccounts accounts;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Boolean enabledSetting;
    private final String mailHost;
    private final int daysBefore;
    private final String from;
    private final String baseUrl;
    private final AtomicBoolean offLogged = new AtomicBoolean();

    FollowUpReminders(FollowUps followUps, ReminderStore store, GovernanceQueries governance, Municipalities municipalities,
                      UserAccounts accounts, ObjectProvider<JavaMailSender> mailSender, MessageSource messages,
                      ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
                      @Value("${tryggve.followup.reminders.enabled:#{null}}") Boolean enabledSetting,
                      @Value("${spring.mail.host:}") String mailHost,
                      @Value("${tryggve.followup.reminders.days-before:7}") int daysBefore,
                      @Value("${tryggve.mail.from:tryggve@localhost}") String from,
                      @Value("${tryggve.base-url:http://localhost:8080}") String baseUrl) {
        this.followUps = followUps;
        this.store = store;
        this.governance = governance;
        this.municipalities = municipalities;
        this.accounts = accounts;
        this.mailSender = mailSender;
        this.messages = messages;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.enabledSetting = enabledSetting;
        this.mailHost = mailHost;
        this.daysBefore = daysBefore;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** What one run did; {@code enabled} false when reminders are off (no mail server, or switched off). */
    public record Run(boolean enabled, int sent, int noRecipient, int failed) {

        Run plus(Run o) {
            return new Run(enabled && o.enabled, sent + o.sent, noRecipient + o.noRecipient, failed + o.failed);
        }
    }

    /** Whether reminders go out: a mail server is configured and they are not switched off. */
    public boolean enabled() {
        boolean hasHost = mailHost != null && !mailHost.isBlank() && mailSender.getIfAvailable() != null;
        return hasHost && (enabledSetting == null || enabledSetting);
    }

    /** The reminder log of a follow-up, oldest first. */
    public List<Reminder> reminders(long m, long followUpId) {
        followUps.followUp(m, followUpId);
        return store.ofFollowUp(m, followUpId);
    }

    /** The scheduled run: every open follow-up in every municipality. */
    public Run sendDueReminders() {
        if (!enabled()) {
            if (offLogged.compareAndSet(false, true)) {
                log.info("Follow-up reminders are off: {}", mailHost == null || mailHost.isBlank()
                        ? "no mail server (spring.mail.host) is configured" : "tryggve.followup.reminders.enabled is false");
            }
            return new Run(false, 0, 0, 0);
        }
        Run total = new Run(true, 0, 0, 0);
        for (var municipality : municipalities.listMunicipalities()) {
            try {
                total = total.plus(sendDueReminders(municipality.id()));
            } catch (RuntimeException e) {
                // one municipality's trouble must not stop the others' reminders
                log.warn("Reminders of municipality {} failed: {}", municipality.id(), e.toString());
            }
        }
        return total;
    }

    /** The reminders due today in one municipality; already sent ones are never sent again. */
    public Run sendDueReminders(long m) {
        if (!enabled()) {
            return new Run(false, 0, 0, 0);
        }
        LocalDate today = LocalDate.now(clock.withZone(SWEDEN));
        Run run = new Run(true, 0, 0, 0);
        for (FollowUp f : followUps.listFollowUps(m)) {
            // a correction reopens an approved follow-up for the coordinator; the departments already reported
            if (f.status() != FollowUpStatus.OPEN || f.supersedes() != null) {
                continue;
            }
            ReminderKind kind = today.isAfter(f.deadline()) ? ReminderKind.OVERDUE
                    : !today.isBefore(f.deadline().minusDays(daysBefore)) ? ReminderKind.BEFORE_DEADLINE : null;
            if (kind == null) {
                continue;
            }
            Map<Long, String> departments = null;
            String title = null;
            for (DepartmentPart p : followUps.parts(m, f.id())) {
                if (!p.status().editable() || store.exists(m, p.id(), kind)) {
                    continue;
                }
                if (departments == null) {
                    departments = governance.departmentNames(m);
                    title = governance.document(m, f.documentId()).title();
                }
                ReminderOutcome outcome = remind(f, p, kind, title, departments.getOrDefault(p.departmentId(), "?"));
                if (outcome != null) {
                    run = run.plus(new Run(true, outcome == ReminderOutcome.SENT ? 1 : 0,
                            outcome == ReminderOutcome.NO_RECIPIENT ? 1 : 0, outcome == ReminderOutcome.FAILED ? 1 : 0));
                }
            }
        }
        return run;
    }

    /** Claims, sends and logs one reminder; null when another run had already claimed it. */
    private ReminderOutcome remind(FollowUp f, DepartmentPart p, ReminderKind kind, String title, String department) {
        long m = f.municipalityId();
        List<String> to = accounts.listAccounts(m).stream()
                .filter(a -> a.enabled() && a.roles().contains(Role.DEPARTMENT_REPORTER)
                        && Long.valueOf(p.departmentId()).equals(a.departmentId())
                        && a.email() != null && !a.email().isBlank())
                .map(a -> a.email().trim()).distinct().sorted().toList();
        String recipients = String.join(", ", to);
        ReminderOutcome first = to.isEmpty() ? ReminderOutcome.NO_RECIPIENT : ReminderOutcome.SENDING;
        Long id;
        try {
            id = tx.execute(s -> {
                long rid = store.insert(m, f.id(), p.id(), kind, clock.instant(), recipients, first);
                if (first == ReminderOutcome.NO_RECIPIENT) {
                    audit(m, rid, f, p, kind, first, recipients);
                }
                return rid;
            });
        } catch (DuplicateKeyException e) {
            return null;
        }
        if (first == ReminderOutcome.NO_RECIPIENT) {
            log.warn("No reminder for part {} of follow-up {}: department {} has no reporter with an e-mail address",
                    p.id(), f.id(), p.departmentId());
            return first;
        }
        String error = null;
        try {
            send(to, f, p, kind, title, department);
        } catch (Exception e) {
            error = shortError(e);
            // the mail server's answer may name recipients ("550 <x@kommun.se>: unknown user"): no addresses in the log
            log.warn("Reminder {} for part {} of follow-up {} could not be sent: {}", kind, p.id(), f.id(),
                    withoutAddresses(error));
        }
        ReminderOutcome outcome = error == null ? ReminderOutcome.SENT : ReminderOutcome.FAILED;
        if (error == null) {
            se.tryggve.shared.OperationalMetrics.reminderSent("followup");
            log.info("Reminder {} sent for part {} of follow-up {} to {} recipient(s)", kind, p.id(), f.id(), to.size());
        }
        String err = error;
        tx.executeWithoutResult(s -> {
            store.finish(m, id, clock.instant(), outcome, err);
            audit(m, id, f, p, kind, outcome, recipients);
        });
        return outcome;
    }

    private void audit(long m, long id, FollowUp f, DepartmentPart p, ReminderKind kind, ReminderOutcome outcome,
                       String recipients) {
        events.publishEvent(StateChanged.of(m, REMINDER, id, "created").value("followUpId", f.id())
                .value("partId", p.id()).value("departmentId", p.departmentId()).value("kind", kind)
                .value("outcome", outcome).value("recipients", recipients).build());
    }

    private void send(List<String> to, FollowUp f, DepartmentPart p, ReminderKind kind, String title, String department)
            throws Exception {
        JavaMailSender sender = mailSender.getObject();
        String deadline = IN_WORDS.format(f.deadline());
        String year = String.valueOf(f.year());
        String link = baseUrl + "/follow-ups/" + f.id() + "/parts/" + p.id();
        Object[] args = {title, year, deadline, department, link};
        MimeMessage mail = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mail, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(to.toArray(String[]::new));
        helper.setSubject(messages.getMessage("followup.reminder.subject." + kind, args, SWEDISH));
        helper.setText(messages.getMessage("followup.reminder.body." + kind, args, SWEDISH));
        mail.setSentDate(java.util.Date.from(Instant.now(clock)));
        sender.send(mail);
    }

    /** The text with every e-mail address replaced: what may go to the log (issue 8, no personal data in logs). */
    static String withoutAddresses(String text) {
        return text == null ? null : text.replaceAll("[\\w.%+-]+@[\\w-]+(\\.[\\w-]+)+", "<e-postadress>");
    }

    /** The kind of failure and the server's short answer; never credentials (they are not in these messages). */
    private static String shortError(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage().strip());
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
