package com.cohortdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.IntegrationTest;
import com.cohortdesk.learner.ImportProgress;
import com.cohortdesk.learner.LearnerImportService;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.learner.LearnerStatus;
import com.cohortdesk.learner.NewLearner;
import com.cohortdesk.learner.StatusAction;
import com.cohortdesk.session.AttendanceMark;
import com.cohortdesk.session.SessionRosterService;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures kept by the writing transactions (V64): each equals a recomputation from the raw tables,
 * and each write path moves it. Rolled back after each test.
 */
@IntegrationTest
@Transactional
class DashboardCountersIT {

    /** learner_status_count as the learner table counts it (cohort, status, learners), rows of zero left out. */
    private static final String STATUS_COUNTS =
            "select cohort_id || ':' || status || '=' || learners from learner_status_count "
                    + "where learners <> 0 order by 1";

    private static final String STATUS_RAW = "select cohort_id || ':' || status || '=' || count(*) from learner "
            + "group by cohort_id, status order by 1";
    private static final String MARK_COUNTS =
            "select occurrence_id || ':' || present || '/' || late || '/' || excused || '/' || absent "
                    + "from occurrence_mark_count where present + late + excused + absent > 0 order by occurrence_id";
    private static final String MARK_RAW = """
            select occurrence_id || ':' || sum(case when mark = 'PRESENT' then 1 else 0 end) || '/' || sum(case when mark = 'LATE' then 1 else 0 end)
                   || '/' || sum(case when mark = 'EXCUSED' then 1 else 0 end) || '/' || sum(case when mark = 'ABSENT' then 1 else 0 end)
            from session_attendance group by occurrence_id order by occurrence_id""";
    private static final String RECENT = "select learner_id || ':' || window_size || ':' || attended || '/' || counted "
            + "from learner_recent_attendance order by learner_id";
    /** The definition the dashboard used to compute on every view: the last 4 non-excused marks, latest start first. */
    private static final String RECENT_RAW = """
            select r.learner_id || ':4:' || sum(case when r.mark in ('PRESENT', 'LATE') then 1 else 0 end) || '/' || count(*)
            from (select a.learner_id, a.mark, row_number() over (partition by a.learner_id order by o.starts_at desc, o.id desc) as rn
                  from session_attendance a join session_occurrence o on o.id = a.occurrence_id where a.mark <> 'EXCUSED') r
            where r.rn <= 4 group by r.learner_id order by r.learner_id""";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    LearnerService learners;

    @Autowired
    LearnerImportService imports;

    @Autowired
    SessionRosterService sessions;

    @Autowired
    DashboardService dashboard;

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

    private List<String> rows(String sql) {
        return jdbc.queryForList(sql, String.class);
    }

    private long statusCount(long cohortId, LearnerStatus status) {
        return jdbc
                .queryForList(
                        "select learners from learner_status_count where cohort_id = ? and status = ?",
                        Long.class,
                        cohortId,
                        status.name())
                .stream()
                .findFirst()
                .orElse(0L);
    }

    @Test
    void theKeptFiguresEqualARecomputationFromTheRawTables() {
        assertThat(rows(STATUS_COUNTS)).isNotEmpty().isEqualTo(rows(STATUS_RAW));
        assertThat(rows(MARK_COUNTS)).isNotEmpty().isEqualTo(rows(MARK_RAW));
        assertThat(rows(RECENT)).isNotEmpty().isEqualTo(rows(RECENT_RAW));
        // and the chart shows them: learners per cohort by status add up to every learner
        signIn("admin");
        var total = jdbc.queryForObject("select count(*) from learner", Long.class);
        var chart = dashboard.charts(null).charts().getFirst();
        assertThat(chart.series().stream()
                        .flatMap(series -> series.values().stream())
                        .mapToDouble(v -> v == null ? 0 : v)
                        .sum())
                .isEqualTo(total.doubleValue());
    }

