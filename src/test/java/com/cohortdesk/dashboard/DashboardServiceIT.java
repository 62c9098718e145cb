package com.cohortdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.IntegrationTest;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** "Needs attention" on the demo data (today is 25 Nov 2026 in the tests), rolled back after each test. */
@IntegrationTest
@Transactional
class DashboardServiceIT {

    private static final Pattern COHORT = Pattern.compile("cohort=(\\d+)");

    @Autowired
    DashboardService dashboard;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    void signIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long count(AttentionReport report, AttentionKind kind) {
        return report.items().stream()
                .filter(i -> i.kind().equals(kind.key()))
                .mapToLong(AttentionItem::count)
                .sum();
    }

    @Test
    void theDemoDataNeedsAttentionForEachKindOfSessionDeadlineAttendancePlaceAndWeight() {
        signIn("admin");
        var report = dashboard.needsAttention();
        assertThat(count(report, AttentionKind.SESSION_FULL)).isEqualTo(2);
        assertThat(count(report, AttentionKind.SESSION_NO_HOST)).isEqualTo(1);
        assertThat(count(report, AttentionKind.SESSION_NO_LINK)).isEqualTo(1);
        assertThat(count(report, AttentionKind.SESSION_DOUBLE_BOOKED))
                .as("both sessions of the double-booked host")
                .isEqualTo(2);
        assertThat(count(report, AttentionKind.DEADLINE_CLASH)).isEqualTo(1);
        assertThat(count(report, AttentionKind.LOW_ATTENDANCE)).isPositive();
        assertThat(count(report, AttentionKind.LEARNER_NO_PLACE)).isEqualTo(1);
        assertThat(count(report, AttentionKind.WEIGHTS_NOT_100)).isEqualTo(1);
        assertThat(report.computedAt()).isEqualTo("2026-11-25T12:00:00Z");
        long failedBefore = jdbc.queryForObject("select count(*) from notice where status = 'FAILED'", Long.class);
        assertThat(report.items().stream()
                        .filter(i -> i.kind().equals("notice-failed"))
                        .mapToLong(AttentionItem::count)
                        .sum())
                .isEqualTo(failedBefore);
        // one that failed after every try joins the list through the notices' NeedsAttentionSource
        long noticeId = jdbc.queryForObject("select min(id) from notice where status = 'PENDING'", Long.class);
        jdbc.update("update notice set status = 'FAILED' where id = ?", noticeId);
        try {
            assertThat(dashboard.needsAttention().items())
                    .filteredOn(i -> i.kind().equals("notice-failed"))
                    .singleElement()
                    .satisfies(i -> {
                        assertThat(i.count()).isEqualTo(failedBefore + 1);
                        assertThat(i.href()).isEqualTo("outbox?status=failed");
                    });
        } finally {
            jdbc.update("update notice set status = 'PENDING' where id = ?", noticeId);
        }

        assertThat(dashboard.attentionRows(AttentionKind.SESSION_FULL, null))
                .allSatisfy(r -> assertThat(r.detail()).contains("2 waiting"));
        assertThat(dashboard.attentionRows(AttentionKind.SESSION_DOUBLE_BOOKED, null))
                .extracting(AttentionRow::detail)
                .allSatisfy(d -> assertThat(d).startsWith("Dr Ada Okonkwo also hosts"));
        assertThat(dashboard.attentionRows(AttentionKind.DEADLINE_CLASH, null))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.cohort()).isEqualTo("Fall 2026");
                    assertThat(r.subject()).isEqualTo("3 deadlines in the week of 23 Nov 2026");
                    assertThat(r.detail())
                            .contains(
                                    "MLDS101 Statistics coursework",
                                    "MLDS102 Optimisation problem set",
                                    "MLDS100 Case study peer review");
                    assertThat(r.href()).matches("deadlines\\?cohort=\\d+&term=1");
                });
        assertThat(dashboard.attentionRows(AttentionKind.WEIGHTS_NOT_100, null))
                .singleElement()
                .satisfies(r -> assertThat(r.subject() + " " + r.detail())
                        .startsWith("MLDS204")
                        .contains("90"));
    }

    @Test
    void everyLineLinksToAListOfExactlyWhatItCounts() {
        signIn("admin");
        var report = dashboard.needsAttention();
        assertThat(report.items()).hasSizeGreaterThanOrEqualTo(8);
        for (var item : report.items()) {
            // lines of other features' NeedsAttentionSource beans link to those features' pages (their own tests)
            if (AttentionKind.ofKey(item.kind()).isEmpty()) continue;
            var kind = AttentionKind.ofKey(item.kind()).orElseThrow();
            var matcher = COHORT.matcher(item.href());
            Long cohort = matcher.find() ? Long.valueOf(matcher.group(1)) : null;
            assertThat(item.href()).startsWith("attention?kind=" + kind.key());
            assertThat(dashboard.attentionRows(kind, cohort)).as(item.text()).hasSize((int) item.count());
        }
    }

    @Test
    void lowAttendanceCountsTheLastFourSessionsExpectedAtPerCohort() {
        signIn("admin");
        var rows = dashboard.attentionRows(AttentionKind.LOW_ATTENDANCE, null);
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            var parts = r.detail().split(" ");
            long attended = Long.parseLong(parts[0]), counted = Long.parseLong(parts[2]);
            assertThat(counted).isBetween(1L, 4L);
            assertThat(attended * 100).isLessThan(50 * counted);
        });
        // A learner absent from every session they were marked at joins the list, in their cohort's line.
        long learner = jdbc.queryForObject(
                "select min(a.learner_id) from session_attendance a join learner l on l.id = a.learner_id "
                        + "where l.status = 'ACTIVE' and a.mark = 'PRESENT'",
                Long.class);
        jdbc.update("update session_attendance set mark = 'ABSENT' where learner_id = ?", learner);
        assertThat(dashboard.attentionRows(AttentionKind.LOW_ATTENDANCE, null))
                .extracting(AttentionRow::href)
                .contains("learners/" + learner);
        // Excused sessions do not count: excusing every one takes them off it again.
        jdbc.update("update session_attendance set mark = 'EXCUSED' where learner_id = ?", learner);
        assertThat(dashboard.attentionRows(AttentionKind.LOW_ATTENDANCE, null))
                .extracting(AttentionRow::href)
                .doesNotContain("learners/" + learner);
    }

    @Test
    void anEmptyOfferingAndATermWithoutOfferingsAreListed() {
        signIn("admin");
        var before = dashboard.needsAttention();
        assertThat(count(before, AttentionKind.OFFERING_NO_LEARNERS)).isZero();
        assertThat(count(before, AttentionKind.TERM_NO_OFFERINGS)).isZero();
        long fall2026 = jdbc.queryForObject("select id from cohort where name = 'Fall 2026'", Long.class);
        long module = jdbc.queryForObject("select id from programme_module where code = 'MLDS301'", Long.class);
        jdbc.update(
                "insert into offering (cohort_id, module_id, term_no, part_no, ects, parts) values (?, ?, 1, 1, 5, 1)",
                fall2026,
                module);
        jdbc.update("insert into cohort (name, intake_year, status) values ('Winter pilot', 2031, 'PLANNED')");
        long pilot = jdbc.queryForObject("select id from cohort where name = 'Winter pilot'", Long.class);
        var start = LocalDate.parse("2026-12-14");
        for (int term = 1; term <= 6; term++) {
            jdbc.update(
                    "insert into cohort_term (cohort_id, term_no, starts_on, ends_on) values (?, ?, ?, ?)",
                    pilot,
                    term,
                    start.plusWeeks(20L * (term - 1)),
                    start.plusWeeks(20L * (term - 1) + 16));
        }
        var after = dashboard.needsAttention();
        assertThat(count(after, AttentionKind.OFFERING_NO_LEARNERS)).isEqualTo(1);
        assertThat(count(after, AttentionKind.TERM_NO_OFFERINGS)).isEqualTo(1);
        assertThat(dashboard.attentionRows(AttentionKind.OFFERING_NO_LEARNERS, fall2026))
                .singleElement()
                .satisfies(r -> assertThat(r.subject()).startsWith("MLDS301"));
        assertThat(dashboard.attentionRows(AttentionKind.TERM_NO_OFFERINGS, null))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.cohort()).isEqualTo("Winter pilot");
                    assertThat(r.detail()).isEqualTo("starts on 2026-12-14, no offerings set up");
                    assertThat(r.href()).isEqualTo("offerings?cohort=" + pilot + "&term=1");
                });
        // The empty offering also leaves every Fall 2026 learner without a place in one of the term's offerings.
        assertThat(count(after, AttentionKind.LEARNER_NO_PLACE)).isGreaterThan(100);
    }

    @Test
    void facultyCannotReadNeedsAttention() {
        signIn("ada");
        assertThatThrownBy(() -> dashboard.needsAttention()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboard.attentionRows(AttentionKind.SESSION_FULL, null))
                .isInstanceOf(AccessDeniedException.class);
    }
}
