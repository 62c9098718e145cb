package com.cohortdesk.notice;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due notices. Each batch is claimed with {@code SELECT ... FOR UPDATE SKIP LOCKED} in one transaction,
 * sent and marked in it: two nodes never claim the same row, and a crash between the SMTP send and the
 * commit repeats at most that batch's messages, with the same Message-ID. A failed send is retried after
 * {@link RetryPolicy}'s delays and marked failed with the server's reply after the last try. Without a mail
 * server configured ({@code spring.mail.host}) nothing is sent and the rows wait.
 */
@Component
class NoticeDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);
    static final int BATCH = 20;

    private final NoticeRepository notices;
    private final PlannedNotices planned;
    private final NoticePreferences preferences;
    private final UnsubscribeTokens tokens;
    private final NoticeSettings settings;
    private final NoticeTemplates templates = new NoticeTemplates();
    private final @Nullable JavaMailSender mail;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final RetryPolicy retries = RetryPolicy.DEFAULT;
    private final String from;
    private final String publicUrl;
    private final EntityManager entityManager;

    NoticeDispatcher(
            NoticeRepository notices,
            PlannedNotices planned,
            NoticePreferences preferences,
            UnsubscribeTokens tokens,
            NoticeSettings settings,
            ObjectProvider<JavaMailSender> mail,
            Environment environment,
            PlatformTransactionManager transactions,
            Clock clock,
            EntityManager entityManager,
            @Value("${cohortdesk.notices.from:office@cohortdesk.example}") String from,
            @Value("${cohortdesk.public-url:http://localhost:8080}") String publicUrl) {
        this.notices = notices;
        this.planned = planned;
        this.preferences = preferences;
        this.tokens = tokens;
        this.settings = settings;
        this.mail = RuntimeMailSender.resolve(mail, environment);
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.entityManager = entityManager;
        this.from = from;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    boolean canSend() {
        return mail != null;
    }

    /** Sends until nothing is due (or sending is paused); returns how many notices were handled. */
    int dispatchAll() {
        int total = 0;
        int idle = 0;
        while (true) {
            int handled = dispatchOnce();
            total += handled;
            if (handled > 0) {
                idle = 0;
                continue;
            }
            // Nothing claimed: either nothing is due, or every due row in the claim's window is locked by another
            // node's batch (H2 applies FETCH FIRST before SKIP LOCKED, so a busy window reads as empty). Wait for
            // that batch briefly instead of leaving the rest to the next run.
            if (mail == null || settings.paused() || idle++ >= MAX_IDLE_TRIES || !anyDue()) return total;
            try {
                Thread.sleep(IDLE_WAIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return total;
            }
        }
    }

    private static final int MAX_IDLE_TRIES = 100;
    private static final long IDLE_WAIT_MS = 50;

    private boolean anyDue() {
        var due = transaction.execute(status -> entityManager
                .createNativeQuery("select count(*) from notice where status = 'PENDING' and next_attempt_at <= ?1")
                .setParameter(1, clock.instant())
                .getSingleResult());
        return due instanceof Number n && n.longValue() > 0;
    }

    /** Claims one batch of due notices and sends it; returns how many were handled (sent, retried, failed or suppressed). */
    int dispatchOnce() {
        if (mail == null || settings.paused()) return 0;
        var handled = transaction.execute(status -> {
            var now = clock.instant();
            @SuppressWarnings("unchecked")
            List<Number> ids = entityManager
                    .createNativeQuery("""
                    select id from notice where status = 'PENDING' and next_attempt_at <= ?1
                    order by next_attempt_at, id fetch first %d rows only for update skip locked
                    """.formatted(BATCH))
                    .setParameter(1, now)
                    .getResultList();
            if (ids.isEmpty()) return 0;
            var ready = new LinkedHashMap<MimeMessage, Notice>();
            for (var notice :
                    notices.findAllByIds(ids.stream().map(Number::longValue).toList())) {
                var message = prepare(notice);
                if (message != null) ready.put(message, notice);
            }
            send(ready, now);
            return ids.size();
        });
        return handled == null ? 0 : handled;
    }

    /** The message to send for a claimed notice, or none when it is suppressed or cannot be delivered (then marked so). */
    private @Nullable MimeMessage prepare(Notice notice) {
        if (notice.getStatus() != NoticeStatus.PENDING) return null;
        if (notice.getKind().optional() && !preferences.wants(notice)) {
            notice.suppress("The recipient has unsubscribed from "
                    + (notice.getKind() == NoticeKind.FACULTY_DIGEST ? "digests." : "reminders."));
            return null;
        }
        String unsubscribe = notice.getKind().optional()
                ? publicUrl + "/notices/unsubscribe/" + tokens.token(subject(notice))
                : null;
        if (notice.getBodyText() == null) {
            var outcome = planned.render(notice);
            if (outcome.content() == null) {
                notice.suppress(Objects.requireNonNull(outcome.suppressed()));
                return null;
            }
            var content = outcome.content().withUnsubscribe(unsubscribe);
            var rendered = templates.render(content);
            notice.setBody(content.subject(), rendered.text(), rendered.html());
        }
        if (neverDelivers(notice.getRecipientEmail())) {
            notice.markFailedForGood("550 5.1.2 The domain of " + notice.getRecipientEmail()
                    + " is reserved and never receives mail (RFC 2606 .invalid); not sent.");
            log.warn(
                    "Notice {} to {} failed: an address that never receives mail",
                    notice.getId(),
                    notice.getRecipientEmail());
            return null;
        }
        try {
            return message(notice, unsubscribe);
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            notice.markFailedForGood("The message could not be built: " + reply(e));
            return null;
        }
    }

    /** Sends the batch over one SMTP connection; each message that failed is retried or failed, the others are sent. */
    private void send(Map<MimeMessage, Notice> ready, Instant now) {
        if (ready.isEmpty()) return;
        Map<Object, Exception> failed = Map.of();
        RuntimeException whole = null;
        try {
            Objects.requireNonNull(mail).send(ready.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            failed = e.getFailedMessages();
            if (failed.isEmpty()) whole = e;
        } catch (RuntimeException e) {
            whole = e;
        }
        for (var entry : ready.entrySet()) {
            var notice = entry.getValue();
            Exception error = whole != null ? whole : failed.get(entry.getKey());
            if (error == null) {
                notice.markSent(now);
                continue;
            }
            var reply = reply(error);
            if (permanent(error)) notice.markFailedForGood(reply);
            else notice.markTryFailed(reply, now, retries);
            if (notice.getStatus() == NoticeStatus.FAILED) {
                log.warn(
                        "Notice {} to {} failed after {} tries: {}",
                        notice.getId(),
                        notice.getRecipientEmail(),
                        notice.getTries(),
                        notice.getLastError());
            }
        }
    }

    private static UnsubscribeTokens.Subject subject(Notice n) {
        return n.getLearnerId() != null
                ? new UnsubscribeTokens.Subject(true, n.getLearnerId())
                : new UnsubscribeTokens.Subject(false, Objects.requireNonNull(n.getStaffId()));
    }

    private MimeMessage message(Notice n, @Nullable String unsubscribe)
            throws MessagingException, UnsupportedEncodingException {
        var session =
                mail instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
        var messageId = n.getMessageId();
        var message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(new InternetAddress(from, "Cohort Desk", "UTF-8"));
        helper.setTo(new InternetAddress(n.getRecipientEmail(), n.getRecipientName(), "UTF-8"));
        helper.setSubject(n.getSubject());
        helper.setText(Objects.requireNonNull(n.getBodyText()), Objects.requireNonNull(n.getBodyHtml()));
        if (n.getIcs() != null) {
            var method = n.getIcs().contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
            helper.addAttachment(
                    method.equals("CANCEL") ? "cancel.ics" : "invite.ics",
                    new ByteArrayDataSource(
                            n.getIcs().getBytes(StandardCharsets.UTF_8),
                            "text/calendar; charset=UTF-8; method=" + method));
        }
        if (unsubscribe != null) {
            message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    /** Addresses in the reserved .invalid domain (RFC 2606, RFC 6761) can never be delivered. */
    static boolean neverDelivers(String email) {
        var lower = email.toLowerCase(Locale.ROOT).strip();
        return lower.endsWith(".invalid") || lower.endsWith("@invalid");
    }

    /** A 5xx reply from the SMTP server (RFC 5321: permanent) is not retried. */
    static boolean permanent(Throwable e) {
        if (e instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
            return permanent(send.getFailedMessages().values().iterator().next());
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPSendFailedException s && s.getReturnCode() >= 500) return true;
            if (t instanceof SMTPAddressFailedException s && s.getReturnCode() >= 500) return true;
            if (t instanceof SendFailedException sf
                    && sf.getNextException() != null
                    && sf.getNextException() != t
                    && permanent(sf.getNextException())) return true;
            if (t.getCause() == t) break;
        }
        return false;
    }

    /** The SMTP server's reply when there is one (e.g. "550 5.1.1 mailbox unavailable"), else the error's message. */
    static String reply(Throwable e) {
        if (e instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
            return reply(send.getFailedMessages().values().iterator().next());
        }
        String text = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank())
                text = t.getClass().getSimpleName() + ": " + t.getMessage().strip();
            if (t.getCause() == t) break;
        }
        return text == null ? e.getClass().getSimpleName() : text;
    }
}