    @Test
    void markingAttendanceRecountsTheOccurrenceAndTheLearnerInItsTransaction() {
        long occurrenceId = jdbc.queryForObject("""
                select o.id from session_occurrence o join live_session s on s.id = o.session_id join staff_user u on u.id = s.host_id
                where u.username = 'ada' and s.session_type = 'OFFICE_HOUR' and o.starts_at = ?""", Long.class, OffsetDateTime.parse("2026-11-24T18:00Z"));
        signIn("ada");
        var line = sessions.roster(occurrenceId).stream()
                .filter(l -> l.mark() == null)
                .findFirst()
                .orElseThrow();
        long learnerId = line.learnerId();
        var before = marks(occurrenceId);

        sessions.markAttendance(occurrenceId, learnerId, -1, AttendanceMark.ABSENT, null);
        assertThat(marks(occurrenceId)).isEqualTo(new int[] {before[0], before[1], before[2], before[3] + 1});
        assertThat(recent(learnerId))
                .isEqualTo(recentRaw(learnerId))
                .endsWith("/" + Math.min(4, markedNotExcused(learnerId)));

        var marked = sessions.roster(occurrenceId).stream()
                .filter(l -> l.learnerId() == learnerId)
                .findFirst()
                .orElseThrow();
        sessions.markAttendance(occurrenceId, learnerId, marked.attendanceVersion(), AttendanceMark.PRESENT, null);
        assertThat(marks(occurrenceId)).isEqualTo(new int[] {before[0] + 1, before[1], before[2], before[3]});
        assertThat(recent(learnerId)).isEqualTo(recentRaw(learnerId));

        assertThat(rows(MARK_COUNTS)).isEqualTo(rows(MARK_RAW));
        assertThat(rows(RECENT)).isEqualTo(rows(RECENT_RAW));
    }

    @Test
    void aLearnerAbsentFromTheirLastSessionsJoinsTheLowAttendanceCountWhenMarked() {
        signIn("admin");
        // a learner with no low attendance whose last marks are turned to absent through the service
        long learnerId = jdbc.queryForObject("""
                select min(r.learner_id) from learner_recent_attendance r join learner l on l.id = r.learner_id
                where l.status = 'ACTIVE' and r.attended = r.counted and r.counted = 4""", Long.class);
        long cohortId = jdbc.queryForObject("select cohort_id from learner where id = ?", Long.class, learnerId);
        long before = lowAttendance(cohortId);
        var marks = jdbc.queryForList("""
                select a.occurrence_id from session_attendance a join session_occurrence o on o.id = a.occurrence_id
                where a.learner_id = ? and a.mark <> 'EXCUSED' order by o.starts_at desc, o.id desc""", Long.class, learnerId);
        for (long occurrenceId : marks.subList(0, 3)) {
            var line = sessions.roster(occurrenceId).stream()
                    .filter(l -> l.learnerId() == learnerId)
                    .findFirst()
                    .orElseThrow();
            sessions.markAttendance(occurrenceId, learnerId, line.attendanceVersion(), AttendanceMark.ABSENT, null);
        }
        assertThat(recent(learnerId)).isEqualTo(learnerId + ":4:1/4");
        assertThat(lowAttendance(cohortId)).isEqualTo(before + 1);
        assertThat(dashboard.attentionRows(AttentionKind.LOW_ATTENDANCE, cohortId))
                .hasSize((int) lowAttendance(cohortId))
                .extracting(AttentionRow::href)
                .contains("learners/" + learnerId);
    }

