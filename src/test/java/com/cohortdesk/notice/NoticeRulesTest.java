package com.cohortdesk.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.session.SessionNoticeEvent;
import com.cohortdesk.session.SessionType;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/** The notice feature's plain rules: times, retries, templates (escaping), plan keys and the iTIP attachment. */
class NoticeRulesTest {

    static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Test
    void timesAreInTheRecipientsZoneWithUkTimeBeside() {
        // 28 March 2027: the UK moves to BST; Auckland is still on NZDT (UTC+13)
        assertThat(NoticeTimes.format(Instant.parse("2027-03-22T18:00:00Z"), AUCKLAND))
                .isEqualTo("Tuesday 23 March 2027, 07:00 Pacific/Auckland time (Monday 22 March, 18:00 UK time)");
        assertThat(NoticeTimes.format(Instant.parse("2027-03-29T17:00:00Z"), AUCKLAND))
                .isEqualTo("Tuesday 30 March 2027, 06:00 Pacific/Auckland time (Monday 29 March, 18:00 UK time)");
        assertThat(NoticeTimes.format(Instant.parse("2027-03-29T17:00:00Z"), ZoneId.of("Europe/London")))
                .isEqualTo("Monday 29 March 2027, 18:00 UK time");
        assertThat(NoticeTimes.format(Instant.parse("2027-03-29T17:00:00Z"), ZoneId.of("Europe/Paris")))
                .isEqualTo("Monday 29 March 2027, 19:00 Europe/Paris time (18:00 UK time)");
    }

    @Test
    void fiveTriesOverADay() {
        var policy = RetryPolicy.DEFAULT;
        assertThat(policy.maxTries()).isEqualTo(5);
        var total = Duration.ZERO;
        for (int failed = 1; failed < 5; failed++)
            total = total.plus(policy.delayAfter(failed).orElseThrow());
        assertThat(total).isEqualTo(Duration.ofHours(24));
        assertThat(policy.delayAfter(5)).isEmpty();
        assertThat(policy.delayAfter(1)).contains(Duration.ofMinutes(10));
    }

    @Test
    void theHtmlPartEscapesAndTheTextPartKeepsTheWords() {
        var content = new NoticeContent(
                "Subject",
                "Dear <b>Zoë</b> & co,",
                List.of("Reason: <script>alert(1)</script>"),
                List.of(new NoticeContent.Section("Week", List.of("a < b"))),
                "Open",
                "https://example.org/?a=1&b=2",
                "https://example.org/unsubscribe/x");
        var rendered = new NoticeTemplates().render(content);
        assertThat(rendered.html())
                .contains(
                        "Dear &lt;b&gt;Zo\u00eb&lt;/b&gt; &amp; co,",
                        "&lt;script&gt;alert(1)&lt;/script&gt;",
                        "a &lt; b",
                        "href=\"https://example.org/?a=1&amp;b=2\"",
                        "Stop these reminders")
                .doesNotContain("<script>");
        assertThat(rendered.text())
                .startsWith("Dear <b>Zo\u00eb</b> & co,\n\nReason: <script>alert(1)</script>\n")
                .contains(
                        "Week\n- a < b\n",
                        "Open: https://example.org/?a=1&b=2",
                        "To stop them: https://example.org/unsubscribe/x");
        var noUnsubscribe = new NoticeTemplates().render(content.withUnsubscribe(null));
        assertThat(noUnsubscribe.text()).doesNotContain("To stop them");
        assertThat(noUnsubscribe.html()).doesNotContain("Stop these reminders");
    }

    @Test
    void planKeysDifferByTimeAndOffsetAndParseBack() {
        var due = Instant.parse("2026-12-04T12:00:00Z");
        var key = PlanKeys.deadline(7, 42, due, Duration.ofHours(72));
        assertThat(key).isEqualTo("deadline:7:42:" + due.getEpochSecond() + ":4320");
        assertThat(key)
                .isNotEqualTo(PlanKeys.deadline(7, 42, due.plus(Duration.ofDays(7)), Duration.ofHours(72)))
                .isNotEqualTo(PlanKeys.deadline(7, 42, due, Duration.ofHours(24)));
        assertThat(PlanKeys.parts(key))
                .containsExactly("deadline", "7", "42", Long.toString(due.getEpochSecond()), "4320");
    }

