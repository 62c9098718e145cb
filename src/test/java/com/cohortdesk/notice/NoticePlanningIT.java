package com.cohortdesk.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.cohortdesk.TestProfiles;
import com.cohortdesk.assessment.ExtensionGranted;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notice feature's data work on the demo data (now: Wed 25 Nov 2026, 12:00 UTC), each test inside a
 * transaction that is rolled back: the set-based reminder planner against the row-by-row rules it replaced, the
 * outbox's exact offset/limit fetch, one "erased?" query per event, and the audit rule for notices (system output
 * is not audited per row; the user actions on notices are, explicitly).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class NoticePlanningIT {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final List<Duration> DEADLINE_OFFSETS = List.of(Duration.ofHours(72), Duration.ofHours(24));
    static final List<Duration> SESSION_OFFSETS = List.of(Duration.ofHours(24), Duration.ofHours(1));

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReminderPlanner planner;

    @Autowired
    NoticeRepository notices;

    @Autowired
    PlannedNotices plannedNotices;

    @Autowired
    OutboxService outbox;

    @Autowired
    NoticeService noticeService;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EntityManager entityManager;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void signIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Runs the work in a transaction that is rolled back afterwards: the shared demo database stays as it was. */
    void rolledBack(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }

    /** One planned row as the planner writes it (everything but the id, the Message-ID and when it was written). */
    record PlannedRow(
            String planKey,
            String kind,
            Instant sendAt,
            long learnerId,
            long causeId,
            Long offeringId,
            Long hostId,
            String subject,
            String email,
            String name,
            String zone) {}

    @Test
    void setBasedPlanningWritesExactlyWhatTheRowByRowRulesPlanAndNothingTwice() {
        var horizon = Duration.ofDays(30);
        rolledBack(() -> {
            // an assessment due in the window with at least three active learners holding a place
            var assessment = jdbc.queryForMap("""
                    select a.id, a.offering_id, a.due_at from assessment a where a.due_at > ? and a.due_at <= ?
                      and (select count(*) from enrollment e join learner l on l.id = e.learner_id
                           where e.offering_id = a.offering_id and e.status = 'ENROLLED' and l.status = 'ACTIVE') >= 3
                    order by a.due_at, a.id fetch first 1 rows only""", ts(NOW.plus(Duration.ofDays(5))), ts(NOW.plus(Duration.ofDays(25))));
            long assessmentId = ((Number) assessment.get("id")).longValue();
            long offeringId = ((Number) assessment.get("offering_id")).longValue();
            var due = ((OffsetDateTime) jdbc.queryForObject(
                            "select due_at from assessment where id = ?", OffsetDateTime.class, assessmentId))
                    .toInstant();
            var learners = jdbc.queryForList("""
                    select e.learner_id from enrollment e join learner l on l.id = e.learner_id
                    where e.offering_id = ? and e.status = 'ENROLLED' and l.status = 'ACTIVE' order by e.learner_id""", Long.class, offeringId);
            long extended = learners.get(0);
            long withdrawn = learners.get(1);
            // two extensions for one learner: the latest one applies (even when it is the earlier time)
            extend(assessmentId, extended, due.plus(Duration.ofDays(6)));
            var latest = due.plus(Duration.ofDays(2)).plus(Duration.ofMinutes(30));
            extend(assessmentId, extended, latest);
            jdbc.update("update learner set status = 'WITHDRAWN' where id = ?", withdrawn);
            // a booked office hour or webinar in the window, so that session reminders are planned too
            var occurrence = jdbc.queryForList(
                    """
                    select so.id from session_occurrence so join live_session s on s.id = so.session_id
                    where so.status = 'SCHEDULED' and s.session_type in ('OFFICE_HOUR', 'WEBINAR') and so.starts_at > ? and so.starts_at <= ?
                    order by so.starts_at, so.id""", Long.class, ts(NOW.plus(Duration.ofDays(2))), ts(NOW.plus(Duration.ofDays(20))));
            assertThat(occurrence)
                    .as("the demo has office hours or webinars in the next weeks")
                    .isNotEmpty();
            jdbc.update(
                    "insert into session_booking (occurrence_id, learner_id, status, booked_at, booked_by, version) values (?, ?, 'BOOKED', ?, 'test', 0)",
                    occurrence.getFirst(),
                    learners.get(2),
                    ts(NOW));

            var before = new HashSet<>(
                    jdbc.queryForList("select plan_key from notice where plan_key is not null", String.class));
            var expected = rowByRow(NOW, NOW.plus(horizon)).stream()
                    .filter(r -> !before.contains(r.planKey()))
                    .collect(Collectors.toSet());

            var planned = planner.plan(NOW, horizon, horizon);

            var written = written(before);
            assertThat(written).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(planned.deadlineReminders() + planned.sessionReminders())
                    .isEqualTo(written.stream()
                            .filter(r -> !r.kind().equals("FACULTY_DIGEST"))
                            .count());
            assertThat(planned.deadlineReminders()).isPositive();
            assertThat(planned.sessionReminders()).isPositive();
            // the latest extension's time, the offset in minutes; nothing for the withdrawn learner
            assertThat(written)
                    .extracting(PlannedRow::planKey)
                    .contains(
                            PlanKeys.deadline(assessmentId, extended, latest, Duration.ofHours(72)),
                            PlanKeys.deadline(assessmentId, extended, latest, Duration.ofHours(24)))
                    .doesNotContain(PlanKeys.deadline(assessmentId, extended, due, Duration.ofHours(24)))
                    .noneMatch(key -> key.startsWith("deadline:" + assessmentId + ":" + withdrawn + ":"));
            assertThat(written)
                    .filteredOn(r ->
                            r.planKey().equals(PlanKeys.deadline(assessmentId, extended, latest, Duration.ofHours(24))))
                    .singleElement()
                    .satisfies(r -> assertThat(r.sendAt()).isEqualTo(latest.minus(Duration.ofHours(24))));
            // every row has its own well-formed Message-ID
            var messageIds =
                    jdbc.queryForList("select message_id from notice where plan_key is not null", String.class);
            assertThat(new HashSet<>(messageIds)).hasSameSizeAs(messageIds);
            assertThat(messageIds)
                    .allMatch(
                            id -> id.matches("<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@cohortdesk>"), "a dot-atom Message-ID");

            // planning again, or from a later point in the same window, plans nothing twice
            assertThat(planner.plan(NOW, horizon, horizon)).isEqualTo(new ReminderPlanner.Planned(0, 0, 0, 0));
            var fiveMinutes = Duration.ofMinutes(5);
            assertThat(planner.plan(NOW.plus(fiveMinutes), horizon.minus(fiveMinutes), horizon.minus(fiveMinutes)))
                    .isEqualTo(new ReminderPlanner.Planned(0, 0, 0, 0));
        });
    }

    @Test
    void aTermIsPlannedAheadAndReachesTheOutboxAWeekBeforeEachReminderIsSent() {
        var horizon = Duration.ofDays(30);
        var week = Duration.ofDays(8);
        rolledBack(() -> {
            var before = new HashSet<>(
                    jdbc.queryForList("select plan_key from notice where plan_key is not null", String.class));
            assertThat(planKeys()).as("nothing planned yet").isEmpty();

            var first = planner.plan(NOW, horizon, week);

            var term = keys(rowByRow(NOW, NOW.plus(horizon)));
            assertThat(term).as("the demo has reminders beyond the first week").hasSizeGreaterThan(first.total());
            assertThat(planKeys()).containsExactlyInAnyOrderElementsOf(term);
            assertThat(first.plannedAhead()).isEqualTo(term.size());
            var firstWeek = keys(rowByRow(NOW, NOW.plus(week)));
            firstWeek.removeAll(before);
            assertThat(keys(written(before))).containsExactlyInAnyOrderElementsOf(firstWeek);
            assertThat(first.deadlineReminders() + first.sessionReminders()).isEqualTo(firstWeek.size());
            assertThat(queued(false))
                    .as("what is not yet in the outbox is due after the first week")
                    .allSatisfy(sendAt -> assertThat(sendAt).isAfter(NOW.plus(week)));
            assertThat(queued(true)).allSatisfy(sendAt -> assertThat(sendAt).isBeforeOrEqualTo(NOW.plus(week)));

            // a week later, the 8-day run: what was sent is gone from the plan, the next week reaches the outbox
            var later = NOW.plus(Duration.ofDays(7));
            var secondWeekRows = rowByRow(NOW.plus(week), later.plus(week));
            var secondWeek = keys(secondWeekRows);
            secondWeek.removeAll(before);
            // one of those learners withdraws meanwhile: their reminder still reaches the outbox, and is suppressed
            // when it is due (a learner back from a deferral by then would get it)
            var leaver = secondWeekRows.stream()
                    .filter(r -> r.kind().equals("DEADLINE_REMINDER") && secondWeek.contains(r.planKey()))
                    .findFirst()
                    .orElseThrow();
            jdbc.update("update learner set status = 'WITHDRAWN' where id = ?", leaver.learnerId());
            var next = planner.plan(later, week, week);
            var outbox = keys(written(before));
            assertThat(outbox)
                    .containsAll(secondWeek)
                    .containsAll(firstWeek)
                    .hasSize(firstWeek.size() + secondWeek.size());
            assertThat(next.deadlineReminders() + next.sessionReminders()).isEqualTo(secondWeek.size());
            assertThat(next.plannedAhead()).as("planned the week before").isZero();
            var leaversNotice = notices.findAll().stream()
                    .filter(n -> leaver.planKey().equals(n.getPlanKey()))
                    .findFirst()
                    .orElseThrow();
            assertThat(plannedNotices.render(leaversNotice).suppressed()).isEqualTo("The learner is no longer active.");
            assertThat(queued(true)).allSatisfy(sendAt -> assertThat(sendAt).isAfter(later));
            // and the whole horizon from there plans only its new end
            var ahead = planner.plan(later, horizon, week);
            assertThat(ahead.plannedAhead())
                    .isEqualTo(keys(rowByRow(NOW.plus(horizon), later.plus(horizon)))
                            .size());
            assertThat(ahead.total()).isZero();
        });
    }

    Set<String> keys(List<PlannedRow> rows) {
        return rows.stream().map(PlannedRow::planKey).collect(Collectors.toCollection(HashSet::new));
    }

    /** The keys of the planned rows, as the outbox names them. */
    List<String> planKeys() {
        return jdbc.query(
                "select kind, subject_id, learner_id, due_at, offset_minutes from reminder_plan",
                (rs, i) -> rs.getString(1) + ":" + rs.getLong(2) + ":" + rs.getLong(3) + ":"
                        + rs.getTimestamp(4).toInstant().getEpochSecond() + ":" + rs.getInt(5));
    }

    /** The send times of the planned rows that are (or are not) in the outbox. */
    List<Instant> queued(boolean queued) {
        return jdbc.queryForList("select send_at from reminder_plan where queued = ?", Timestamp.class, queued).stream()
                .map(Timestamp::toInstant)
                .toList();
    }

    void extend(long assessmentId, long learnerId, Instant newDue) {
        jdbc.update("""
                insert into assessment_extension (assessment_id, learner_id, new_due_at, entry_zone, reason, approved_by, granted_at, version)
                values (?, ?, ?, 'Europe/London', 'test', 'admin', ?, 0)""", assessmentId, learnerId, ts(newDue), ts(NOW));
    }

    /** The rules as the planner applied them row by row before it was set-based (the oracle for the SQL). */
    List<PlannedRow> rowByRow(Instant now, Instant until) {
        var rows = new ArrayList<PlannedRow>();
        Map<List<Long>, Instant> latest = new HashMap<>();
        jdbc.query("select assessment_id, learner_id, new_due_at from assessment_extension order by id", rs -> {
            latest.put(List.of(rs.getLong(1), rs.getLong(2)), rs.getTimestamp(3).toInstant());
        });
        jdbc.query(
                """
                select a.id, a.title, a.due_at, l.id, l.full_name, l.email, l.time_zone, o.id
                from assessment a join offering o on o.id = a.offering_id
                join enrollment e on e.offering_id = o.id and e.status = 'ENROLLED'
                join learner l on l.id = e.learner_id and l.status = 'ACTIVE'
                where a.due_at > ? and a.due_at <= ?""",
                rs -> {
                    var due = latest.getOrDefault(
                            List.of(rs.getLong(1), rs.getLong(4)),
                            rs.getTimestamp(3).toInstant());
                    for (var offset : DEADLINE_OFFSETS) {
                        var sendAt = due.minus(offset);
                        if (!sendAt.isAfter(now) || sendAt.isAfter(until)) continue;
                        rows.add(new PlannedRow(
                                PlanKeys.deadline(rs.getLong(1), rs.getLong(4), due, offset),
                                "DEADLINE_REMINDER",
                                sendAt,
                                rs.getLong(4),
                                rs.getLong(1),
                                rs.getLong(8),
                                null,
                                "Reminder: " + rs.getString(2),
                                rs.getString(6),
                                rs.getString(5),
                                rs.getString(7)));
                    }
                },
                ts(now.minus(Duration.ofDays(120))),
                ts(until.plus(Duration.ofHours(72))));
        jdbc.query(
                """
                select so.id, s.title, so.starts_at, l.id, l.full_name, l.email, l.time_zone, s.offering_id, s.host_id
                from session_booking b join session_occurrence so on so.id = b.occurrence_id and so.status = 'SCHEDULED'
                join live_session s on s.id = so.session_id and s.session_type in ('OFFICE_HOUR', 'WEBINAR')
                join learner l on l.id = b.learner_id and l.status = 'ACTIVE'
                where b.status = 'BOOKED' and so.starts_at > ? and so.starts_at <= ?""",
                rs -> {
                    var start = rs.getTimestamp(3).toInstant();
                    for (var offset : SESSION_OFFSETS) {
                        var sendAt = start.minus(offset);
                        if (!sendAt.isAfter(now) || sendAt.isAfter(until)) continue;
                        rows.add(new PlannedRow(
                                PlanKeys.session(rs.getLong(1), rs.getLong(4), start, offset),
                                "SESSION_REMINDER",
                                sendAt,
                                rs.getLong(4),
                                rs.getLong(1),
                                (Long) rs.getObject(8, Long.class),
                                rs.getLong(9),
                                "Reminder: " + rs.getString(2),
                                rs.getString(6),
                                rs.getString(5),
                                rs.getString(7)));
                    }
                },
                ts(now),
                ts(until.plus(Duration.ofHours(24))));
        return rows;
    }

    List<PlannedRow> written(Set<String> before) {
        return jdbc
                .query("""
                select plan_key, kind, next_attempt_at, learner_id, cause_id, offering_id, host_id, subject, recipient_email, recipient_name,
                  recipient_zone, status, tries, body_text from notice
                where plan_key is not null and kind <> 'FACULTY_DIGEST'""", (rs, i) -> {
                    assertThat(rs.getString("status")).isEqualTo("PENDING");
                    assertThat(rs.getInt("tries")).isZero();
                    assertThat(rs.getString("body_text"))
                            .as("rendered when sent")
                            .isNull();
                    return new PlannedRow(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getTimestamp(3).toInstant(),
                            rs.getLong(4),
                            rs.getLong(5),
                            rs.getObject(6, Long.class),
                            rs.getObject(7, Long.class),
                            rs.getString(8),
                            rs.getString(9),
                            rs.getString(10),
                            rs.getString(11));
                })
                .stream()
                .filter(r -> !before.contains(r.planKey()))
                .toList();
    }

    @Test
    void theOutboxFetchesExactlyTheGridsOffsetAndLimitWithoutCounting() {
        rolledBack(() -> {
            signIn("admin");
            var created = NOW.minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
            var rows = new ArrayList<Object[]>();
            for (int i = 0; i < 120; i++) {
                // every third row shares its creation time with the one before (the order falls back to the id)
                var at = ts(created.plus(Duration.ofMinutes(i - i % 3 / 2)));
                rows.add(new Object[] {
                    "paging-probe-" + i + "@learners.example.org",
                    "Paging Probe " + i,
                    "Probe " + i,
                    Notice.newMessageId(),
                    at,
                    at
                });
            }
            jdbc.batchUpdate("""
                    insert into notice (kind, recipient_email, recipient_name, recipient_zone, subject, cause_type, status, tries, message_id,
                        next_attempt_at, created_at, version)
                    values ('PERSONAL_LINK', ?, ?, 'Europe/London', ?, 'TEST', 'PENDING', 0, ?, ?, ?, 0)""", rows);
            var filter = new OutboxFilter(null, null, "paging-probe");
            var newestFirst = jdbc.queryForList("""
                    select id from notice where recipient_email like 'paging-probe-%' order by created_at desc, id desc""", Long.class);
            assertThat(newestFirst).hasSize(120);

            // the grid's query past its first page at an offset that is not a multiple of the limit
            assertThat(ids(outbox.page(filter, 57, 50, Map.of()))).isEqualTo(newestFirst.subList(57, 107));
            assertThat(ids(outbox.page(filter, 0, 50, Map.of()))).isEqualTo(newestFirst.subList(0, 50));
            assertThat(ids(outbox.page(filter, 110, 50, Map.of()))).isEqualTo(newestFirst.subList(110, 120));
            assertThat(ids(outbox.page(filter, 3, 7, Map.of()))).isEqualTo(newestFirst.subList(3, 10));
            var byRecipient = jdbc.queryForList("""
                    select id from notice where recipient_email like 'paging-probe-%' order by recipient_name asc, created_at desc, id desc""", Long.class);
            assertThat(ids(outbox.page(filter, 61, 30, Map.of(OutboxSort.RECIPIENT, true))))
                    .isEqualTo(byRecipient.subList(61, 91));
            assertThat(outbox.count(filter)).isEqualTo(120);

            if (!TestProfiles.onPostgres()) {
                var statements = queryStatistics(() -> outbox.page(filter, 57, 50, Map.of()));
                assertThat(statements.keySet())
                        .as("no count per fetch")
                        .noneMatch(sql -> sql.toLowerCase().contains("count("));
                assertThat(statements.keySet())
                        .as("and no bodies")
                        .noneMatch(sql -> sql.toLowerCase().contains("body_text"));
            }
        });
    }

    @Test
    void theDefaultOrderWalksTheCreationIndexBackwardsOnH2() {
        assumeThat(TestProfiles.onPostgres()).isFalse();
        var newest = String.join(
                " ",
                jdbc.queryForList(
                        "explain select id from notice order by created_at desc, id desc offset 100 rows fetch next 50 rows only",
                        String.class));
        assertThat(newest.toUpperCase()).contains("IX_NOTICE_CREATED").contains("INDEX SORTED");
    }

    @Test
    void erasingALearnerFindsTheirPlannedRemindersByIndexOnH2() {
        assumeThat(TestProfiles.onPostgres()).isFalse();
        var plan = String.join(
                " ", jdbc.queryForList("explain delete from reminder_plan where learner_id = 42", String.class));
        assertThat(plan.toUpperCase()).contains("IX_REMINDER_PLAN_LEARNER");
    }

    static List<Long> ids(List<OutboxRow> rows) {
        return rows.stream().map(OutboxRow::id).toList();
    }

    @Test
    void anEventForManyLearnersAsksOnceWhichOfThemWereErasedAndIsNotAuditedPerNotice() {
        assumeThat(TestProfiles.onPostgres())
                .as("counts statements with H2's query statistics")
                .isFalse();
        var assessment = jdbc.queryForMap("""
                select a.id, a.offering_id, a.title, a.due_at from assessment a
                where (select count(*) from enrollment e join learner l on l.id = e.learner_id
                       where e.offering_id = a.offering_id and e.status = 'ENROLLED' and l.erased_at is null) >= 6
                order by a.id fetch first 1 rows only""");
        long assessmentId = ((Number) assessment.get("id")).longValue();
        long offeringId = ((Number) assessment.get("offering_id")).longValue();
        var learners = jdbc.queryForList("""
                select e.learner_id from enrollment e join learner l on l.id = e.learner_id
                where e.offering_id = ? and e.status = 'ENROLLED' and l.erased_at is null order by e.learner_id""", Long.class, offeringId).subList(0, 6);
        long erased = learners.get(3);
        var due = Instant.parse("2026-12-10T12:00:00Z");
        var event = new ExtensionGranted(
                assessmentId,
                offeringId,
                (String) assessment.get("title"),
                "MLDS",
                "Module",
                due,
                due.plus(Duration.ofDays(7)),
                null,
                "test",
                learners);
        rolledBack(() -> {
            jdbc.update("update learner set erased_at = ? where id = ?", ts(NOW), erased);
            long lastAudit = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
            long lastNotice = jdbc.queryForObject("select coalesce(max(id), 0) from notice", Long.class);

            var statements = queryStatistics(() -> events.publishEvent(event));

            var onLearners = statements.entrySet().stream()
                    .filter(e -> e.getKey().toLowerCase().matches("(?s).*from \"?(public\\.)?\"?learner\"? .*"))
                    .mapToInt(Map.Entry::getValue)
                    .sum();
            assertThat(onLearners)
                    .as("the recipients and which of them were erased, for six learners: " + statements)
                    .isEqualTo(2);
            var written = jdbc.queryForList(
                    "select learner_id, status from notice where id > ? order by learner_id", lastNotice);
            assertThat(written).hasSize(6);
            assertThat(written)
                    .allSatisfy(row -> assertThat(row.get("status"))
                            .isEqualTo(
                                    ((Number) row.get("learner_id")).longValue() == erased ? "SUPPRESSED" : "PENDING"));
            // notices are the system's output: not in the per-entity audit trail
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_entry where id > ? and entity_type = 'Notice'",
                            Integer.class,
                            lastAudit))
                    .isZero();
        });
    }

    @Test
    void theAuditTrailSaysWhoResentWhichNoticeAndWhoSentAPersonalLink() {
        rolledBack(() -> {
            var at = ts(NOW.minus(Duration.ofDays(1)));
            long learnerId = jdbc.queryForObject(
                    "select min(id) from learner where status = 'ACTIVE' and erased_at is null", Long.class);
            jdbc.update("""
                    insert into notice (kind, recipient_email, recipient_name, recipient_zone, learner_id, subject, body_text, body_html,
                        cause_type, cause_id, status, tries, last_error, message_id, next_attempt_at, created_at, version)
                    values ('EXTENSION_GRANTED', 'resend-probe@learners.example.org', 'Resend Probe', 'Europe/London', ?, 'Probe', 'text',
                        '<p>html</p>', 'ASSESSMENT', 1, 'FAILED', 5, '550 5.1.1 mailbox unavailable', ?, ?, ?, 0)""", learnerId, Notice.newMessageId(), at, at);
            long id = jdbc.queryForObject(
                    "select id from notice where recipient_email = 'resend-probe@learners.example.org'", Long.class);
            long lastAudit = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);

            signIn("admin");
            outbox.resend(id);
            entityManager.flush();

            var entries = jdbc.queryForList(
                    "select actor, action, entity_id, details from audit_entry where id > ? and entity_type = 'Notice'",
                    lastAudit);
            assertThat(entries)
                    .as("one entry for the resend, none per JPA update")
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.get("actor")).isEqualTo("admin");
                        assertThat(e.get("action")).isEqualTo("UPDATE");
                        assertThat(e.get("entity_id")).isEqualTo(String.valueOf(id));
                        assertThat((String) e.get("details"))
                                .contains("status: FAILED → PENDING")
                                .contains("Failed notice sent again")
                                .contains("EXTENSION_GRANTED")
                                .contains("Learner#" + learnerId)
                                .contains("after 5 tries");
                    });
            assertThat(jdbc.queryForObject("select status from notice where id = ?", String.class, id))
                    .isEqualTo("PENDING");

            long linkNotice =
                    noticeService.queuePersonalLink(learnerId, "https://cohortdesk.example/me/secret-token-123");
            entityManager.flush();
            var sent = jdbc.queryForList(
                    "select actor, action, entity_id, details from audit_entry where id > ? and entity_type = 'Notice' "
                            + "and entity_id = ?",
                    lastAudit,
                    String.valueOf(linkNotice));
            assertThat(sent).singleElement().satisfies(e -> {
                assertThat(e.get("actor")).isEqualTo("admin");
                assertThat(e.get("action")).isEqualTo("CREATE");
                assertThat((String) e.get("details"))
                        .contains("PERSONAL_LINK")
                        .contains("Learner#" + learnerId)
                        .contains("Personal link sent")
                        .doesNotContain("secret-token-123");
            });
        });
    }

    /**
     * The statements the work ran and how often (H2's query statistics; the jobs are off in tests, so nothing
     * else runs meanwhile). Switched on and off on a connection of its own, outside the test's transaction.
     */
    Map<String, Integer> queryStatistics(Runnable work) {
        var dataSource = Objects.requireNonNull(jdbc.getDataSource());
        statistics(dataSource, false);
        statistics(dataSource, true);
        try {
            work.run();
            try (var connection = dataSource.getConnection();
                    var query = connection.createStatement();
                    var rs = query.executeQuery(
                            "select sql_statement, execution_count from information_schema.query_statistics")) {
                var counts = new HashMap<String, Integer>();
                while (rs.next()) {
                    if (!rs.getString(1).toLowerCase().contains("information_schema"))
                        counts.merge(rs.getString(1), rs.getInt(2), Integer::sum);
                }
                return counts;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            statistics(dataSource, false);
        }
    }

    static void statistics(DataSource dataSource, boolean on) {
        try (var connection = dataSource.getConnection();
                var set = connection.createStatement()) {
            set.execute("set query_statistics " + on);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
