package com.cohortdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.TestProfiles;
import com.cohortdesk.assessment.ExtensionDraft;
import com.cohortdesk.assessment.ExtensionService;
import com.cohortdesk.audit.AuditFilter;
import com.cohortdesk.audit.AuditService;
import com.cohortdesk.learner.LearnerEdit;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.session.SessionDraft;
import com.cohortdesk.session.SessionRosterService;
import com.cohortdesk.session.SessionSchedulingService;
import com.cohortdesk.session.SessionType;
import com.cohortdesk.shared.ProgrammeTime;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The three feeds over real HTTP on the demo data (now: Wed 25 Nov 2026, 12:00 UTC). A weekly series of
 * Fall 2026's first offering at 18:00 UK time from 11 March to 1 April 2027 crosses both the Newfoundland
 * (14 March) and the UK (28 March) clock changes; its second week is moved and its third cancelled; one
 * learner lives in Pacific/Kiritimati (UTC+14) with an extension, another in America/St_Johns (UTC-3:30/-2:30).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarFeedIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    SessionSchedulingService sessions;

    @Autowired
    SessionRosterService rosters;

    @Autowired
    LearnerService learners;

    @Autowired
    ExtensionService extensions;

    @Autowired
    AuditService audit;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    long offeringId;
    long cohortId;
    long hostId;
    long kiritimati;
    long stJohns;
    long assessmentId;
    List<Long> occurrences;

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
    void schedule() {
        cohortId = jdbc.queryForObject("select id from cohort where intake_year = 2026", Long.class);
        offeringId = jdbc.queryForObject("""
                select min(o.id) from offering o where o.cohort_id = ? and o.term_no = 1
                  and exists (select 1 from assessment a where a.offering_id = o.id)""", Long.class, cohortId);
        hostId = jdbc.queryForObject("select id from staff_user where username = 'farid'", Long.class);
        var places = jdbc.queryForList("""
                select e.learner_id from enrollment e where e.offering_id = ? and e.status = 'ENROLLED' order by e.learner_id""", Long.class, offeringId);
        kiritimati = places.get(0);
        stJohns = places.get(1);
        assessmentId = jdbc.queryForObject(
                "select min(id) from assessment where offering_id = ? and due_at > ?",
                Long.class,
                offeringId,
                OffsetDateTime.parse("2026-11-25T12:00:00Z"));
        as("admin", () -> {
            rezone(kiritimati, "Pacific/Kiritimati");
            rezone(stJohns, "America/St_Johns");
            var scheduled = sessions.schedule(
                    new SessionDraft(
                            SessionType.WEBINAR,
                            "Feed test webinar; week, \"quoted\"",
                            offeringId,
                            hostId,
                            LocalDateTime.parse("2027-03-11T18:00"),
                            ProgrammeTime.ZONE,
                            Duration.ofMinutes(60),
                            LocalDate.parse("2027-04-01"),
                            "https://meet.example.org/feed-test",
                            1),
                    "calendar feed test");
            occurrences = sessions.series(scheduled.sessionId()).stream()
                    .map(r -> r.occurrenceId())
                    .toList();
            var second = sessions.occurrence(occurrences.get(1));
            sessions.moveOccurrence(
                    second.id(),
                    second.version(),
                    LocalDateTime.parse("2027-03-19T19:30"),
                    "Guest speaker's flight",
                    "calendar feed test");
            var third = sessions.occurrence(occurrences.get(2));
            sessions.cancelOccurrence(third.id(), third.version(), "Host ill");
            rosters.book(occurrences.get(0), stJohns);
            rosters.book(occurrences.get(0), kiritimati); // capacity 1: second on the waiting list
            extensions.grant(new ExtensionDraft(
                    assessmentId,
                    Set.of(kiritimati),
                    "Europe/London",
                    LocalDateTime.ofInstant(due(assessmentId).plus(Duration.ofDays(7)), ProgrammeTime.ZONE),
                    null,
                    "Mitigating circumstances"));
            return null;
        });
    }

    Instant due(long assessment) {
        return jdbc.queryForObject("select due_at from assessment where id = ?", OffsetDateTime.class, assessment)
                .toInstant();
    }

    void rezone(long learnerId, String zone) {
        var l = learners.get(learnerId);
        learners.update(learnerId, l.version(), new LearnerEdit(l.fullName(), l.email(), l.country(), zone));
    }

    HttpResponse<String> request(String method, String path, String... headers) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", "Feed-Test/1.0");
        if (headers.length > 0) builder.headers(headers);
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void assertCalendarType(HttpResponse<?> response) {
        var type = MediaType.parseMediaType(
                response.headers().firstValue("Content-Type").orElseThrow());
        assertThat(type.isCompatibleWith(MediaType.parseMediaType("text/calendar")))
                .isTrue();
        assertThat(type.getCharset()).isEqualTo(StandardCharsets.UTF_8);
    }

    static Calendar parse(String ics) throws Exception {
        var calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().hasErrors())
                .as(calendar.validate().toString())
                .isFalse();
        return calendar;
    }

    static Map<String, VEvent> byUid(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream()
                .collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), e -> e));
    }

    static Instant start(VEvent event) {
        Temporal value = event.getDateTimeStart().getDate();
        return value instanceof ZonedDateTime z ? z.toInstant() : Instant.from(value);
    }

    static String prop(VEvent event, String name) {
        return event.getProperty(name).map(p -> p.getValue()).orElse("");
    }

    String issue(FeedSubject subject, long id) {
        return as("admin", () -> feeds.issue(subject, id).path());
    }

    @Test
    void learnerFeedsCarryZonesMovesCancellationsWaitingListsAndExtensions() throws Exception {
        var response = request("GET", issue(FeedSubject.LEARNER, kiritimati));
        assertThat(response.statusCode()).isEqualTo(200);
        assertCalendarType(response);
        assertThat(response.body())
                .contains(
                        "BEGIN:VTIMEZONE\r\nTZID:Europe/London",
                        "X-WR-CALNAME:",
                        "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
                        "X-PUBLISHED-TTL:PT1H");
        var events = byUid(parse(response.body()));
        var weeks = occurrences.stream()
                .map(id -> events.get(FeedReader.occurrenceUid(id)))
                .toList();
        assertThat(weeks).doesNotContainNull();
        // 18:00 UK time both sides of the UK clock change (28 March 2027): 18:00Z, then 17:00Z
        assertThat(prop(weeks.get(0), "DTSTART")).isEqualTo("20270311T180000");
        assertThat(weeks.get(0)
                        .getProperty("DTSTART")
                        .orElseThrow()
                        .getParameter("TZID")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Europe/London");
        assertThat(start(weeks.get(0))).isEqualTo(Instant.parse("2027-03-11T18:00:00Z"));
        assertThat(start(weeks.get(3))).isEqualTo(Instant.parse("2027-04-01T17:00:00Z"));
        // in the learner's zone (UTC+14, no clock changes): 08:00 the next day, then 07:00
        var kiri = ZoneId.of("Pacific/Kiritimati");
        assertThat(start(weeks.get(0)).atZone(kiri).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2027-03-12T08:00"));
        assertThat(start(weeks.get(3)).atZone(kiri).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2027-04-02T07:00"));
        // moved: same UID, new time, SEQUENCE raised; cancelled: still there, STATUS:CANCELLED, SEQUENCE raised
        assertThat(start(weeks.get(1))).isEqualTo(Instant.parse("2027-03-19T19:30:00Z"));
        assertThat(Integer.parseInt(prop(weeks.get(1), "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(prop(weeks.get(0), "SEQUENCE")));
        assertThat(prop(weeks.get(1), "DESCRIPTION")).contains("Moved: Guest speaker's flight");
        assertThat(prop(weeks.get(2), "STATUS")).isEqualTo("CANCELLED");
        assertThat(prop(weeks.get(0), "STATUS")).isEqualTo("CONFIRMED");
        assertThat(Integer.parseInt(prop(weeks.get(2), "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(prop(weeks.get(0), "SEQUENCE")));
        assertThat(prop(weeks.get(0), "SUMMARY")).isEqualTo("Feed test webinar; week, \"quoted\"");
        assertThat(response.body()).contains("SUMMARY:Feed test webinar\\; week\\, \"quoted\"");
        assertThat(prop(weeks.get(0), "URL")).isEqualTo("https://meet.example.org/feed-test");
        assertThat(prop(weeks.get(0), "LOCATION")).isEqualTo("https://meet.example.org/feed-test");
        assertThat(prop(weeks.get(0), "DESCRIPTION")).contains("number 1 on the waiting list", "Host: ");
        // the extension replaces the deadline under the same UID and says so; a VALARM 24 hours before
        var deadline = events.get(FeedReader.deadlineUid(assessmentId));
        assertThat(start(deadline)).isEqualTo(due(assessmentId).plus(Duration.ofDays(7)));
        assertThat(prop(deadline, "DESCRIPTION"))
                .contains("Your extended deadline", "Extended from", "Mitigating circumstances");
        assertThat(deadline.getEndDate(false)).isEmpty();
        assertThat(deadline.getAlarms()).hasSize(1);
        assertThat(deadline.getAlarms()
                        .getFirst()
                        .getProperty("TRIGGER")
                        .orElseThrow()
                        .getValue())
                .isEqualTo(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                        .withZone(ZoneId.of("UTC"))
                        .format(start(deadline).minus(Duration.ofHours(24))));
        // window: nothing before 30 days ago
        assertThat(events.values())
                .allSatisfy(e -> assertThat(start(e)).isAfterOrEqualTo(Instant.parse("2026-10-26T00:00:00Z")));

        var other =
                byUid(parse(request("GET", issue(FeedSubject.LEARNER, stJohns)).body()));
        var nl = ZoneId.of("America/St_Johns");
        // Newfoundland changed its clocks on 14 March, the UK on 28 March: 14:30, 15:30, then 14:30 again
        assertThat(start(other.get(FeedReader.occurrenceUid(occurrences.get(0))))
                        .atZone(nl)
                        .toLocalTime())
                .hasToString("14:30");
        assertThat(start(other.get(FeedReader.occurrenceUid(occurrences.get(1))))
                        .atZone(nl)
                        .toLocalTime())
                .hasToString("17:00");
        assertThat(start(other.get(FeedReader.occurrenceUid(occurrences.get(3))))
                        .atZone(nl)
                        .toLocalTime())
                .hasToString("14:30");
        assertThat(prop(other.get(FeedReader.occurrenceUid(occurrences.get(0))), "DESCRIPTION"))
                .contains("You have a place.");
        assertThat(start(other.get(FeedReader.deadlineUid(assessmentId))))
                .as("no extension for this learner")
                .isEqualTo(due(assessmentId));
        assertThat(prop(other.get(FeedReader.deadlineUid(assessmentId)), "DESCRIPTION"))
                .doesNotContain("extended");
    }

    @Test
    void cohortAndFacultyFeedsValidateAndFacultySeeOnlyWhatTheyHostAndLead() throws Exception {
        var cohort =
                byUid(parse(request("GET", issue(FeedSubject.COHORT, cohortId)).body()));
        assertThat(cohort)
                .containsKeys(FeedReader.occurrenceUid(occurrences.get(0)), FeedReader.deadlineUid(assessmentId));
        assertThat(start(cohort.get(FeedReader.deadlineUid(assessmentId))))
                .as("the cohort sees the original deadline")
                .isEqualTo(due(assessmentId));

        var path = as("farid", () -> feeds.issueMine().path());
        var faculty = byUid(parse(request("GET", path).body()));
        assertThat(faculty).containsKey(FeedReader.occurrenceUid(occurrences.get(0)));
        var hosted = jdbc
                .queryForList(
                        "select o.id from session_occurrence o join live_session s on s.id = o.session_id where s.host_id = ?",
                        Long.class,
                        hostId)
                .stream()
                .map(FeedReader::occurrenceUid)
                .collect(Collectors.toSet());
        var led = jdbc
                .queryForList(
                        "select a.id from assessment a join offering_lead l on l.offering_id = a.offering_id where l.staff_user_id = ?",
                        Long.class,
                        hostId)
                .stream()
                .map(FeedReader::deadlineUid)
                .collect(Collectors.toSet());
        assertThat(faculty.keySet())
                .isNotEmpty()
                .allSatisfy(uid -> assertThat(hosted.contains(uid) || led.contains(uid))
                        .as(uid)
                        .isTrue());
        assertThatThrownBy(() -> as("farid", () -> feeds.issue(FeedSubject.COHORT, cohortId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void cachingHeadNoSessionAndNotFound() throws Exception {
        var path = issue(FeedSubject.LEARNER, stJohns);
        var first = request("GET", path);
        assertThat(first.statusCode()).isEqualTo(200);
        var etag = first.headers().firstValue("ETag").orElseThrow();
        var lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("private, max-age=300");
        assertThat(first.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(first.body()).contains("DTSTAMP:");

        var again = request("GET", path);
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(again.body()).as("the same content gives the same bytes").isEqualTo(first.body());

        var notModified = request("GET", path, "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);
        assertThat(request("GET", path, "If-Modified-Since", lastModified).statusCode())
                .isEqualTo(304);
        assertThat(request("GET", path, "If-None-Match", "\"other\"").statusCode())
                .isEqualTo(200);

        var head = request("HEAD", path);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("ETag")).hasValue(etag);
        assertCalendarType(head);
        assertThat(request("HEAD", path, "If-None-Match", etag).statusCode()).isEqualTo(304);

        // a change the feed shows (the learner books the last week) changes the ETag and Last-Modified
        as("admin", () -> rosters.book(occurrences.get(3), stJohns));
        var changed = request("GET", path, "If-None-Match", etag, "If-Modified-Since", lastModified);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isNotEqualTo(Optional.of(etag));
        assertThat(request("GET", path, "If-Modified-Since", lastModified).statusCode())
                .as("Last-Modified moved on")
                .isEqualTo(200);

        // reads are recorded (when and by which client), not audited
        var link = as("admin", () -> feeds.link(FeedSubject.LEARNER, stJohns));
        assertThat(link.lastUserAgent()).isEqualTo("Feed-Test/1.0");
        assertThat(link.lastFetchedAt()).isNotNull();

        // rotation ends the old address at once; revocation ends the new one; unknown tokens: 404
        var rotated = issue(FeedSubject.LEARNER, stJohns);
        assertThat(request("GET", path).statusCode()).isEqualTo(404);
        assertThat(request("GET", rotated).statusCode()).isEqualTo(200);
        as("admin", () -> feeds.revoke(FeedSubject.LEARNER, stJohns));
        assertThat(request("GET", rotated).statusCode()).isEqualTo(404);
        assertThat(request("HEAD", rotated).statusCode()).isEqualTo(404);
        var unknown = request("GET", "/ical/" + FeedTokens.newToken() + ".ics");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(request("GET", rotated.replace(".ics", "")).statusCode()).isEqualTo(404);

        // every issue, rotation and revocation is in the audit trail, the hash only as "changed"
        var feedId = jdbc.queryForObject(
                "select id from calendar_feed where subject_type = 'LEARNER' and subject_id = ?", Long.class, stJohns);
        var entries =
                as("admin", () -> audit.search(AuditFilter.forEntity("CalendarFeed", String.valueOf(feedId)), 0, 50));
        assertThat(entries).extracting(e -> e.action()).contains("CREATE", "UPDATE");
        assertThat(entries)
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo("admin"));
        var hash = FeedTokens.hash(rotated.substring("/ical/".length(), rotated.length() - 4));
        assertThat(entries)
                .allSatisfy(e -> assertThat(String.valueOf(e.details())).doesNotContain(hash));
    }
}