    @Test
    void sessionNoticesCarryAValidRequestOrCancelUnderTheFeedsUid() throws Exception {
        var moved = event(SessionNoticeEvent.Kind.MOVED, false);
        var request = new CalendarBuilder()
                .build(new StringReader(NoticeIcs.write(
                        moved, "office@cohortdesk.example", "a@example.org", Instant.parse("2026-11-25T12:00:00Z"))));
        assertThat(request.validate().hasErrors())
                .as(request.validate().toString())
                .isFalse();
        assertThat(request.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        var text = NoticeIcs.write(
                moved, "office@cohortdesk.example", "a@example.org", Instant.parse("2026-11-25T12:00:00Z"));
        assertThat(text)
                .contains(
                        "UID:occurrence-9@cohortdesk",
                        "SEQUENCE:3",
                        "DTSTART;TZID=Europe/London:20270329T180000",
                        "BEGIN:VTIMEZONE",
                        "ORGANIZER:mailto:office@cohortdesk.example",
                        "ATTENDEE:mailto:a@example.org");
        var cancel = new CalendarBuilder()
                .build(new StringReader(NoticeIcs.write(
                        event(SessionNoticeEvent.Kind.CANCELLED, true),
                        "office@cohortdesk.example",
                        "a@example.org",
                        Instant.parse("2026-11-25T12:00:00Z"))));
        assertThat(cancel.validate().hasErrors())
                .as(cancel.validate().toString())
                .isFalse();
        assertThat(cancel.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
    }

    @Test
    void aMovedSessionNoticeGivesOldAndNewTimesInTheLearnersZone() {
        var content = NoticeComposer.session(event(SessionNoticeEvent.Kind.MOVED, false), "Aroha", AUCKLAND, 0);
        assertThat(content.subject()).isEqualTo("Moved: Office hour <1>");
        assertThat(content.paragraphs())
                .contains(
                        "It was: Tuesday 23 March 2027, 07:00 Pacific/Auckland time (Monday 22 March, 18:00 UK time).",
                        "It is now: Tuesday 30 March 2027, 06:00 Pacific/Auckland time (Monday 29 March, 18:00 UK time).");
    }

    @Test
    void permanentFailuresAndAddressesThatNeverReceiveMail() {
        assertThat(NoticeDispatcher.neverDelivers("someone@mailbox-closed.invalid"))
                .isTrue();
        assertThat(NoticeDispatcher.neverDelivers("someone@example.org")).isFalse();
        assertThat(NoticeDispatcher.permanent(new RuntimeException("timeout"))).isFalse();
        var reply = new SMTPSendFailedException("DATA", 552, "552 5.3.4 Message too big", null, null, null, null);
        assertThat(NoticeDispatcher.permanent(new MailSendException("failed", reply)))
                .isTrue();
        assertThat(NoticeDispatcher.reply(new MailSendException("failed", reply)))
                .contains("552 5.3.4");
    }

    static SessionNoticeEvent event(SessionNoticeEvent.Kind kind, boolean cancelled) {
        return new SessionNoticeEvent(
                kind,
                9,
                4,
                2L,
                3,
                SessionType.OFFICE_HOUR,
                "Office hour <1>",
                "MLDS101 Foundations \u00b7 Fall 2026, term 1",
                "Ada Lovelace",
                Instant.parse("2027-03-29T17:00:00Z"),
                Instant.parse("2027-03-29T18:00:00Z"),
                Instant.parse("2027-03-22T18:00:00Z"),
                ZoneId.of("Europe/London"),
                "https://meet.example.org/x",
                "Travel",
                3,
                cancelled,
                List.of());
    }
}
