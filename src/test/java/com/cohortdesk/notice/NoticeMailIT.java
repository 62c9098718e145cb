package com.cohortdesk.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.TestProfiles;
import com.cohortdesk.assessment.ExtensionDraft;
import com.cohortdesk.assessment.ExtensionService;
import com.cohortdesk.calendar.CalendarUids;
import com.cohortdesk.learner.LearnerEdit;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.learner.StatusAction;
import com.cohortdesk.session.SessionDraft;
import com.cohortdesk.session.SessionRosterService;
import com.cohortdesk.session.SessionSchedulingService;
import com.cohortdesk.session.SessionType;
import com.cohortdesk.shared.ProgrammeTime;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every kind of notice end to end on the demo data (now: Wed 25 Nov 2026, 12:00 UTC), received by GreenMail:
 * written in the transaction of the change, sent by the dispatcher, text and HTML parts, the iTIP .ics parsed
 * and validated with ical4j (the feed's UID and SEQUENCE), a learner in Pacific/Auckland, a session moved into
 * the week of the UK clock change (28 March 2027), reminders and digests planned once and checked when sent,
 * one-click unsubscribe, retries and the final failure, and a rolled-back change that sends nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoticeMailIT {

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    SessionSchedulingService sessions;

    @Autowired
    SessionRosterService rosters;

    @Autowired
    LearnerService learners;

    @Autowired
    ExtensionService extensions;

    @Autowired
    OutboxService outbox;

    @Autowired
    NoticeService noticeService;

    @Autowired
    NoticeDispatcher dispatcher;

    @Autowired
    ReminderPlanner planner;

    @Autowired
    NoticeRepository notices;

    @Autowired
    PlannedNotices planned;

    @Autowired
    NoticePreferences preferences;

    @Autowired
    UnsubscribeTokens tokens;

    @Autowired
    NoticeSettings settings;

    @Autowired
    ObjectProvider<JavaMailSender> mailSender;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EntityManager entityManager;

    long offeringId;
    long hostId;
    long auckland;
    long london;
    long third;
    long fourth;
    String aucklandEmail;
    String londonEmail;
    String thirdEmail;

    <T> T as(String username, Supplier<T> work) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @BeforeAll
    void setUp() {
        var cohortId = jdbc.queryForObject("select id from cohort where intake_year = 2026", Long.class);
        offeringId = jdbc.queryForObject("""
                select min(o.id) from offering o where o.cohort_id = ? and o.term_no = 1
                  and exists (select 1 from assessment a where a.offering_id = o.id and a.due_at > ?)""", Long.class, cohortId, OffsetDateTime.parse("2026-11-29T00:00:00Z"));
        hostId = jdbc.queryForObject("select id from staff_user where username = 'farid'", Long.class);
        var places = jdbc.queryForList("""
                select e.learner_id from enrollment e join learner l on l.id = e.learner_id
                where e.offering_id = ? and e.status = 'ENROLLED' and l.status = 'ACTIVE' order by e.learner_id""", Long.class, offeringId);
        auckland = places.get(10);
        london = places.get(11);
        third = places.get(12);
        fourth = places.get(13);
        as("admin", () -> {
            rezone(auckland, "Pacific/Auckland");
            rezone(london, "Europe/London");
            return null;
        });
        aucklandEmail = email(auckland);
        londonEmail = email(london);
        thirdEmail = email(third);
        // whatever the demo data and other tests queued so far goes out first
        dispatcher.dispatchAll();
    }

    String email(long learnerId) {
        return jdbc.queryForObject("select email from learner where id = ?", String.class, learnerId);
    }

    void rezone(long learnerId, String zone) {
        var l = learners.get(learnerId);
        learners.update(learnerId, l.version(), new LearnerEdit(l.fullName(), l.email(), l.country(), zone));
    }

    long newSession(String title, String start, Integer capacity) {
        return as("admin", () -> {
            var scheduled = sessions.schedule(
                    new SessionDraft(
                            SessionType.WEBINAR,
                            title,
                            offeringId,
                            hostId,
                            LocalDateTime.parse(start),
                            ProgrammeTime.ZONE,
                            Duration.ofMinutes(60),
                            null,
                            "https://meet.example.org/" + title.replace(' ', '-'),
                            capacity),
                    "notice test");
            return scheduled.firstOccurrenceId();
        });
    }

    NoticeDispatcher dispatcherAt(Instant now, JavaMailSender sender) {
        ObjectProvider<JavaMailSender> provider =
                new StaticListableBeanFactory(Map.of("mail", sender)).getBeanProvider(JavaMailSender.class);
        return new NoticeDispatcher(
                notices,
                planned,
                preferences,
                tokens,
                settings,
                provider,
                new StandardEnvironment(),
                transactions,
                Clock.fixed(now, ZoneOffset.UTC),
                entityManager,
                "office@cohortdesk.example",
                "http://localhost:" + port);
    }

    NoticeDispatcher dispatcherAt(Instant now) {
        return dispatcherAt(now, mailSender.getObject());
    }

    static Calendar ics(MimeMessage message) throws Exception {
        var text = MailBox.part(message, "text/calendar");
        assertThat(text).as("the .ics attachment").isNotNull();
        var calendar = new CalendarBuilder().build(new StringReader(text));
        assertThat(calendar.validate().hasErrors())
                .as(calendar.validate().toString())
                .isFalse();
        return calendar;
    }

    static VEvent event(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    static String prop(VEvent event, String name) {
        return event.getProperty(name).map(p -> p.getValue()).orElse("");
    }

    long feedSequence(long occurrenceId) {
        return as(
                "admin",
                () -> sessions
                        .feedOccurrences(
                                List.of(offeringId),
                                null,
                                null,
                                Instant.parse("2026-01-01T00:00:00Z"),
                                Instant.parse("2028-01-01T00:00:00Z"))
                        .stream()
                        .filter(o -> o.occurrenceId() == occurrenceId)
                        .findFirst()
                        .orElseThrow()
                        .sequence());
    }

    // ------------------------------------------------------------------------------------------------------------

    @Autowired
    ApplicationContext context;

    @Test
    @Order(0)
    void theMailServerIsInTheHealthCheckOnce() {
        // Boot's mail health check backs off for MailHealth, which also covers a sender made at run time (Spring AOT)
        assertThat(context.getBeansOfType(HealthContributor.class))
                .containsKey("mailHealthIndicator")
                .doesNotContainKey("mailHealthContributor");
        var health =
                context.getBean("mailHealthIndicator", HealthIndicator.class).health();
        assertThat(health.getStatus()).as("GreenMail is running").isEqualTo(Status.UP);
        mail.stop();
        try {
            assertThat(context.getBean("mailHealthIndicator", HealthIndicator.class)
                            .health()
                            .getStatus())
                    .isEqualTo(Status.DOWN);
        } finally {
            mail.start();
        }
    }

    @Test
    @Order(1)
    void aFailedSendIsRetriedWithBackOffThenFailsWithTheReplyAndCanBeResentWithTheSameMessageId() {
        var id = as("admin", () -> noticeService.queuePersonalLink(third, "https://cohortdesk.example/me/retry"));
        var closed = new JavaMailSenderImpl();
        closed.setHost("127.0.0.1");
        closed.setPort(1); // nothing listens there: connection refused, a transient failure
        var at = NOW;
        var delays = List.of(
                Duration.ofMinutes(10),
                Duration.ofHours(1),
                Duration.ofHours(5),
                Duration.ofHours(17).plusMinutes(50));
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(dispatcherAt(at, closed).dispatchOnce()).isEqualTo(1);
            var n = notices.findById(id).orElseThrow();
            assertThat(n.getTries()).isEqualTo(attempt);
            assertThat(n.getLastError()).containsIgnoringCase("connect");
            if (attempt < 5) {
                assertThat(n.getStatus()).isEqualTo(NoticeStatus.PENDING);
                assertThat(n.getNextAttemptAt()).isEqualTo(at.plus(delays.get(attempt - 1)));
                // not due before its time
                assertThat(dispatcherAt(n.getNextAttemptAt().minusSeconds(1), closed)
                                .dispatchOnce())
                        .isZero();
                at = n.getNextAttemptAt();
            } else {
                assertThat(n.getStatus()).isEqualTo(NoticeStatus.FAILED);
            }
        }
        assertThat(Duration.between(NOW, at)).isEqualTo(Duration.ofHours(24));
        var messageId = notices.findById(id).orElseThrow().getMessageId();
        as("admin", () -> {
            outbox.resend(id);
            return null;
        });
        assertThat(dispatcher.dispatchAll()).isGreaterThanOrEqualTo(1);
        var sent = notices.findById(id).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(NoticeStatus.SENT);
        var received = MailBox.to(mail, thirdEmail, "Your personal link");
        assertThat(received).hasSize(1);
        assertThat(MailBox.header(received.getFirst(), "Message-ID")).isEqualTo(messageId);
        assertThat(MailBox.part(received.getFirst(), "text/plain")).contains("https://cohortdesk.example/me/retry");
        // a change notice carries no unsubscribe header
        assertThat(MailBox.header(received.getFirst(), "List-Unsubscribe")).isNull();
    }

    @Test
    @Order(2)
    void anAddressThatNeverReceivesMailFailsAtOnce() {
        var demoFailed = outbox.getClass(); // the outbox service is used below as admin
        var id = as("admin", () -> {
            var l = learners.get(third);
            learners.update(
                    third,
                    l.version(),
                    new LearnerEdit(
                            l.fullName(), "gone." + third + "@mailbox-closed.invalid", l.country(), l.timeZone()));
            var queued = noticeService.queuePersonalLink(third, "https://cohortdesk.example/me/gone");
            learners.update(
                    third,
                    learners.get(third).version(),
                    new LearnerEdit(l.fullName(), thirdEmail, l.country(), l.timeZone()));
            return queued;
        });
        assertThat(demoFailed).isNotNull();
        dispatcher.dispatchAll();
        var n = notices.findById(id).orElseThrow();
        assertThat(n.getStatus()).isEqualTo(NoticeStatus.FAILED);
        assertThat(n.getTries()).isEqualTo(1);
        assertThat(n.getLastError()).startsWith("550");
    }

    @Test
    @Order(3)
    void bookingWaitingListCancellationAndPromotionEachTellTheLearner() throws Exception {
        var occurrence = newSession("Booking test", "2027-01-12T18:00", 1);
        as("admin", () -> {
            rosters.book(occurrence, london);
            rosters.book(occurrence, auckland); // full: waiting list
            rosters.cancelBooking(occurrence, london); // auckland is promoted
            return null;
        });
        dispatcher.dispatchAll();
        var confirmed = MailBox.to(mail, londonEmail, "Place confirmed: Booking test");
        assertThat(confirmed).hasSize(1);
        assertThat(MailBox.part(confirmed.getFirst(), "text/plain")).contains("Tuesday 12 January 2027, 18:00 UK time");
        var request = event(ics(confirmed.getFirst()));
        assertThat(ics(confirmed.getFirst()).getProperty("METHOD").orElseThrow().getValue())
                .isEqualTo("REQUEST");
        assertThat(prop(request, "UID")).isEqualTo(CalendarUids.occurrence(occurrence));
        var cancelled = MailBox.to(mail, londonEmail, "Booking cancelled: Booking test");
        assertThat(cancelled).hasSize(1);
        assertThat(MailBox.part(cancelled.getFirst(), "text/calendar")).isNull();
        var waiting = MailBox.to(mail, aucklandEmail, "Waiting list: Booking test");
        assertThat(waiting).hasSize(1);
        assertThat(MailBox.part(waiting.getFirst(), "text/plain"))
                .contains(
                        "number 1 on the waiting list",
                        "Wednesday 13 January 2027, 07:00 Pacific/Auckland time (Tuesday 12 January, 18:00 UK time)");
        var promoted = MailBox.to(mail, aucklandEmail, "A place is free for you: Booking test");
        assertThat(promoted).hasSize(1);
        assertThat(prop(event(ics(promoted.getFirst())), "UID")).isEqualTo(CalendarUids.occurrence(occurrence));
        // the HTML part says the same, escaped
        assertThat(MailBox.part(promoted.getFirst(), "text/html")).contains("<p>Dear ", "07:00 Pacific/Auckland time");
    }

    @Test
    @Order(4)
    void aMoveIntoTheWeekOfTheClockChangeReachesTheRosterWithARequestUnderTheFeedsUid() throws Exception {
        var occurrence = newSession("Clock change test", "2027-03-22T18:00", null);
        as("admin", () -> {
            rosters.book(occurrence, auckland);
            var o = sessions.occurrence(occurrence);
            sessions.moveOccurrence(
                    occurrence, o.version(), LocalDateTime.parse("2027-03-29T18:00"), "Speaker's travel", null);
            return null;
        });
        var rows = jdbc.queryForObject(
                "select count(*) from notice where kind = 'OCCURRENCE_MOVED' and cause_id = ?", Long.class, occurrence);
        var roster = jdbc.queryForObject(
                "select count(*) from enrollment where offering_id = ? and status = 'ENROLLED'",
                Long.class,
                offeringId);
        assertThat(rows).as("one notice per learner on the roster").isEqualTo(roster);
        dispatcher.dispatchAll();
        var moved = MailBox.to(mail, aucklandEmail, "Moved: Clock change test");
        assertThat(moved).hasSize(1);
        var text = MailBox.part(moved.getFirst(), "text/plain");
        // before: GMT (UTC+0) against NZDT (UTC+13); after: BST (UTC+1) against NZDT
        assertThat(text)
                .contains(
                        "It was: Tuesday 23 March 2027, 07:00 Pacific/Auckland time (Monday 22 March, 18:00 UK time).",
                        "It is now: Tuesday 30 March 2027, 06:00 Pacific/Auckland time (Monday 29 March, 18:00 UK time).",
                        "Speaker's travel");
        var calendar = ics(moved.getFirst());
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        var event = event(calendar);
        assertThat(prop(event, "UID")).isEqualTo("occurrence-" + occurrence + "@cohortdesk");
        assertThat(Long.parseLong(prop(event, "SEQUENCE"))).isEqualTo(feedSequence(occurrence));
        assertThat(prop(event, "DTSTART")).isEqualTo("20270329T180000");
        assertThat(event.getProperty("DTSTART")
                        .orElseThrow()
                        .getParameter("TZID")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Europe/London");
        var londoner = MailBox.to(mail, londonEmail, "Moved: Clock change test");
        assertThat(MailBox.part(londoner.getFirst(), "text/plain"))
                .contains("It is now: Monday 29 March 2027, 18:00 UK time.");
    }

    @Test
    @Order(5)
    void aCancellationSendsACancelUnderTheSameUid() throws Exception {
        var occurrence = newSession("Cancel test", "2027-02-02T18:00", null);
        var before = feedSequence(occurrence);
        as("admin", () -> {
            sessions.cancelOccurrence(
                    occurrence, sessions.occurrence(occurrence).version(), "Host ill");
            return null;
        });
        dispatcher.dispatchAll();
        var cancelled = MailBox.to(mail, aucklandEmail, "Cancelled: Cancel test");
        assertThat(cancelled).hasSize(1);
        assertThat(MailBox.part(cancelled.getFirst(), "text/plain")).contains("has been cancelled", "Reason: Host ill");
        var calendar = ics(cancelled.getFirst());
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        var event = event(calendar);
        assertThat(prop(event, "UID")).isEqualTo(CalendarUids.occurrence(occurrence));
        assertThat(prop(event, "STATUS")).isEqualTo("CANCELLED");
        assertThat(Long.parseLong(prop(event, "SEQUENCE")))
                .isGreaterThan(before)
                .isEqualTo(feedSequence(occurrence));
    }

    @Test
    @Order(6)
    void aChangeThatRollsBackAfterWritingItsNoticesSendsNothing() {
        var occurrence = newSession("Rollback test", "2027-02-09T18:00", null);
        var transaction = new TransactionTemplate(transactions);
        try {
            as(
                    "admin",
                    () -> transaction.execute(status -> {
                        sessions.cancelOccurrence(
                                occurrence, sessions.occurrence(occurrence).version(), "Will be rolled back");
                        assertThat(jdbc.queryForObject(
                                        "select count(*) from notice where cause_id = ? and kind = 'OCCURRENCE_CANCELLED'",
                                        Long.class,
                                        occurrence))
                                .as("written inside the transaction")
                                .isPositive();
                        throw new IllegalStateException("a later step fails");
                    }));
        } catch (IllegalStateException expected) {
            // the change and its notices are rolled back together
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from notice where cause_id = ? and kind = 'OCCURRENCE_CANCELLED'",
                        Long.class,
                        occurrence))
                .isZero();
        dispatcher.dispatchAll();
        assertThat(MailBox.to(mail, aucklandEmail, "Cancelled: Rollback test")).isEmpty();
    }

    @Test
    @Order(8)
    void deadlineRemindersArePlannedOnceFollowExtensionsAndRespectUnsubscribing() throws Exception {
        var assessmentId = jdbc.queryForObject(
                "select min(id) from assessment where offering_id = ? and due_at > ?",
                Long.class,
                offeringId,
                OffsetDateTime.parse("2026-11-29T00:00:00Z"));
        var due = jdbc.queryForObject("select due_at from assessment where id = ?", OffsetDateTime.class, assessmentId)
                .toInstant();
        var title = jdbc.queryForObject("select title from assessment where id = ?", String.class, assessmentId);
        var planAt = due.minus(Duration.ofHours(80));
        planner.plan(planAt, Duration.ofDays(8));
        assertThat(planner.plan(planAt, Duration.ofDays(8)).deadlineReminders())
                .as("planning again plans nothing twice")
                .isZero();
        var key72 = PlanKeys.deadline(assessmentId, auckland, due, Duration.ofHours(72));
        var key24 = PlanKeys.deadline(assessmentId, london, due, Duration.ofHours(24));
        assertThat(jdbc.queryForObject(
                        "select count(*) from notice where plan_key in (?, ?)", Long.class, key72, key24))
                .isEqualTo(2);
        // auckland gets an extension of a week: the planned reminders of the old deadline are not sent
        as(
                "admin",
                () -> extensions.grant(new ExtensionDraft(
                        assessmentId,
                        Set.of(auckland),
                        "Europe/London",
                        LocalDateTime.ofInstant(due.plus(Duration.ofDays(7)), ProgrammeTime.ZONE),
                        null,
                        "Mitigating circumstances")));
        // london turns reminders off
        as("admin", () -> {
            noticeService.setReminders(third, false);
            return null;
        });
        dispatcherAt(due.minus(Duration.ofHours(72))).dispatchAll();
        var extension = MailBox.to(mail, aucklandEmail, "Extension granted: " + title + " (");
        assertThat(extension).hasSize(1);
        assertThat(MailBox.part(extension.getFirst(), "text/plain"))
                .contains("Your new deadline: ", "Pacific/Auckland time", "UK time");
        assertThat(notices.findAll().stream()
                        .filter(n -> key72.equals(n.getPlanKey()))
                        .findFirst()
                        .orElseThrow()
                        .getStatus())
                .isEqualTo(NoticeStatus.SUPPRESSED);
        var thirdKey = PlanKeys.deadline(assessmentId, third, due, Duration.ofHours(72));
        var thirdNotice = notices.findAll().stream()
                .filter(n -> thirdKey.equals(n.getPlanKey()))
                .findFirst()
                .orElseThrow();
        assertThat(thirdNotice.getStatus()).isEqualTo(NoticeStatus.SUPPRESSED);
        assertThat(thirdNotice.getLastError()).contains("unsubscribed");
        var reminder = MailBox.to(mail, londonEmail, "Due in 72 hours: " + title + " (");
        assertThat(reminder).hasSize(1);
        assertThat(MailBox.part(reminder.getFirst(), "text/plain")).contains("UK time");
        // RFC 8058: reminders carry the one-click unsubscribe
        var unsubscribe = MailBox.header(reminder.getFirst(), "List-Unsubscribe");
        assertThat(unsubscribe).startsWith("<http://localhost:" + port + "/notices/unsubscribe/");
        assertThat(MailBox.header(reminder.getFirst(), "List-Unsubscribe-Post"))
                .isEqualTo("List-Unsubscribe=One-Click");
        // one click (a POST without any cookie or CSRF token) turns london's reminders off
        var url = unsubscribe.substring(1, unsubscribe.length() - 1);
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(as("admin", () -> noticeService.remindersOn(london))).isFalse();
        var forged = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url.substring(0, url.length() - 3) + "abc"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(404);
        dispatcherAt(due.minus(Duration.ofHours(24))).dispatchAll();
        assertThat(MailBox.to(mail, londonEmail, "Due in 24 hours: " + title + " ("))
                .as("unsubscribed")
                .isEmpty();
        // the extended deadline gets its own reminders at its own time
        var newDue = due.plus(Duration.ofDays(7));
        planner.plan(newDue.minus(Duration.ofHours(80)), Duration.ofDays(8));
        dispatcherAt(newDue.minus(Duration.ofHours(72))).dispatchAll();
        var extended = MailBox.to(mail, aucklandEmail, "Due in 72 hours: " + title + " (");
        assertThat(extended).hasSize(1);
        assertThat(MailBox.part(extended.getFirst(), "text/plain")).contains("Your extended deadline: ");
        as("admin", () -> {
            noticeService.setReminders(london, true);
            noticeService.setReminders(third, true);
            return null;
        });
    }

    @Test
    @Order(9)
    void sessionRemindersGoToBookedLearnersAndNotAfterAMove() throws Exception {
        var occurrence = newSession("Reminder test", "2027-01-19T18:00", null);
        var moving = newSession("Moving reminder test", "2027-01-26T18:00", null);
        as("admin", () -> {
            rosters.book(occurrence, auckland);
            rosters.book(moving, auckland);
            return null;
        });
        var start = Instant.parse("2027-01-19T18:00:00Z");
        var planned = planner.plan(start.minus(Duration.ofHours(25)), Duration.ofHours(25));
        assertThat(planned.sessionReminders()).isGreaterThanOrEqualTo(2);
        var movingStart = Instant.parse("2027-01-26T18:00:00Z");
        assertThat(planner.plan(movingStart.minus(Duration.ofHours(25)), Duration.ofHours(25))
                        .sessionReminders())
                .isGreaterThanOrEqualTo(2);
        as("admin", () -> {
            sessions.moveOccurrence(
                    moving,
                    sessions.occurrence(moving).version(),
                    LocalDateTime.parse("2027-01-27T18:00"),
                    "Clash",
                    null);
            return null;
        });
        dispatcherAt(start.minus(Duration.ofHours(24))).dispatchAll();
        dispatcherAt(start.minus(Duration.ofHours(1))).dispatchAll();
        dispatcherAt(Instant.parse("2027-01-26T17:00:00Z")).dispatchAll();
        var day = MailBox.to(mail, aucklandEmail, "Starting in 24 hours: Reminder test");
        var hour = MailBox.to(mail, aucklandEmail, "Starting in 1 hour: Reminder test");
        assertThat(day).hasSize(1);
        assertThat(hour).hasSize(1);
        assertThat(MailBox.part(hour.getFirst(), "text/plain"))
                .contains(
                        "Wednesday 20 January 2027, 07:00 Pacific/Auckland time",
                        "https://meet.example.org/Reminder-test");
        assertThat(MailBox.header(hour.getFirst(), "List-Unsubscribe")).isNotNull();
        assertThat(MailBox.to(mail, aucklandEmail, "Starting in 24 hours: Moving reminder test"))
                .as("moved after planning")
                .isEmpty();
        assertThat(MailBox.to(mail, aucklandEmail, "Moved: Moving reminder test"))
                .hasSize(1);
    }

    @Test
    @Order(10)
    void theFacultyDigestGoesOutOnMondayAt0700InTheirZone() {
        var ada = jdbc.queryForObject("select id from staff_user where username = 'ada'", Long.class);
        var adaEmail = jdbc.queryForObject("select email from staff_user where id = ?", String.class, ada);
        new TransactionTemplate(transactions)
                .executeWithoutResult(s -> preferences.setStaffZone(ada, "Pacific/Auckland"));
        planner.plan(NOW, Duration.ofDays(8));
        var key = PlanKeys.digest(ada, LocalDate.parse("2026-11-30"));
        var sendAt = jdbc.queryForObject(
                        "select next_attempt_at from notice where plan_key = ?", OffsetDateTime.class, key)
                .toInstant();
        // Monday 30 November 2026, 07:00 NZDT (UTC+13)
        assertThat(sendAt).isEqualTo(Instant.parse("2026-11-29T18:00:00Z"));
        dispatcherAt(sendAt).dispatchAll();
        var digest = MailBox.to(mail, adaEmail, "Your week from Monday 30 November");
        assertThat(digest).hasSize(1);
        assertThat(MailBox.part(digest.getFirst(), "text/plain"))
                .contains(
                        "Your sessions this week",
                        "on the roster",
                        "Deadlines this week in the modules you lead",
                        "Extensions granted last week",
                        "Pacific/Auckland time");
        assertThat(MailBox.header(digest.getFirst(), "List-Unsubscribe")).isNotNull();
    }

    @Test
    @Order(7)
    void aWithdrawalTellsTheLearnerAndStopsTheirReminders() {
        var assessmentId =
                jdbc.queryForObject("select max(id) from assessment where offering_id = ?", Long.class, offeringId);
        var due = jdbc.queryForObject("select due_at from assessment where id = ?", OffsetDateTime.class, assessmentId)
                .toInstant();
        planner.plan(due.minus(Duration.ofHours(80)), Duration.ofDays(8));
        var key = PlanKeys.deadline(assessmentId, fourth, due, Duration.ofHours(72));
        assertThat(jdbc.queryForObject("select status from notice where plan_key = ?", String.class, key))
                .isEqualTo("PENDING");
        as(
                "admin",
                () -> learners.changeStatus(
                        fourth, learners.get(fourth).version(), StatusAction.WITHDRAW, "Work commitments", null));
        assertThat(jdbc.queryForObject("select status from notice where plan_key = ?", String.class, key))
                .isEqualTo("SUPPRESSED");
        dispatcher.dispatchAll();
        var withdrawn = MailBox.to(mail, email(fourth), "Your withdrawal from the programme");
        assertThat(withdrawn).hasSize(1);
        assertThat(MailBox.part(withdrawn.getFirst(), "text/plain")).contains("Reason recorded: Work commitments");
    }

    @Test
    @Order(11)
    void pausedSendingSendsNothingUntilResumed() {
        as("admin", () -> {
            outbox.setPaused(true);
            noticeService.queuePersonalLink(london, "https://cohortdesk.example/me/paused");
            return null;
        });
        assertThat(dispatcher.dispatchAll()).isZero();
        assertThat(MailBox.to(mail, londonEmail, "Your personal link")).isEmpty();
        as("admin", () -> {
            outbox.setPaused(false);
            return null;
        });
        assertThat(dispatcher.dispatchAll()).isPositive();
        assertThat(MailBox.to(mail, londonEmail, "Your personal link")).hasSize(1);
        // pausing and resuming are the administrator's changes: both in the audit trail
        assertThat(jdbc.queryForList(
                        "select details from audit_entry where entity_type = 'NoticeSetting' and actor = 'admin' order by id",
                        String.class))
                .anyMatch(d -> d.startsWith("paused: false → true"))
                .anyMatch(d -> d.startsWith("paused: true → false"));
    }

    @Test
    @Order(12)
    void aNewMeetingLinkIsSentWithAnUpdateOfTheNextSession() throws Exception {
        var occurrence = newSession("Link test", "2027-02-16T18:00", null);
        var sessionId =
                jdbc.queryForObject("select session_id from session_occurrence where id = ?", Long.class, occurrence);
        var version = jdbc.queryForObject("select version from live_session where id = ?", Long.class, sessionId);
        as("admin", () -> {
            sessions.changeMeetingLink(sessionId, version, "https://meet.example.org/new-room");
            return null;
        });
        dispatcher.dispatchAll();
        var changed = MailBox.to(mail, aucklandEmail, "New meeting link: Link test");
        assertThat(changed).hasSize(1);
        assertThat(MailBox.part(changed.getFirst(), "text/plain"))
                .contains(
                        "https://meet.example.org/new-room", "Wednesday 17 February 2027, 07:00 Pacific/Auckland time");
        var event = event(ics(changed.getFirst()));
        assertThat(prop(event, "UID")).isEqualTo(CalendarUids.occurrence(occurrence));
        assertThat(prop(event, "LOCATION")).isEqualTo("https://meet.example.org/new-room");
        assertThat(Long.parseLong(prop(event, "SEQUENCE"))).isEqualTo(feedSequence(occurrence));
    }
}
