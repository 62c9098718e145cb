package com.cohortdesk.notice;

import com.cohortdesk.privacy.PersonalDataSource;
import com.cohortdesk.privacy.Pseudonym;
import com.cohortdesk.privacy.Rows;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The notices' part of a person's personal data: every notice to them (what, when, its status; not the body,
 * which repeats what the other sections hold) and their reminder choice. Erasure replaces the recipient by the
 * pseudonym, drops the bodies and attachments (they name the person), stops any notice still pending and deletes the
 * reminders planned for them (rare enough that the plan needs no index by learner).
 */
@Component
class NoticePersonalData implements PersonalDataSource {

    private static final String NOTICES = """
            select id, kind, subject, recipient_email, recipient_zone, status, tries, last_error, created_at, sent_at, message_id
            from notice where %s = ? order by created_at, id""";

    private final JdbcTemplate jdbc;

    NoticePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "notices";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Object learnerRecords(long learnerId) {
        var reminders = jdbc.queryForList(
                "select reminders from learner_notice_preference where learner_id = ?", Boolean.class, learnerId);
        return Map.of(
                "remindersOn",
                reminders.isEmpty() || reminders.getFirst(),
                "sent",
                Rows.query(jdbc, NOTICES.formatted("learner_id"), learnerId));
    }

    @Override
    public Object staffRecords(long staffId) {
        return Map.of("sent", Rows.query(jdbc, NOTICES.formatted("staff_id"), staffId));
    }

    @Override
    public Map<String, Collection<Long>> auditedEntities(long learnerId) {
        return Map.of(
                "Notice",
                jdbc.queryForList("select id from notice where learner_id = ?", Long.class, learnerId),
                "LearnerNoticePreference",
                jdbc.queryForList(
                        "select learner_id from learner_notice_preference where learner_id = ?",
                        Long.class,
                        learnerId));
    }

    @Override
    public Set<String> personalFields() {
        return Set.of("recipientName", "recipientEmail", "subject", "bodyText", "bodyHtml", "ics", "lastError");
    }

    @Override
    public Set<String> whollyPersonalEntities() {
        return Set.of("Notice");
    }

    @Override
    public void eraseLearner(long learnerId, Pseudonym pseudonym) {
        jdbc.update("""
                update notice set recipient_name = ?, recipient_email = ?, subject = ?, body_text = null, body_html = null, ics = null,
                    last_error = case when status = 'PENDING' then 'The learner''s personal data was erased.'
                                      when last_error is null then null else ? end,
                    status = case when status = 'PENDING' then 'SUPPRESSED' else status end,
                    version = version + 1
                where learner_id = ?""", pseudonym.name(), pseudonym.email(), Pseudonym.ERASED, Pseudonym.ERASED, learnerId);
        jdbc.update("delete from reminder_plan where learner_id = ?", learnerId);
    }
}