    @Test
    void addingLearnersImportingThemAndChangingAStatusMoveTheStatusCounts() {
        signIn("admin");
        long cohortId = jdbc.queryForObject("select id from cohort where name = 'Fall 2025'", Long.class);
        long laterCohort = jdbc.queryForObject("select id from cohort where name = 'Fall 2026'", Long.class);
        long active = statusCount(cohortId, LearnerStatus.ACTIVE);

        learners.addAll(List.of(
                new NewLearner(
                        cohortId,
                        "Counter One",
                        "counter.one@example.org",
                        "GB",
                        ZoneId.of("Europe/London"),
                        LearnerStatus.ACTIVE),
                new NewLearner(
                        cohortId,
                        "Counter Two",
                        "counter.two@example.org",
                        "DE",
                        ZoneId.of("Europe/Berlin"),
                        LearnerStatus.INTERRUPTED)));
        assertThat(statusCount(cohortId, LearnerStatus.ACTIVE)).isEqualTo(active + 1);

        var file = "name,email,country,time zone\nImported One,imported.one@import-test.example,GB,Europe/London\n"
                + "Imported Two,imported.two@import-test.example,IE,Europe/Dublin\n";
        imports.importLearners(cohortId, file.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
        assertThat(statusCount(cohortId, LearnerStatus.ACTIVE)).isEqualTo(active + 3);

        long learnerId = jdbc.queryForObject(
                "select id from learner where email = 'imported.one@import-test.example'", Long.class);
        var details = learners.get(learnerId);
        long laterInterrupted = statusCount(laterCohort, LearnerStatus.INTERRUPTED);
        long interrupted = statusCount(cohortId, LearnerStatus.INTERRUPTED);
        learners.changeStatus(learnerId, details.version(), StatusAction.INTERRUPT, "Deferring a year", laterCohort);
        assertThat(statusCount(cohortId, LearnerStatus.ACTIVE)).isEqualTo(active + 2);
        assertThat(statusCount(cohortId, LearnerStatus.INTERRUPTED)).isEqualTo(interrupted);
        assertThat(statusCount(laterCohort, LearnerStatus.INTERRUPTED)).isEqualTo(laterInterrupted + 1);

        assertThat(rows(STATUS_COUNTS)).isEqualTo(rows(STATUS_RAW));
    }

    @Test
    void recountingRebuildsTheFiguresAfterRowsWrittenAroundTheServices() {
        signIn("admin");
        jdbc.update(
                "update session_attendance set mark = 'ABSENT' where mark = 'PRESENT' and learner_id = (select min(learner_id) "
                        + "from session_attendance where mark = 'PRESENT')");
        jdbc.update(
                "update learner set status = 'WITHDRAWN' where id = (select min(id) from learner where status = 'ACTIVE')");
        assertThat(rows(MARK_COUNTS)).isNotEqualTo(rows(MARK_RAW));
        assertThat(rows(STATUS_COUNTS)).isNotEqualTo(rows(STATUS_RAW));

        sessions.recountAttendance();
        learners.recountStatuses();
        assertThat(rows(MARK_COUNTS)).isEqualTo(rows(MARK_RAW));
        assertThat(rows(RECENT)).isEqualTo(rows(RECENT_RAW));
        assertThat(rows(STATUS_COUNTS)).isEqualTo(rows(STATUS_RAW));
    }

    private long lowAttendance(long cohortId) {
        return dashboard.needsAttention().items().stream()
                .filter(i -> i.kind().equals(AttentionKind.LOW_ATTENDANCE.key()))
                .filter(i -> i.href().endsWith("cohort=" + cohortId))
                .mapToLong(AttentionItem::count)
                .sum();
    }

    private int[] marks(long occurrenceId) {
        var found = jdbc.query(
                "select present, late, excused, absent from occurrence_mark_count where occurrence_id = ?",
                (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)},
                occurrenceId);
        return found.isEmpty() ? new int[4] : found.getFirst();
    }

    private String recent(long learnerId) {
        return jdbc
                .queryForList(
                        "select learner_id || ':' || window_size || ':' || attended || '/' || counted from learner_recent_attendance "
                                + "where learner_id = ?",
                        String.class,
                        learnerId)
                .stream()
                .findFirst()
                .orElse("none");
    }

    private String recentRaw(long learnerId) {
        return rows(RECENT_RAW).stream()
                .filter(r -> r.startsWith(learnerId + ":"))
                .findFirst()
                .orElse("none");
    }

    private long markedNotExcused(long learnerId) {
        return jdbc.queryForObject(
                "select count(*) from session_attendance where learner_id = ? and mark <> 'EXCUSED'",
                Long.class,
                learnerId);
    }
}
