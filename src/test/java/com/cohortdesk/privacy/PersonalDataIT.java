package com.cohortdesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.cohortdesk.TestProfiles;
import com.cohortdesk.assessment.ExtensionDraft;
import com.cohortdesk.assessment.ExtensionService;
import com.cohortdesk.calendar.CalendarFeedService;
import com.cohortdesk.calendar.FeedSubject;
import com.cohortdesk.dashboard.DashboardService;
import com.cohortdesk.learner.LearnerEdit;
import com.cohortdesk.learner.LearnerExportService;
import com.cohortdesk.learner.LearnerFilter;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.learner.LearnerStatus;
import com.cohortdesk.learner.NewLearner;
import com.cohortdesk.learner.StatusAction;
import com.cohortdesk.learnerpage.LearnerLinkService;
import com.cohortdesk.notice.NoticeService;
import com.cohortdesk.security.NewStaffUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.security.StaffDraft;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.session.AttendanceMark;
import com.cohortdesk.session.SessionRosterService;
import com.cohortdesk.session.SessionSchedulingService;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.shared.RuleViolation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access export, erasure, legal hold, retention and staff erasure on the demo data (now: 25 Nov 2026, 12:00 UTC),
 * over real HTTP for the calendar feeds (the same context as CalendarFeedIT). The erasure test scans every text
 * column of every table (JDBC metadata, so H2 and PostgreSQL alike) for the learner's old names and emails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PrivacyService privacy;

    @Autowired
    LearnerService learners;

    @Autowired
    LearnerExportService exports;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    SessionSchedulingService sessions;

    @Autowired
    SessionRosterService rosters;

    @Autowired
    ExtensionService extensions;

    @Autowired
    StaffService staff;

    @Autowired
    JobLease lease;

    @Autowired
    LearnerLinkService links;

    @Autowired
    NoticeService notices;

    @Autowired
    DashboardService dashboard;

    @Autowired
    Clock clock;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

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

    void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    int get(String path) throws Exception {
        return body(path).statusCode();
    }

    HttpResponse<String> body(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A demo learner of a current offering (highest id first, away from the learners other tests pick) holding a
     * session booking, with a past session of an offering they hold a place in; skips learners used already.
     */
    long richLearner(Set<Long> exclude) {
        var ids = jdbc.queryForList("""
                select distinct b.learner_id from session_booking b join learner l on l.id = b.learner_id
                join cohort c on c.id = l.cohort_id
                where b.status = 'BOOKED' and l.erased_at is null and l.status = 'ACTIVE'
                and exists (select 1 from cohort later where later.intake_year > c.intake_year)
                and exists (select 1 from enrollment e join live_session s on s.offering_id = e.offering_id
                    join session_occurrence o on o.session_id = s.id
                    where e.learner_id = l.id and e.status = 'ENROLLED' and o.status = 'SCHEDULED' and o.starts_at < ?)
                order by b.learner_id desc""", Long.class, now());
        return ids.stream()
                .filter(id -> !exclude.contains(id))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no demo learner with a booking, a past session and a later cohort"));
    }

    static OffsetDateTime now() {
        return OffsetDateTime.parse("2026-11-25T12:00:00Z");
    }

    /**
     * Gives the learner an attendance mark, an extension and a deferral to the next cohort whose free text names
     * them, and a calendar feed (returns its address).
     */
    String enrich(long learnerId, String name) {
        var occurrence = jdbc.queryForObject("""
                select o.id from session_occurrence o join live_session s on s.id = o.session_id
                join enrollment e on e.offering_id = s.offering_id
                where e.learner_id = ? and e.status = 'ENROLLED' and o.status = 'SCHEDULED' and o.starts_at < ?
                order by o.starts_at desc, o.id fetch first 1 rows only""", Long.class, learnerId, now());
        as(
                "admin",
                () -> rosters.markAttendance(
                        occurrence, learnerId, -1, AttendanceMark.EXCUSED, "Called in sick, " + name));
        var assessment = jdbc.queryForMap("""
                select a.id, a.due_at from assessment a join enrollment e on e.offering_id = a.offering_id
                where e.learner_id = ? and e.status = 'ENROLLED' order by a.due_at desc, a.id fetch first 1 rows only""", learnerId);
        var due = ((OffsetDateTime) jdbc.queryForObject(
                        "select due_at from assessment where id = ?",
                        OffsetDateTime.class,
                        assessment.values().iterator().next()))
                .toInstant();
        long assessmentId = ((Number) assessment.values().iterator().next()).longValue();
        as(
                "admin",
                () -> extensions.grant(new ExtensionDraft(
                        assessmentId,
                        Set.of(learnerId),
                        "Europe/London",
                        LocalDateTime.ofInstant(due, ProgrammeTime.ZONE)
                                .plusDays(7)
                                .withSecond(0)
                                .withNano(0),
                        null,
                        "Medical certificate for " + name)));
        var path = as("admin", () -> feeds.issue(FeedSubject.LEARNER, learnerId).path());
        as("admin", () -> links.issue(learnerId));
        var details = as("admin", () -> learners.get(learnerId));
        var later = as("admin", () -> learners.deferralTargets(details.intakeYear()))
                .getFirst();
        as(
                "admin",
                () -> learners.changeStatus(
                        learnerId,
                        details.version(),
                        StatusAction.INTERRUPT,
                        "Parental leave, as " + name + " asked",
                        later.id()));
        return path;
    }

    // ------------------------------------------------------------------------------------------ access export

    @Test
    void theAccessExportHoldsEveryKindOfRecordAndNoToken() throws Exception {
        long id = richLearner(Set.of());
        var before = as("admin", () -> learners.get(id));
        var feedPath = enrich(id, before.fullName());
        var token = feedPath.substring("/ical/".length(), feedPath.length() - ".ics".length());
        assertThat(get(feedPath)).isEqualTo(200); // a read: last read time and client in the metadata

        var zip = new ByteArrayOutputStream();
        as("admin", () -> {
            try {
                privacy.exportLearner(id, zip);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        var files = unzip(zip.toByteArray());
        assertThat(files).containsOnlyKeys("personal-data.json", "README.txt");
        assertThat(files.get("README.txt")).contains("personal-data.json").contains("learner " + id);
        var text = files.get("personal-data.json");
        var json = JsonMapper.builder().build().readTree(text);

        assertThat(json.get("learner").get("fullName").asString()).isEqualTo(before.fullName());
        assertThat(json.get("learner").get("email").asString()).isEqualTo(before.email());
        assertThat(json.get("learner").get("timeZone").asString()).isEqualTo(before.timeZone());
        for (var section : List.of(
                "statusHistory", "places", "bookings", "attendance", "extensions", "calendarFeeds", "auditTrail")) {
            assertThat(json.get(section)).as(section).isNotNull();
            assertThat(json.get(section).isArray() && !json.get(section).isEmpty())
                    .as(section + " has records")
                    .isTrue();
        }
        // the notices sent to them (the extension and the interruption each made one) and their personal link, without
        // its token
        assertThat(json.get("notices").get("sent").toString())
                .contains("EXTENSION_GRANTED")
                .contains("LEARNER_DEFERRED");
        assertThat(json.get("notices").get("remindersOn").asBoolean()).isTrue();
        assertThat(json.get("personalLink").get(0).get("active").asBoolean()).isTrue();
        assertThat(json.get("personalLink").get(0).has("hashedToken")).isFalse();
        assertThat(json.get("statusHistory").get(0).get("reason").asString()).isNotBlank();
        assertThat(json.get("places").get(0).get("moduleCode").asString()).isNotBlank();
        assertThat(json.get("places").get(0).get("history").isEmpty()).isFalse();
        assertThat(json.get("attendance").toString()).contains("EXCUSED").contains("Called in sick");
        assertThat(json.get("extensions").toString()).contains("Medical certificate");
        var feed = json.get("calendarFeeds").get(0);
        assertThat(feed.get("active").asBoolean()).isTrue();
        assertThat(feed.get("lastFetchedAt").isNull()).isFalse();
        assertThat(feed.has("hashedToken")).isFalse();
        assertThat(text)
                .doesNotContain(token)
                .doesNotContain(sha256(token)); // the trail says only "hashedToken changed"
        // the audit trail about them: their own entity, and entries about their places, marks, extensions and feed
        var auditTypes = new HashSet<String>();
        json.get("auditTrail").forEach(e -> auditTypes.add(e.get("entityType").asString()));
        assertThat(auditTypes)
                .contains(
                        "Learner",
                        "Enrollment",
                        "SessionAttendance",
                        "Extension",
                        "CalendarFeed",
                        "LearnerStatusChange");

        // the export itself is audited, without the data
        var entries = jdbc.queryForList(
                "select details from audit_entry where action = 'PERSONAL_DATA_EXPORT' and entity_type = 'Learner' "
                        + "and entity_id = ? and actor = 'admin'",
                String.class,
                String.valueOf(id));
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst()).doesNotContain(before.email());
    }

    // ------------------------------------------------------------------------------------------ erasure

    @Test
    void anErasedLearnerIsNowhereInTheDatabaseAndEveryOtherRowIsUnchanged() throws Exception {
        long id = richLearner(Set.of(richLearner(Set.of())));
        var original = as("admin", () -> learners.get(id));
        var feedPath = enrich(id, original.fullName());
        // a change of name and email puts old → new values into the audit trail; both must go
        var edited = as(
                "admin",
                () -> learners.update(
                        id,
                        learners.get(id).version(),
                        new LearnerEdit(
                                "Quillon Marrowby-Tesk",
                                "quillon.marrowby@example.net",
                                original.country(),
                                original.timeZone())));
        var secrets = List.of(original.fullName(), original.email(), edited.fullName(), edited.email());
        assertThat(everywhere(secrets))
                .as("the learner is in the database before")
                .isNotEmpty();
        assertThat(get(feedPath)).isEqualTo(200);
        var cohortFeed = as(
                "admin",
                () -> feeds.issue(FeedSubject.COHORT, original.cohortId()).path());

        var enrollments = jdbc.queryForList("select id from enrollment where learner_id = ?", Long.class, id);
        var marks =
                jdbc.queryForObject("select count(*) from session_attendance where learner_id = ?", Integer.class, id);
        // a reminder planned for them (the planner plans only active learners, so as it stood before they ended)
        jdbc.update(
                "insert into reminder_plan (kind, subject_id, learner_id, due_at, offset_minutes, send_at, queued) "
                        + "values ('deadline', 1, ?, ?, 1440, ?, false)",
                id,
                Timestamp.from(Instant.parse("2099-01-02T12:00:00Z")),
                Timestamp.from(Instant.parse("2099-01-01T12:00:00Z")));
        Predicate<Map<String, Object>> aboutThem = row -> id == longOr(row.get("learner_id"), -1)
                || enrollments.contains(longOr(row.get("enrollment_id"), -1))
                || "LEARNER".equals(row.get("subject_type")) && id == longOr(row.get("subject_id"), -1);
        var theirEntities = new HashSet<String>(List.of("Learner#" + id));
        for (var q : List.of(
                "select 'Enrollment#' || id from enrollment where learner_id = ?",
                "select 'SessionAttendance#' || id from session_attendance where learner_id = ?",
                "select 'SessionBooking#' || id from session_booking where learner_id = ?",
                "select 'Extension#' || id from assessment_extension where learner_id = ?",
                "select 'LearnerStatusChange#' || id from learner_status_change where learner_id = ?",
                "select 'CalendarFeed#' || id from calendar_feed where subject_type = 'LEARNER' and subject_id = ?",
                "select 'LearnerLink#' || id from learner_link where learner_id = ?",
                "select 'Notice#' || id from notice where learner_id = ?")) {
            theirEntities.addAll(jdbc.queryForList(q, String.class, id));
        }
        var othersBefore = checksums(table -> !table.equals("audit_entry"), row -> !aboutThem.test(row), id);
        var auditBefore = auditDetails();

        assertThat(as("admin", () -> privacy.eraseLearner(id, "Data subject request received 20 November")))
                .isTrue();

        // nowhere in any text column of any table
        assertThat(everywhere(secrets))
                .as("columns still holding the old name or email")
                .isEmpty();
        assertThat(everywhere(List.of("quillon", "marrowby")))
                .as("nor any word of them (search words, audit)")
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from learner_search_word where learner_id = ?", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from reminder_plan where learner_id = ?", Integer.class, id))
                .as("the reminders planned for them")
                .isZero();
        var erased = as("admin", () -> learners.get(id));
        assertThat(erased.fullName()).isEqualTo("Erased learner " + id);
        assertThat(erased.erased()).isTrue();
        assertThat(erased.actions()).isEmpty();
        assertThat(as("admin", () -> privacy.isErased(id))).isTrue();
        // the statistics stay, attached to the pseudonym
        assertThat(jdbc.queryForObject("select count(*) from enrollment where learner_id = ?", Integer.class, id))
                .isEqualTo(enrollments.size());
        assertThat(jdbc.queryForObject(
                        "select count(*) from session_attendance where learner_id = ?", Integer.class, id))
                .isEqualTo(marks);

        // every other learner's (and everything else's) rows are unchanged
        var othersAfter = checksums(table -> !table.equals("audit_entry"), row -> !aboutThem.test(row), id);
        assertThat(othersAfter).isEqualTo(othersBefore);
        var auditAfter = auditDetails();
        var reference = Pattern.compile("Learner#" + id + "(?![0-9])");
        auditBefore.forEach((entryId, details) -> {
            if (Objects.equals(details, auditAfter.get(entryId))) return;
            assertThat(details)
                    .as("a changed audit entry was about the learner")
                    .satisfiesAnyOf(
                            d -> assertThat(reference.matcher(d).find()).isTrue(),
                            d -> assertThat(secrets.stream()
                                            .anyMatch(s ->
                                                    d.toLowerCase(Locale.ROOT).contains(s.toLowerCase(Locale.ROOT))))
                                    .isTrue(),
                            d -> assertThat(jdbc.queryForObject(
                                            "select entity_type || '#' || entity_id from audit_entry where id = ?",
                                            String.class,
                                            entryId))
                                    .isIn(theirEntities));
        });
        assertThat(auditAfter.keySet()).containsAll(auditBefore.keySet()); // entries are kept

        // the erasure is audited once, with its reason, without the erased values
        var erasure = jdbc.queryForList(
                "select actor, details from audit_entry where action = 'ERASURE' and entity_type = 'Learner' "
                        + "and entity_id = ?",
                String.valueOf(id));
        assertThat(erasure).hasSize(1);
        assertThat(erasure.getFirst().get("actor")).isEqualTo("admin");
        assertThat((String) erasure.getFirst().get("details")).contains("Data subject request received 20 November");
        // the end day goes too: erased learners would otherwise fill the start of the due list's index range
        assertThat(jdbc.queryForList("select ended_on from learner where id = ?", Object.class, id))
                .containsExactly((Object) null);

        // not found, not exported, no feed
        assertThat(as(
                        "admin",
                        () -> learners.roster(
                                new LearnerFilter(original.fullName(), null, null, null, null), PageRequest.of(0, 50))))
                .isEmpty();
        assertThat(as(
                        "admin",
                        () -> learners.roster(
                                new LearnerFilter("erased", null, null, null, null), PageRequest.of(0, 50))))
                .isEmpty();
        var csv = new ByteArrayOutputStream();
        as("admin", () -> {
            try {
                exports.writeRoster(LearnerFilter.none(), csv);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(csv.toString(StandardCharsets.UTF_8)).isNotBlank().doesNotContain("Erased learner " + id + ",");
        assertNoSecrets(csv.toString(StandardCharsets.UTF_8), secrets);
        var attended = jdbc.queryForObject(
                "select occurrence_id from session_attendance where learner_id = ? "
                        + "order by marked_at desc, id desc fetch first 1 rows only",
                Long.class,
                id);
        var rosterCsv = new ByteArrayOutputStream();
        as("admin", () -> rosters.writeRosterCsv(attended, rosterCsv));
        assertNoSecrets(rosterCsv.toString(StandardCharsets.UTF_8), secrets);
        assertThat(get(feedPath)).as("their feed stops working").isEqualTo(404);
        assertThat(jdbc.queryForObject(
                        "select count(*) from learner_link where learner_id = ? and hashed_token is not null",
                        Integer.class,
                        id))
                .as("their personal link stops working")
                .isZero();
        assertThat(jdbc.queryForList("select status from notice where learner_id = ?", String.class, id))
                .as("the notices about them stay (statistics), with no pending one")
                .isNotEmpty()
                .doesNotContain("PENDING");
        long late = as("admin", () -> notices.queuePersonalLink(id, "https://desk.example/me/abc"));
        assertThat(jdbc.queryForObject("select status from notice where id = ?", String.class, late))
                .as("an erased learner receives nothing")
                .isEqualTo("SUPPRESSED");
        var cohortIcs = body(cohortFeed);
        assertThat(cohortIcs.statusCode()).isEqualTo(200);
        assertNoSecrets(cohortIcs.body(), secrets);
        assertThatThrownBy(() -> as(
                        "admin",
                        () -> learners.update(
                                id,
                                erased.version(),
                                new LearnerEdit(
                                        original.fullName(),
                                        original.email(),
                                        original.country(),
                                        original.timeZone()))))
                .isInstanceOf(RuleViolation.class);

        // idempotent: a second erasure changes nothing and is not audited again
        var auditCount = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        assertThat(as("admin", () -> privacy.eraseLearner(id, "Again"))).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class))
                .isEqualTo(auditCount);
    }

    @Test
    void aLegalHoldStopsErasureUntilItIsLifted() {
        long id = jdbc.queryForObject(
                "select min(id) from learner where status = 'GRADUATED' and erased_at is null", Long.class);
        as("admin", () -> privacy.hold(id, "Appeal pending at the tribunal"));
        assertThat(as("admin", () -> privacy.status(id)).held()).isTrue();
        assertThatThrownBy(() -> as("admin", () -> privacy.eraseLearner(id, "Request")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("legal hold");
        assertThat(jdbc.queryForList(
                        "select details from audit_entry where entity_type = 'LegalHold' and action = 'CREATE'",
                        String.class))
                .anySatisfy(d ->
                        assertThat(d).contains("Appeal pending at the tribunal").contains("Learner#" + id));
        as("admin", () -> privacy.releaseHold(id));
        assertThat(as("admin", () -> privacy.status(id)).held()).isFalse();
        long active = jdbc.queryForObject(
                "select max(id) from learner where status = 'ACTIVE' and erased_at is null", Long.class);
        assertThatThrownBy(() -> as("admin", () -> privacy.eraseLearner(active, "Request")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("withdraw them");
        assertThat(as("admin", () -> privacy.isErased(id))).isFalse();
    }

    @Test
    void facultyCannotExportEraseOrHold() {
        long id = jdbc.queryForObject("select max(id) from learner where erased_at is null", Long.class);
        assertThatThrownBy(() -> as("ada", () -> {
                    try {
                        privacy.exportLearner(id, new ByteArrayOutputStream());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ada", () -> privacy.eraseLearner(id, "No")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ada", () -> privacy.hold(id, "No"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ada", () -> privacy.dueForErasure(30))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ada", () -> privacy.eraseStaff(1, "No")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("admin", () -> privacy.isErased(id))).isFalse();
    }

    // ------------------------------------------------------------------------------------------ retention

    @Test
    void aLearnerKeepsTheDayTheirStudiesEndedWhichTheRetentionPeriodCountsFrom() {
        long cohortId = jdbc.queryForObject("select min(cohort_id) from cohort_term where term_no = 6", Long.class);
        var programmeEnd = jdbc.queryForObject(
                "select ends_on from cohort_term where cohort_id = ? and term_no = 6", LocalDate.class, cohortId);
        var tag = Long.toString(System.nanoTime(), 36);
        var london = ZoneId.of("Europe/London");
        as(
                "admin",
                () -> learners.addAll(List.of(
                        new NewLearner(
                                cohortId,
                                "Ended Before",
                                "ended." + tag + "@example.org",
                                "GB",
                                london,
                                LearnerStatus.GRADUATED),
                        new NewLearner(
                                cohortId,
                                "Still Studying",
                                "still." + tag + "@example.org",
                                "GB",
                                london,
                                LearnerStatus.ACTIVE))));
        long graduate = jdbc.queryForObject(
                "select id from learner where email = ?", Long.class, "ended." + tag + "@example.org");
        long active = jdbc.queryForObject(
                "select id from learner where email = ?", Long.class, "still." + tag + "@example.org");
        // added already graduated: no status change to date it, so the end of the cohort's programme
        assertThat(endedOn(graduate)).isEqualTo(programmeEnd);
        assertThat(endedOn(active)).isNull();

        var today = LocalDate.ofInstant(clock.instant(), london);
        var version = as("admin", () -> learners.get(active)).version();
        as("admin", () -> learners.changeStatus(active, version, StatusAction.WITHDRAW, "Moved abroad", null));
        // withdrawn now: today in the programme's zone, six years before they are due
        assertThat(endedOn(active)).isEqualTo(today);
        assertThat(as("admin", () -> privacy.status(active)).erasureDueOn())
                .isEqualTo(endedOn(active).plus(as("admin", () -> privacy.retentionPeriod())));
    }

    private java.time.@org.jspecify.annotations.Nullable LocalDate endedOn(long learnerId) {
        return jdbc.queryForObject("select ended_on from learner where id = ?", LocalDate.class, learnerId);
    }

    @Test
    void aPageOfTheDueListIsReadInTheIndexOrderOnH2() {
        assumeThat(TestProfiles.onPostgres()).as("H2's plan").isFalse();
        var plan = String.join(
                " ",
                jdbc.queryForList(
                        "explain " + PrivacyService.DUE + PrivacyService.DUE_ORDER
                                + " offset 100 rows fetch next 50 rows only",
                        String.class,
                        LocalDate.of(2020, 12, 1)));
        // Not read by status and sorted (190 ms a page at 71,000 due): the end-day index, in the page's order.
        assertThat(plan.toUpperCase()).contains("IX_LEARNER_ERASURE_DUE").contains("INDEX SORTED");
    }

    @Test
    void theRetentionJobErasesExactlyTheLearnersDueOnceWhenTwoNodesRunIt() throws Exception {
        // four learners who left long ago (their status change moved back in time): two due, one held, one due in 20
        // days
        var left = jdbc.queryForList("""
                select l.id from learner l where l.status in ('GRADUATED', 'WITHDRAWN') and l.erased_at is null
                and exists (select 1 from learner_status_change h where h.learner_id = l.id and h.to_status = l.status)
                order by l.id desc fetch first 4 rows only""", Long.class);
        assertThat(left).hasSize(4);
        var dates =
                List.of("2019-06-30T11:00:00Z", "2020-11-01T10:00:00Z", "2018-01-15T10:00:00Z", "2020-12-15T10:00:00Z");
        for (int i = 0; i < 4; i++) {
            jdbc.update(
                    "update learner_status_change set changed_at = ? where learner_id = ? and to_status = "
                            + "(select status from learner where id = ?)",
                    OffsetDateTime.parse(dates.get(i)),
                    left.get(i),
                    left.get(i));
            // the day the learner keeps for it (the status change sets it; here time is moved by hand)
            jdbc.update(
                    "update learner set ended_on = ? where id = ?",
                    LocalDate.ofInstant(Instant.parse(dates.get(i)), ZoneId.of("Europe/London")),
                    left.get(i));
        }
        long dueA = left.get(0), dueB = left.get(1), held = left.get(2), soon = left.get(3);
        as("admin", () -> privacy.hold(held, "Fee dispute in court"));

        var dueNow = as("admin", () -> privacy.dueForErasure(0)).stream()
                .map(DueLearner::learnerId)
                .toList();
        assertThat(dueNow).contains(dueA, dueB).doesNotContain(held, soon);
        var dueIn30 = as("admin", () -> privacy.dueForErasure(30));
        assertThat(dueIn30)
                .extracting(DueLearner::learnerId)
                .contains(dueA, dueB, soon)
                .doesNotContain(held);
        assertThat(dueIn30)
                .filteredOn(d -> d.learnerId() == soon)
                .singleElement()
                .satisfies(d -> assertThat(d.dueOn()).isEqualTo(LocalDate.of(2026, 12, 15)));
        // paged in the database, in the same order
        assertThat(as("admin", () -> privacy.dueForErasure(30, 1, 2))).isEqualTo(dueIn30.subList(1, 3));
        assertThat(as("admin", () -> privacy.dueForErasure(30, dueIn30.size(), 10)))
                .isEmpty();
        assertThatThrownBy(() -> as("admin", () -> privacy.dueForErasure(30, -1, 10)))
                .isInstanceOf(RuleViolation.class);
        // counted in the database, up to a bound
        assertThat(as("admin", () -> privacy.countDueForErasure(30, 1000))).isEqualTo(dueIn30.size());
        assertThat(as("admin", () -> privacy.countDueForErasure(30, 2))).isEqualTo(2);
        assertThat(as("admin", () -> privacy.countDueForErasure(0, 1000))).isEqualTo(dueNow.size());
        // the administrator's dashboard lists them under "Needs attention", linking to the Personal data page
        assertThat(as("admin", () -> dashboard.needsAttention()).items())
                .filteredOn(i -> i.kind().equals("erasure-due"))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.count()).isEqualTo(dueIn30.size());
                    assertThat(i.href()).isEqualTo("privacy");
                });

        // two nodes start the job at the same moment: one claims the lease and erases, the other does nothing
        jdbc.update(
                "update job_lease set lease_until = ? where name = 'retention'",
                OffsetDateTime.parse("2000-01-01T00:00:00Z"));
        var nodeA = new RetentionJob(privacy, lease, Duration.ofHours(1));
        var nodeB = new RetentionJob(privacy, lease, Duration.ofHours(1));
        var barrier = new CyclicBarrier(2);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var a = pool.submit(() -> {
                barrier.await();
                return nodeA.run();
            });
            var b = pool.submit(() -> {
                barrier.await();
                return nodeB.run();
            });
            var counts = List.of(a.get(), b.get());
            assertThat(counts).containsExactlyInAnyOrder(dueNow.size(), 0);
        }
        for (long id : dueNow) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_entry where action = 'ERASURE' and entity_type = 'Learner' "
                                    + "and entity_id = ? and actor = 'retention-job'",
                            Integer.class,
                            String.valueOf(id)))
                    .as("erasures of " + id)
                    .isEqualTo(1);
        }
        assertThat(as("admin", () -> privacy.isErased(held))).isFalse();
        assertThat(as("admin", () -> privacy.isErased(soon))).isFalse();
        assertThat(as("admin", () -> privacy.dueForErasure(0))).isEmpty();
        // the lease still runs: a third run in the same period does nothing
        assertThat(new RetentionJob(privacy, lease, Duration.ofHours(1)).run()).isZero();
        as("admin", () -> privacy.releaseHold(held));
    }

    // ------------------------------------------------------------------------------------------ staff

    @Test
    void erasingAStaffMemberPseudonymisesTheirWhoAndKeepsTheEntries() throws Exception {
        var created = as(
                "admin",
                () -> staff.create(new NewStaffUser(
                        "zoltan.privacy",
                        "Zoltan Vexworth",
                        "zoltan.vexworth@example.org",
                        "a long enough passphrase 7",
                        Set.of(Role.FACULTY))));
        as("zoltan.privacy", () -> feeds.issueMine());
        var learnerId = jdbc.queryForObject(
                "select max(id) from learner where erased_at is null and status = 'ACTIVE'", Long.class);
        var adminOnly = as(
                "admin",
                () -> staff.update(
                        created.id(),
                        created.version(),
                        new StaffDraft(
                                "zoltan.privacy",
                                "Zoltan Vexworth",
                                "zoltan.vexworth@example.org",
                                Set.of(Role.FACULTY, Role.ADMIN))));
        as(
                "zoltan.privacy",
                () -> feeds.issue(FeedSubject.LEARNER, learnerId)); // something they did, with their name as "who"
        long theirEntries =
                jdbc.queryForObject("select count(*) from audit_entry where actor = 'zoltan.privacy'", Long.class);
        assertThat(theirEntries).isPositive();

        var zip = new ByteArrayOutputStream();
        as("admin", () -> {
            try {
                privacy.exportStaff(created.id(), zip);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        var json =
                JsonMapper.builder().build().readTree(unzip(zip.toByteArray()).get("personal-data.json"));
        assertThat(json.get("staff").get("username").asString()).isEqualTo("zoltan.privacy");
        assertThat(json.get("staff").get("roles").toString()).contains("ADMIN", "FACULTY");
        assertThat(json.get("calendarFeeds").isEmpty()).isFalse();
        assertThat(json.get("auditTrail").size()).isGreaterThanOrEqualTo((int) theirEntries);

        assertThatThrownBy(() -> as("admin", () -> privacy.eraseStaff(created.id(), "Left the university")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Disable");
        var disabled = as("admin", () -> staff.setEnabled(created.id(), adminOnly.version(), false));
        assertThat(disabled.enabled()).isFalse();
        assertThat(as("admin", () -> staff.get(created.id())).username())
                .as("disabling keeps the account")
                .isEqualTo("zoltan.privacy");

        assertThat(as("admin", () -> privacy.eraseStaff(created.id(), "Left the university")))
                .isTrue();
        assertThat(everywhere(List.of("zoltan.privacy", "Zoltan Vexworth", "zoltan.vexworth@example.org")))
                .isEmpty();
        var pseudonym = "erased-staff-" + created.id();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = ?", Long.class, pseudonym))
                .as("their entries are kept under the pseudonym")
                .isGreaterThanOrEqualTo(theirEntries);
        assertThat(jdbc.queryForObject(
                        "select issued_by from calendar_feed where subject_type = 'LEARNER' and subject_id = ?",
                        String.class,
                        learnerId))
                .isEqualTo(pseudonym);
        assertThat(as("admin", () -> staff.get(created.id())).displayName()).isEqualTo("Erased staff " + created.id());
        assertThat(as("admin", () -> privacy.eraseStaff(created.id(), "Again"))).isFalse();

        // clean-up: other tests on this database count the demo's staff accounts
        jdbc.update("delete from calendar_feed where subject_type = 'FACULTY' and subject_id = ?", created.id());
        jdbc.update("delete from staff_user where id = ?", created.id());
    }

    // ------------------------------------------------------------------------------------------ helpers

    static long longOr(Object value, long otherwise) {
        return value instanceof Number n ? n.longValue() : otherwise;
    }

    static void assertNoSecrets(String text, List<String> secrets) {
        for (var secret : secrets)
            assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain(secret.toLowerCase(Locale.ROOT));
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static Map<String, String> unzip(byte[] zip) throws Exception {
        var files = new TreeMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** Every text column of every table of the application's schema, from the JDBC metadata (H2 and PostgreSQL). */
    List<String[]> textColumns() {
        return jdbc.execute((ConnectionCallback<List<String[]>>) connection -> {
            var columns = new ArrayList<String[]>();
            try (var rs =
                    connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    int type = rs.getInt("DATA_TYPE");
                    if (Set.of(
                                    Types.CHAR,
                                    Types.VARCHAR,
                                    Types.LONGVARCHAR,
                                    Types.CLOB,
                                    Types.NCHAR,
                                    Types.NVARCHAR,
                                    Types.LONGNVARCHAR,
                                    Types.NCLOB)
                            .contains(type)) {
                        columns.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
                    }
                }
            }
            return columns;
        });
    }

    /** The columns ("table.column") where any of the texts occurs, in any case. */
    List<String> everywhere(List<String> texts) {
        var columns = textColumns();
        assertThat(columns.size()).as("text columns found").isGreaterThan(40);
        var found = new ArrayList<String>();
        for (var column : columns) {
            for (var text : texts) {
                var count = jdbc.queryForObject(
                        "select count(*) from \"" + column[0] + "\" where lower(\"" + column[1] + "\") like ?",
                        Long.class,
                        "%" + text.toLowerCase(Locale.ROOT) + "%");
                if (count != null && count > 0) found.add(column[0] + "." + column[1] + " has '" + text + "'");
            }
        }
        return found;
    }

    List<String> tables() {
        return jdbc.execute((ConnectionCallback<List<String>>) connection -> {
            var tables = new ArrayList<String>();
            try (var rs = connection
                    .getMetaData()
                    .getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) tables.add(rs.getString("TABLE_NAME"));
            }
            return tables;
        });
    }

    /** Per table, a checksum (SHA-256 of the sorted rows) of the rows the filter keeps; the learner's own row is left out. */
    Map<String, String> checksums(Predicate<String> tableFilter, Predicate<Map<String, Object>> keep, long learnerId)
            throws Exception {
        var sums = new TreeMap<String, String>();
        for (var table : tables()) {
            var name = table.toLowerCase(Locale.ROOT);
            if (!tableFilter.test(name) || name.startsWith("flyway")) continue;
            var rows = new ArrayList<String>();
            for (var row : jdbc.queryForList("select * from \"" + table + "\"")) {
                var lower = new HashMap<String, Object>();
                row.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
                if (name.equals("learner") && learnerId == longOr(lower.get("id"), -1)) continue;
                if (!keep.test(lower)) continue;
                rows.add(new TreeMap<>(lower).toString());
            }
            rows.sort(null);
            sums.put(name, rows.size() + ":" + sha256(String.join("\n", rows)));
        }
        return sums;
    }

    Map<Long, String> auditDetails() {
        var details = new HashMap<Long, String>();
        jdbc.query("select id, details from audit_entry", rs -> {
            details.put(rs.getLong(1), rs.getString(2));
        });
        return details;
    }
}
