package com.cohortdesk.dashboard;

import com.cohortdesk.assessment.ClashWindows;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.shared.ProgrammeTime;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The landing pages' figures: "Needs attention", the programme's charts and faculty's week. Read-only. The administrator's
 * figures are kept as {@link Snapshots} (at most {@code cohortdesk.dashboard.max-age} old, recomputed in the background
 * while someone reads them), so opening the dashboard reads them instead of running the aggregate queries; each says
 * when it was computed, and "Refresh" computes them now.
 */
@Service
public class DashboardService {

    private static final String PROGRAMME = "programme";
    static final Duration SESSION_HORIZON = Duration.ofDays(7);
    static final Duration CLASH_HORIZON = Duration.ofDays(42);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final AttentionQueries attention;
    private final ChartQueries charts;
    private final MyWeekQueries myWeek;
    private final CurrentUser currentUser;
    private final ObjectProvider<NeedsAttentionSource> sources;
    private final Clock clock;
    private final AttendanceThreshold threshold;
    private final int clashThreshold;
    private final Snapshots<String, AttentionReport> reports;
    private final Snapshots<Optional<Long>, ProgrammeCharts> programmeCharts;

    DashboardService(
            AttentionQueries attention,
            ChartQueries charts,
            MyWeekQueries myWeek,
            CurrentUser currentUser,
            ObjectProvider<NeedsAttentionSource> sources,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${cohortdesk.dashboard.attendance.percent:50}") int attendancePercent,
            @Value("${cohortdesk.dashboard.attendance.sessions:4}") int attendanceSessions,
            @Value("${cohortdesk.assessments.clash-threshold:3}") int clashThreshold,
            @Value("${cohortdesk.dashboard.max-age:2m}") Duration maxAge,
            @Value("${cohortdesk.dashboard.keep-while-read:15m}") Duration keepWhileRead) {
        this.attention = attention;
        this.charts = charts;
        this.myWeek = myWeek;
        this.currentUser = currentUser;
        this.sources = sources;
        this.clock = clock;
        this.threshold = new AttendanceThreshold(attendancePercent, attendanceSessions);
        this.clashThreshold = clashThreshold;
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.reports = new Snapshots<>(
                key -> readOnly.execute(status -> computeNeedsAttention()), maxAge, keepWhileRead, System::nanoTime);
        this.programmeCharts = new Snapshots<>(
                key -> readOnly.execute(status -> computeCharts(key.orElse(null))),
                maxAge,
                keepWhileRead,
                System::nanoTime);
    }

    /** The attendance rule "Needs attention" applies. */
    @Secured(Role.ADMIN_AUTHORITY)
    public AttendanceThreshold attendanceThreshold() {
        return threshold;
    }

    /**
     * Every line of "Needs attention" with a count above zero, the built-in kinds first, then the contributed sources:
     * the kept figures when young enough, else computed now.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    public AttentionReport needsAttention() {
        return reports.get(PROGRAMME);
    }

    /** "Needs attention" computed now (and kept for the next readers). */
    @Secured(Role.ADMIN_AUTHORITY)
    public AttentionReport refreshNeedsAttention() {
        return reports.recompute(PROGRAMME);
    }

    /** Recomputes the figures read recently (the background refresh); returns how many sets were recomputed. */
    int refreshRecent() {
        return reports.refreshRecent() + programmeCharts.refreshRecent();
    }

