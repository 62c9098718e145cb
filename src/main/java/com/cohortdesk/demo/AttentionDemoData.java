package com.cohortdesk.demo;

import com.cohortdesk.assessment.AssessmentDraft;
import com.cohortdesk.assessment.AssessmentService;
import com.cohortdesk.enrollment.EnrollmentService;
import com.cohortdesk.enrollment.EnrollmentStatus;
import com.cohortdesk.enrollment.OfferingRow;
import com.cohortdesk.enrollment.OfferingService;
import com.cohortdesk.security.NewStaffUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.session.SessionDraft;
import com.cohortdesk.session.SessionSchedulingService;
import com.cohortdesk.session.SessionType;
import com.cohortdesk.shared.ProgrammeTime;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the administrator's "Needs attention" should show on the demo data (dev profile only), after the sessions
 * and assessments: a host double-booked next week (saved with an override), a programme-wide session whose host has
 * since left (account disabled), one imported without a meeting link, a learner whose place in one module of the
 * current term was withdrawn, and an offering whose weights no longer add up to 100 %. The full office hours with a
 * waiting list, the week-8 deadline clash and a learner with low attendance come from the other demo data. Only once
 * (the departed host's account marks it done).
 */
@Component
@Profile("dev")
@Order(30)
class AttentionDemoData implements ApplicationRunner {

    static final String DEPARTED_HOST = "grace";

    private static final Logger log = LoggerFactory.getLogger(AttentionDemoData.class);

    private final StaffService staff;
    private final SessionSchedulingService sessions;
    private final OfferingService offerings;
    private final EnrollmentService enrollments;
    private final AssessmentService assessments;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AttentionDemoData(
            StaffService staff,
            SessionSchedulingService sessions,
            OfferingService offerings,
            EnrollmentService enrollments,
            AssessmentService assessments,
            JdbcTemplate jdbc,
            Clock clock) {
        this.staff = staff;
        this.sessions = sessions;
        this.offerings = offerings;
        this.enrollments = enrollments;
        this.assessments = assessments;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAdministrator.run(() -> {
            if (sessions.countSessions() == 0
                    || staff.listStaff().stream().anyMatch(s -> s.username().equals(DEPARTED_HOST))) return;
            var all = offerings.offerings(null, null);
            var ml101 = find(all, "Fall 2026", 1, "MLDS101");
            var ml102 = find(all, "Fall 2026", 1, "MLDS102");
            var ml204 = find(all, "Fall 2025", 4, "MLDS204");
            if (ml101 == null || ml102 == null || ml204 == null) return;
            // All within the next 7 days, as "Needs attention" looks ahead.
            var today = LocalDate.now(clock.withZone(ProgrammeTime.ZONE));
            var ada = staff.listStaff().stream()
                    .filter(s -> s.username().equals("ada"))
                    .findFirst()
                    .orElseThrow();
            var elena = staff.listStaff().stream()
                    .filter(s -> s.username().equals("elena"))
                    .findFirst()
                    .orElseThrow();

            // Ada's Tuesday office hour runs 18:00-19:00: an extra Q&A at 18:30 double-books her.
            sessions.schedule(
                    new SessionDraft(
                            SessionType.QA,
                            "MLDS101 extra Q&A before the coursework",
                            ml101.id(),
                            ada.id(),
                            today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY))
                                    .atTime(18, 30),
                            ProgrammeTime.ZONE,
                            Duration.ofMinutes(60),
                            null,
                            "https://meet.cohortdesk.example/mlds101-extra-qa",
                            null),
                    "Requested by the learners; a teaching assistant may cover the office hour");

            // A programme-wide town hall whose host has left since: the account is disabled.
            var grace = staff.create(new NewStaffUser(
                    DEPARTED_HOST,
                    "Dr Grace Mensah",
                    "grace.mensah@cohortdesk.example",
                    "left-the-programme-in-2026",
                    Set.of(Role.FACULTY)));
            sessions.schedule(
                    new SessionDraft(
                            SessionType.WEBINAR,
                            "Programme town hall",
                            null,
                            grace.id(),
                            today.with(TemporalAdjusters.next(DayOfWeek.THURSDAY))
                                    .atTime(17, 0),
                            ProgrammeTime.ZONE,
                            Duration.ofMinutes(60),
                            null,
                            "https://meet.cohortdesk.example/town-hall",
                            null),
                    null);
            staff.setEnabled(grace.id(), grace.version(), false);

            // A careers webinar as it came from the old timetable, without a meeting link (no screen saves one blank).
            var careers = sessions.schedule(
                    new SessionDraft(
                            SessionType.WEBINAR,
                            "Careers in data science",
                            null,
                            elena.id(),
                            today.with(TemporalAdjusters.next(DayOfWeek.FRIDAY)).atTime(13, 0),
                            ProgrammeTime.ZONE,
                            Duration.ofMinutes(60),
                            null,
                            "https://meet.cohortdesk.example/careers",
                            null),
                    null);
            jdbc.update("update live_session set meeting_link = '' where id = ?", careers.sessionId());

            // A Fall 2026 learner's MLDS102 place withdrawn: they hold no place in one module of the current term.
            var roster = offerings.roster(ml102.id(), EnrollmentStatus.ENROLLED, null, PageRequest.of(0, 60));
            if (roster.size() > 50) {
                var place = roster.get(50);
                enrollments.changePlace(
                        place.enrollmentId(),
                        place.version(),
                        EnrollmentStatus.WITHDRAWN,
                        "Withdrew from the module by mistake; the office is to re-enrol them");
            }

            // MLDS204 (Fall 2025, term 4): the quiz's weight lowered to 10 %, so the weights add up to 90 %.
            assessments.deadlines(ml204.cohortId(), 4).rows().stream()
                    .filter(r -> r.offeringId() == ml204.id() && r.title().equals("Outliers quiz"))
                    .findFirst()
                    .ifPresent(quiz -> assessments.update(
                            quiz.id(),
                            quiz.version(),
                            new AssessmentDraft(
                                    quiz.offeringId(),
                                    quiz.type(),
                                    quiz.title(),
                                    BigDecimal.TEN,
                                    quiz.entryZone(),
                                    LocalDateTime.ofInstant(quiz.release(), quiz.zone()),
                                    LocalDateTime.ofInstant(quiz.due(), quiz.zone()),
                                    quiz.cutOff() == null ? null : LocalDateTime.ofInstant(quiz.cutOff(), quiz.zone())),
                            true));
            log.info(
                    "Demo attention items: a double-booked host, a departed host, a session without a link, a withdrawn place, "
                            + "weights of 90 %");
        });
    }

    private static @Nullable OfferingRow find(List<OfferingRow> all, String cohort, int term, String module) {
        return all.stream()
                .filter(o -> o.cohortName().equals(cohort)
                        && o.term() == term
                        && o.moduleCode().equals(module))
                .findFirst()
                .orElse(null);
    }
}
