package com.cohortdesk.learnerpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.IntegrationTest;
import com.cohortdesk.security.LearnerLinkPrincipal;
import com.cohortdesk.session.BookingStatus;
import com.cohortdesk.session.SessionDraft;
import com.cohortdesk.session.SessionRosterService;
import com.cohortdesk.session.SessionSchedulingService;
import com.cohortdesk.session.SessionType;
import com.cohortdesk.shared.ProgrammeTime;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anonymous-with-token caller on the demo data (every test rolls back): what the holder of a learner's
 * link can read and do, only for that learner; issuing and revoking in the audit trail; sending through the
 * mailer seam.
 */
@IntegrationTest
@Transactional
@WithUserDetails("admin")
class LearnerPageServiceIT {

    @Autowired
    LearnerLinkService links;

    @Autowired
    LearnerPageService pages;

    @Autowired
    SessionSchedulingService sessions;

    @Autowired
    SessionRosterService rosters;

    @Autowired
    JdbcTemplate jdbc;

    long offering(int intake, String module) {
        return jdbc.queryForObject("""
                select o.id from offering o join cohort c on c.id = o.cohort_id join programme_module m on m.id = o.module_id
                where c.intake_year = ? and m.code = ?""", Long.class, intake, module);
    }

    List<Long> enrolled(long offeringId) {
        return jdbc.queryForList("""
                select e.learner_id from enrollment e join learner l on l.id = e.learner_id
                where e.offering_id = ? and e.status = 'ENROLLED' and l.status = 'ACTIVE' order by e.learner_id""", Long.class, offeringId);
    }

    long schedule(SessionType type, long offeringId, String host, LocalDateTime ukStart) {
        long hostId = jdbc.queryForObject("select id from staff_user where username = ?", Long.class, host);
        return sessions.schedule(
                        new SessionDraft(
                                type,
                                "IT personal page " + type,
                                offeringId,
                                hostId,
                                ukStart,
                                ProgrammeTime.ZONE,
                                Duration.ofMinutes(30),
                                null,
                                "https://meet.example.org/it",
                                3),
                        "test fixture")
                .firstOccurrenceId();
    }