    private AttentionReport computeNeedsAttention() {
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, ProgrammeTime.ZONE);
        var items = new ArrayList<AttentionItem>();
        var sessions = attention.sessions(now, now.plus(SESSION_HORIZON));
        for (var kind : List.of(
                AttentionKind.SESSION_FULL,
                AttentionKind.SESSION_NO_HOST,
                AttentionKind.SESSION_NO_LINK,
                AttentionKind.SESSION_DOUBLE_BOOKED)) {
            long count = sessions.stream().filter(sessionTest(kind)).count();
            if (count > 0) items.add(new AttentionItem(kind.key(), kind.title(), count, kind.href()));
        }
        long clashes = clashes(now, null).size();
        if (clashes > 0)
            items.add(new AttentionItem(
                    AttentionKind.DEADLINE_CLASH.key(),
                    AttentionKind.DEADLINE_CLASH.title(),
                    clashes,
                    AttentionKind.DEADLINE_CLASH.href()));
        // Attendance: one line per cohort.
        attention
                .count(AttentionKind.LOW_ATTENDANCE, now, today, threshold)
                .forEach((cohortId, entry) -> items.add(new AttentionItem(
                        AttentionKind.LOW_ATTENDANCE.key(),
                        entry.getKey() + ": learners whose attendance fell below " + threshold.describe()
                                + " they were expected at",
                        entry.getValue(),
                        AttentionKind.LOW_ATTENDANCE.href(cohortId))));
        for (var kind : List.of(
                AttentionKind.LEARNER_NO_PLACE,
                AttentionKind.OFFERING_NO_LEARNERS,
                AttentionKind.TERM_NO_OFFERINGS,
                AttentionKind.WEIGHTS_NOT_100)) {
            long count = attention.count(kind, now, today, threshold).values().stream()
                    .mapToLong(e -> e.getValue())
                    .sum();
            if (count > 0) items.add(new AttentionItem(kind.key(), kind.title(), count, kind.href()));
        }
        sources.orderedStream()
                .forEach(source -> source.attentionItems(now).stream()
                        .filter(i -> i.count() > 0)
                        .forEach(items::add));
        return new AttentionReport(List.copyOf(items), now);
    }

    /** Exactly the things one line of "Needs attention" counts, optionally of one cohort (the list page). */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<AttentionRow> attentionRows(AttentionKind kind, @Nullable Long cohortId) {
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, ProgrammeTime.ZONE);
        return switch (kind) {
            case SESSION_FULL, SESSION_NO_HOST, SESSION_NO_LINK, SESSION_DOUBLE_BOOKED ->
                attention.sessions(now, now.plus(SESSION_HORIZON)).stream()
                        .filter(sessionTest(kind))
                        .filter(s -> cohortId == null || s.cohortId() == cohortId)
                        .map(s -> new AttentionRow(
                                s.cohort(),
                                s.title() + ", " + WHEN.format(s.start().atZone(ProgrammeTime.ZONE)) + " UK",
                                sessionDetail(kind, s),
                                "sessions/" + s.occurrenceId()))
                        .toList();
            case DEADLINE_CLASH -> clashes(now, cohortId);
            default ->
                attention.rows(kind, now, today, threshold, cohortId).stream()
                        .map(r -> new AttentionRow(r.cohort(), r.subject(), r.detail(), href(kind, r)))
                        .toList();
        };
    }

    private static String href(AttentionKind kind, AttentionQueries.KindRow row) {
        return switch (kind) {
            case LOW_ATTENDANCE, LEARNER_NO_PLACE -> "learners/" + row.refId();
            case OFFERING_NO_LEARNERS -> "offerings/" + row.refId();
            case TERM_NO_OFFERINGS -> "offerings?cohort=" + row.cohortId() + "&term=" + row.term();
            case WEIGHTS_NOT_100, DEADLINE_CLASH -> "deadlines?cohort=" + row.cohortId() + "&term=" + row.term();
            case SESSION_FULL, SESSION_NO_HOST, SESSION_NO_LINK, SESSION_DOUBLE_BOOKED -> "sessions/" + row.refId();
        };
    }

    private static Predicate<AttentionQueries.SessionCheck> sessionTest(AttentionKind kind) {
        return switch (kind) {
            case SESSION_FULL -> AttentionQueries.SessionCheck::full;
            case SESSION_NO_HOST -> s -> !s.hostEnabled();
            case SESSION_NO_LINK -> AttentionQueries.SessionCheck::noLink;
            case SESSION_DOUBLE_BOOKED -> s -> s.clashTitle() != null;
            default -> s -> false;
        };
    }

    private static String sessionDetail(AttentionKind kind, AttentionQueries.SessionCheck s) {
        return switch (kind) {
            case SESSION_FULL -> s.booked() + " of " + s.capacity() + " booked, " + s.waiting() + " waiting";
            case SESSION_NO_HOST -> "host " + s.host() + " (account disabled or without a role)";
            case SESSION_NO_LINK -> "hosted by " + s.host() + ", no meeting link";
            default -> s.host() + " also hosts " + s.clashTitle() + " at the same time";
        };
    }

    /** The five programme charts, for every cohort or one: one aggregate query each (kept as "Needs attention" is). */
    @Secured(Role.ADMIN_AUTHORITY)
    public ProgrammeCharts charts(@Nullable Long cohortId) {
        return programmeCharts.get(Optional.ofNullable(cohortId));
    }

    /** The charts computed now (and kept for the next readers). */
    @Secured(Role.ADMIN_AUTHORITY)
    public ProgrammeCharts refreshCharts(@Nullable Long cohortId) {
        return programmeCharts.recompute(Optional.ofNullable(cohortId));
    }

    private ProgrammeCharts computeCharts(@Nullable Long cohortId) {
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, ProgrammeTime.ZONE);
        return new ProgrammeCharts(
                List.of(
                        Charts.learnersByStatus(charts.learnersByStatus(cohortId)),
                        Charts.attendanceByModuleAndWeek(
                                charts.currentTermAttendance(cohortId, today, now), cohortId != null),
                        Charts.deadlinesPerWeek(charts.currentTermDeadlines(cohortId, today)),
                        Charts.learnersByOffset(charts.activeLearnersByZone(cohortId), now),
                        Charts.placesPerModule(charts.placesPerModule(cohortId))),
                now);
    }

    /**
     * The signed-in member of staff's week: the sessions they host from the start of today (UK) for 7 days, today's
     * first; the deadlines of the offerings they lead in the next 14 days with their extensions; and the attendance of
     * those offerings' sessions over the last 6 weeks (this one included).
     */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public MyWeek myWeek() {
        long me = currentUser.require().getStaffId();
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, ProgrammeTime.ZONE);
        var dayStart = today.atStartOfDay(ProgrammeTime.ZONE).toInstant();
        var sessions = myWeek.hostedSessions(me, dayStart, dayStart.plus(SESSION_HORIZON)).stream()
                .map(r -> new MyWeek.HostedSession(
                        r.occurrenceId(),
                        r.title(),
                        r.forWhom(),
                        r.start(),
                        r.start().plus(Duration.ofMinutes(r.minutes())),
                        LocalDate.ofInstant(r.start(), ProgrammeTime.ZONE).equals(today),
                        r.capacity(),
                        r.expected(),
                        r.booked(),
                        r.waiting()))
                .toList();
        var deadlines = myWeek.ledDeadlines(me, now, now.plus(Duration.ofDays(14)));
        var thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var mondays = IntStream.rangeClosed(0, 5)
                .mapToObj(i -> thisMonday.minusWeeks(5 - i))
                .toList();
        var attendance = Charts.attendanceByWeek(
                charts.ledAttendance(
                        me, mondays.getFirst().atStartOfDay(ProgrammeTime.ZONE).toInstant(), now),
                mondays);
        return new MyWeek(sessions, deadlines, attendance, now);
    }

    /** Clashes of the next 6 weeks: cohort, the week (Monday, UK) of the first deadline, and the deadlines. */
    private List<AttentionRow> clashes(Instant now, @Nullable Long cohortId) {
        // A window reaching into the horizon may start up to 7 days before now.
        var rows = attention.deadlines(now.minus(ClashWindows.WINDOW), now.plus(CLASH_HORIZON)).stream()
                .filter(d -> cohortId == null || d.cohortId() == cohortId)
                .toList();
        var byId = rows.stream().collect(Collectors.toMap(AttentionQueries.DeadlineRow::assessmentId, d -> d));
        var byCohort = rows.stream()
                .collect(Collectors.groupingBy(
                        AttentionQueries.DeadlineRow::cohortId,
                        LinkedHashMap::new,
                        Collectors.mapping(
                                d -> new ClashWindows.Dated(d.assessmentId(), d.due(), d.module() + " " + d.title()),
                                Collectors.toList())));
        var result = new ArrayList<AttentionRow>();
        byCohort.forEach((id, dated) -> {
            for (var group : ClashGroups.of(dated, clashThreshold, now)) {
                var first = byId.get(group.getFirst().id());
                var monday = LocalDate.ofInstant(first.due(), ProgrammeTime.ZONE)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                result.add(new AttentionRow(
                        first.cohort(),
                        group.size() + " deadlines in the week of " + DAY.format(monday),
                        group.stream()
                                .map(d -> d.label() + " (" + WHEN.format(d.due().atZone(ProgrammeTime.ZONE)) + ")")
                                .collect(Collectors.joining(", ")),
                        "deadlines?cohort=" + first.cohortId() + "&term=" + first.term()));
            }
        });
        return result;
    }
}
