package com.cohortdesk.demo;

import com.cohortdesk.enrollment.EnrollmentStatus;
import com.cohortdesk.enrollment.OfferingRow;
import com.cohortdesk.enrollment.OfferingService;
import com.cohortdesk.programme.ModuleService;
import com.cohortdesk.session.AttendanceMark;
import com.cohortdesk.session.OccurrenceRow;
import com.cohortdesk.session.SessionDraft;
import com.cohortdesk.session.SessionRosterService;
import com.cohortdesk.session.SessionSchedulingService;
import com.cohortdesk.session.SessionType;
import com.cohortdesk.shared.ProgrammeTime;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo live sessions (dev profile only), after {@link DemoDataSeeder}: weekly office hours (6 places, so
 * the next ones have a waiting list) and webinars for the offerings running now (Fall 2026 term 1, Fall
 * 2025 term 4), with bookings for the coming weeks and attendance for the weeks before this one. Only
 * on a database without sessions.
 */
@Component
@Profile("dev")
@Order(10)
class SessionDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SessionDemoData.class);
    private static final int CAPACITY = 6;

    /** One demo series: the cohort and term of the offering, its module, what, and its weekly UK slot. */
    private record Plan(
            String cohort, int term, String module, SessionType type, DayOfWeek day, LocalTime time, int minutes) {}

    // Ada's office hour first: its first occurrence is occurrence 1, the sample the route matrix opens as ada.
    private static final List<Plan> PLANS = List.of(
            new Plan("Fall 2026", 1, "MLDS101", SessionType.OFFICE_HOUR, DayOfWeek.TUESDAY, LocalTime.of(18, 0), 60),
            new Plan("Fall 2026", 1, "MLDS101", SessionType.WEBINAR, DayOfWeek.MONDAY, LocalTime.of(19, 0), 90),
            new Plan("Fall 2026", 1, "MLDS102", SessionType.OFFICE_HOUR, DayOfWeek.WEDNESDAY, LocalTime.of(18, 0), 60),
            new Plan("Fall 2026", 1, "MLDS100", SessionType.QA, DayOfWeek.THURSDAY, LocalTime.of(18, 30), 60),
            new Plan("Fall 2025", 4, "MLDS203", SessionType.OFFICE_HOUR, DayOfWeek.TUESDAY, LocalTime.of(12, 0), 60),
            new Plan("Fall 2025", 4, "MLDS203", SessionType.WEBINAR, DayOfWeek.MONDAY, LocalTime.of(12, 0), 90),
            new Plan("Fall 2025", 4, "MLDS204", SessionType.OFFICE_HOUR, DayOfWeek.THURSDAY, LocalTime.of(12, 0), 60));

    private final SessionSchedulingService sessions;
    private final SessionRosterService rosters;
    private final OfferingService offerings;
    private final ModuleService modules;
    private final Clock clock;

    SessionDemoData(
            SessionSchedulingService sessions,
            SessionRosterService rosters,
            OfferingService offerings,
            ModuleService modules,
            Clock clock) {
        this.sessions = sessions;
        this.rosters = rosters;
        this.offerings = offerings;
        this.modules = modules;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAdministrator.run(() -> {
            if (sessions.countSessions() == 0) {
                long started = System.nanoTime();
                int created = seed();
                if (created > 0)
                    log.info("Demo sessions: {} series in {} ms", created, (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    private int seed() {
        var all = offerings.offerings(null, null);
        var random = new Random(DemoDataSeeder.SEED);
        int created = 0;
        for (var plan : PLANS) {
            var offering = find(all, plan);
            if (offering == null) continue;
            var leads = modules.facultyIds(plan.module()).stream().sorted().toList();
            if (leads.isEmpty()) continue;
            var dates = offerings.get(offering.id()).dates();
            var first = dates.startsOn()
                    .with(TemporalAdjusters.nextOrSame(plan.day()))
                    .atTime(plan.time());
            var limited = plan.type() == SessionType.OFFICE_HOUR;
            var scheduled = sessions.schedule(
                    new SessionDraft(
                            plan.type(),
                            plan.module() + " " + plan.type().label().toLowerCase(),
                            offering.id(),
                            leads.getFirst(),
                            first,
                            ProgrammeTime.ZONE,
                            Duration.ofMinutes(plan.minutes()),
                            dates.endsOn(),
                            "https://meet.cohortdesk.example/" + plan.module().toLowerCase() + "-"
                                    + plan.type().name().toLowerCase().replace('_', '-'),
                            limited ? CAPACITY : null),
                    null);
            created++;
            fill(scheduled.sessionId(), offering.id(), limited, random);
        }
        return created;
    }

    /** Books the next two weeks of an office hour beyond its places, and marks attendance before this week. */
    private void fill(long sessionId, long offeringId, boolean limited, Random random) {
        var learners = offerings.roster(offeringId, EnrollmentStatus.ENROLLED, null, PageRequest.of(0, 40)).stream()
                .map(r -> r.learnerId())
                .toList();
        if (learners.isEmpty()) return;
        var now = clock.instant();
        var monday = LocalDate.ofInstant(now, ProgrammeTime.ZONE)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(ProgrammeTime.ZONE)
                .toInstant();
        int booked = 0;
        for (OccurrenceRow week : sessions.series(sessionId)) {
            if (week.start().isBefore(monday)) {
                for (int i = 0; i < Math.min(10, learners.size()); i++) {
                    int roll = random.nextInt(20);
                    var mark = roll < 14
                            ? AttendanceMark.PRESENT
                            : roll < 16
                                    ? AttendanceMark.LATE
                                    : roll < 18 ? AttendanceMark.EXCUSED : AttendanceMark.ABSENT;
                    rosters.markAttendance(
                            week.occurrenceId(),
                            learners.get(i),
                            -1,
                            mark,
                            mark == AttendanceMark.EXCUSED ? "Told us in advance" : null);
                }
            } else if (limited && booked < 2 && week.start().isAfter(now.plus(Duration.ofDays(1)))) {
                int offset = booked * 3;
                for (int i = 0; i < Math.min(CAPACITY + 2, learners.size() - offset); i++) {
                    rosters.book(week.occurrenceId(), learners.get(offset + i));
                }
                booked++;
            }
        }
    }

    private static @Nullable OfferingRow find(List<OfferingRow> all, Plan plan) {
        return all.stream()
                .filter(o -> o.cohortName().equals(plan.cohort())
                        && o.term() == plan.term()
                        && o.moduleCode().equals(plan.module()))
                .findFirst()
                .orElse(null);
    }
}