    /** Presents the token as an anonymous visitor would. */
    LearnerLinkPrincipal open(String token) {
        var previous = SecurityContextHolder.getContext();
        var anonymous = SecurityContextHolder.createEmptyContext();
        anonymous.setAuthentication(new AnonymousAuthenticationToken(
                "it", "anonymousUser", List.of(new SimpleGrantedAuthority(LearnerLinkPrincipal.ANONYMOUS_AUTHORITY))));
        SecurityContextHolder.setContext(anonymous);
        try {
            var opening = pages.open(token, "203.0.113.17");
            assertThat(opening.throttled()).isFalse();
            assertThat(opening.principal()).isNotNull();
            return opening.principal();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Test
    void theHolderOfALinkBooksOnlyTheirOwnLearnersOfficeHours() {
        long mlds101 = offering(2026, "MLDS101");
        var learners = enrolled(mlds101);
        long me = learners.get(0);
        long other = learners.get(1);
        long officeHour = schedule(SessionType.OFFICE_HOUR, mlds101, "ada", LocalDateTime.of(2026, 12, 10, 7, 0));
        long webinar = schedule(SessionType.WEBINAR, mlds101, "ada", LocalDateTime.of(2026, 12, 10, 9, 0));
        long elsewhere = schedule(
                SessionType.OFFICE_HOUR, offering(2025, "MLDS101"), "ada", LocalDateTime.of(2026, 12, 10, 11, 0));
        var link = open(links.issue(me).token());

        // another learner, through the page's service or the session service: refused, nothing written
        assertThatThrownBy(() -> link.callAs(() -> rosters.book(officeHour, other)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> link.callAs(() -> rosters.cancelBooking(officeHour, other)))
                .isInstanceOf(AccessDeniedException.class);
        // a webinar, and an office hour of an offering the learner holds no place in
        assertThatThrownBy(() -> link.callAs(() -> pages.book(webinar))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> link.callAs(() -> pages.book(elsewhere))).isInstanceOf(AccessDeniedException.class);
        // staff-only reads stay closed
        assertThatThrownBy(() -> link.callAs(() -> rosters.roster(officeHour)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from session_booking where occurrence_id in (?, ?, ?)",
                        Long.class,
                        officeHour,
                        webinar,
                        elsewhere))
                .isZero();

        assertThat(link.callAs(() -> pages.book(officeHour))).isEqualTo(BookingStatus.BOOKED);
        var page = link.callAs(pages::page);
        assertThat(page.learnerName())
                .isEqualTo(jdbc.queryForObject("select full_name from learner where id = ?", String.class, me));
        assertThat(page.sessions())
                .filteredOn(s -> s.occurrenceId() == officeHour)
                .singleElement()
                .satisfies(s -> assertThat(s.booking()).isEqualTo(BookingStatus.BOOKED));
        assertThat(page.sessions()).extracting(s -> s.occurrenceId()).doesNotContain(elsewhere);
        // the meeting link is not shown yet (the start is days away)
        assertThat(page.sessions()).allSatisfy(s -> assertThat(s.meetingLink()).isNull());
        assertThat(jdbc.queryForObject(
                        "select booked_by from session_booking where occurrence_id = ? and learner_id = ?",
                        String.class,
                        officeHour,
                        me))
                .isEqualTo("learner " + me + " via personal link");
    }

    @Test
    void issuingRotatingAndRevokingAreAuditedWithoutTheTokenAndAnOldTokenOpensNothing() {
        long learner = enrolled(offering(2026, "MLDS101")).getFirst();
        // other tests sharing the database (the browser test commits) may have audited this learner's link before
        long auditBefore = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        var first = links.issue(learner).token();
        var second = links.issue(learner).token();
        assertThat(second).isNotEqualTo(first).hasSize(43);
        var anonymous = SecurityContextHolder.createEmptyContext();
        anonymous.setAuthentication(new AnonymousAuthenticationToken(
                "it", "anonymousUser", List.of(new SimpleGrantedAuthority(LearnerLinkPrincipal.ANONYMOUS_AUTHORITY))));
        var admin = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(anonymous);
        try {
            assertThat(pages.open(first, "203.0.113.18").principal()).isNull();
            assertThat(pages.open(second, "203.0.113.18").principal()).isNotNull();
        } finally {
            SecurityContextHolder.setContext(admin);
        }
        links.revoke(learner);
        assertThat(links.state(learner).active()).isFalse();
        var details = jdbc.queryForList("""
                select a.details from audit_entry a join learner_link k on cast(k.id as varchar(20)) = a.entity_id
                where a.entity_type = 'LearnerLink' and k.learner_id = ? and a.actor = 'admin' and a.id > ? order by a.id""", String.class, learner, auditBefore);
        assertThat(details).hasSize(3);
        assertThat(String.join("\n", details)).doesNotContain(first, second);
        assertThat(jdbc.queryForObject(
                        "select hashed_token from learner_link where learner_id = ?", String.class, learner))
                .isNull();
    }

    long maxNoticeId() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from notice", Long.class);
    }

    @Test
    void sendingIssuesANewLinkAndQueuesItInTheOutbox() {
        long learner = enrolled(offering(2026, "MLDS101")).getFirst();
        long before = maxNoticeId();
        var delivery = links.send(learner, "https://desk.example.org");
        assertThat(delivery.learnerId()).isEqualTo(learner);
        assertThat(delivery.sent()).isTrue();
        var email = jdbc.queryForObject("select email from learner where id = ?", String.class, learner);
        assertThat(delivery.message()).isEqualTo("Sent by email to " + email + ".");
        assertThat(delivery.url()).matches("https://desk\\.example\\.org/me/[A-Za-z0-9_-]{43}");
        var token = delivery.url().substring(delivery.url().lastIndexOf('/') + 1);
        assertThat(open(token).learnerId()).isEqualTo(learner);
        var queued = jdbc.queryForList("""
                select recipient_email, body_text, status from notice where kind = 'PERSONAL_LINK' and learner_id = ? and id > ?""", learner, before);
        assertThat(queued).hasSize(1);
        assertThat(queued.getFirst().get("recipient_email")).isEqualTo(email);
        assertThat((String) queued.getFirst().get("body_text")).contains(delivery.url());
        assertThat(queued.getFirst().get("status")).isEqualTo("PENDING");

        long cohort = jdbc.queryForObject("select cohort_id from learner where id = ?", Long.class, learner);
        long active = jdbc.queryForObject(
                "select count(*) from learner where cohort_id = ? and status = 'ACTIVE'", Long.class, cohort);
        long beforeCohort = maxNoticeId();
        var deliveries = links.sendToCohort(cohort, "https://desk.example.org");
        assertThat(deliveries).hasSize((int) active).allMatch(PersonalLinkMailer.Delivery::sent);
        for (var d : deliveries) {
            assertThat(jdbc.queryForList("""
                    select body_text from notice where kind = 'PERSONAL_LINK' and learner_id = ? and id > ?""", String.class, d.learnerId(), beforeCohort))
                    .singleElement()
                    .asString()
                    .contains(d.url());
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from notice where kind = 'PERSONAL_LINK' and id > ?",
                        Long.class,
                        beforeCohort))
                .isEqualTo(active);
        long withdrawn = jdbc.queryForObject("select min(id) from learner where status = 'WITHDRAWN'", Long.class);
        assertThatThrownBy(() -> links.send(withdrawn, "https://desk.example.org"))
                .hasMessageContaining("is withdrawn");
    }

    @Test
    void anErasedLearnerOrOneWithoutAValidEmailIsNotSentALink() {
        var learners = enrolled(offering(2026, "MLDS101"));
        long erased = learners.get(0);
        long noEmail = learners.get(1);
        jdbc.update("update learner set erased_at = current_timestamp where id = ?", erased);
        jdbc.update("update learner set email = 'not-an-address' where id = ?", noEmail);
        links.issue(erased);
        var erasedHash =
                jdbc.queryForObject("select hashed_token from learner_link where learner_id = ?", String.class, erased);
        long before = maxNoticeId();

        assertThatThrownBy(() -> links.send(erased, "https://desk.example.org"))
                .hasMessageContaining("personal data was erased");
        assertThatThrownBy(() -> links.send(noEmail, "https://desk.example.org"))
                .hasMessageContaining("has no valid email address");
        assertThat(jdbc.queryForObject(
                        "select hashed_token from learner_link where learner_id = ?", String.class, erased))
                .as("a refused send does not rotate the link")
                .isEqualTo(erasedHash);

        long cohort = jdbc.queryForObject("select cohort_id from learner where id = ?", Long.class, erased);
        long active = jdbc.queryForObject(
                "select count(*) from learner where cohort_id = ? and status = 'ACTIVE'", Long.class, cohort);
        var deliveries = links.sendToCohort(cohort, "https://desk.example.org");
        assertThat(deliveries).hasSize((int) active);
        assertThat(deliveries.stream().filter(d -> !d.sent()).map(PersonalLinkMailer.Delivery::learnerId))
                .containsExactlyInAnyOrder(erased, noEmail);
        assertThat(deliveries.stream().filter(d -> !d.sent())).allMatch(d -> d.url() == null);
        assertThat(jdbc.queryForObject("""
                select count(*) from notice where kind = 'PERSONAL_LINK' and id > ? and learner_id in (?, ?)""", Long.class, before, erased, noEmail))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from notice where kind = 'PERSONAL_LINK' and id > ?", Long.class, before))
                .isEqualTo(active - 2);
    }
}
