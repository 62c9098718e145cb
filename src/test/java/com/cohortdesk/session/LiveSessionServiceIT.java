package com.cohortdesk.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.IntegrationTest;
import com.cohortdesk.shared.ProgrammeTime;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Live sessions on the demo data (now: Wed 25 Nov 2026, 12:00 UTC); every test rolls back. */
@IntegrationTest
@Transactional
class LiveSessionServiceIT {

    @Autowired
    SessionSchedulingService sessions;

    @Autowired
    SessionRosterService rosters;

    @Autowired
    SessionPlannerService sessionPlanner;

    @Autowired
    JdbcTemplate jdbc;

    /** The occurrence of a host's series of a type that starts at the given instant. */
    long occurrence(String host, String type, String start) {
        return jdbc.queryForObject("""
                select o.id from session_occurrence o join live_session s on s.id = o.session_id join staff_user u on u.id = s.host_id
                where u.username = ? and s.session_type = ? and o.starts_at = ?""", Long.class, host, type, OffsetDateTime.parse(start));
    }

    long staffId(String username) {
        return jdbc.queryForObject("select id from staff_user where username = ?", Long.class, username);
    }

    long offering(int intake, String module) {
        return jdbc.queryForObject("""
                select o.id from offering o join cohort c on c.id = o.cohort_id join programme_module m on m.id = o.module_id
                where c.intake_year = ? and m.code = ?""", Long.class, intake, module);
    }

    SessionDraft draft(String title, long offeringId, String host, LocalDateTime start, int minutes) {
        return new SessionDraft(
                SessionType.QA,
                title,
                offeringId,
                staffId(host),
                start,
                ProgrammeTime.ZONE,
                Duration.ofMinutes(minutes),
                null,
                "https://meet.example.org/qa",
                null);
    }

    @Test
    @WithUserDetails("farid")
    void aLeadReadsTheSessionsOfTheirOfferingHostedByACoLeadButCannotCancelOrMoveThem() {
        // MLDS100 is led by elena and farid; elena hosts its Fall 2026 Q&A
        var qa = occurrence("elena", "QA", "2026-12-03T18:30Z");
        assertThat(sessions.upcoming()).extracting(OccurrenceRow::occurrenceId).contains(qa);
        assertThat(rosters.roster(qa)).isNotEmpty();
        var version = sessions.occurrence(qa).version();
        assertThatThrownBy(() -> sessions.cancelOccurrence(qa, version, "Ill"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Faculty may cancel or move only the sessions they host.");
        assertThatThrownBy(() ->
                        sessions.moveOccurrence(qa, version, LocalDateTime.of(2026, 12, 4, 18, 30), "Clash", null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("ada")
    void facultySeeTheSessionsOfTheOfferingsTheyLeadAndNoOtherRoster() {
        var mine = sessions.upcoming();
        assertThat(mine).isNotEmpty().allSatisfy(r -> assertThat(r.forWhom()).startsWith("MLDS101 "));
        // this week's (from Monday 23 November) and later, soonest first
        assertThat(mine.getFirst().start())
                .isEqualTo(OffsetDateTime.parse("2026-11-23T19:00Z").toInstant());
        var bens = occurrence("ben", "OFFICE_HOUR", "2026-12-02T18:00Z");
        assertThatThrownBy(() -> rosters.roster(bens)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.occurrence(bens)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rosters.writeRosterCsv(bens, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rosters.book(bens, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.countSessions()).isInstanceOf(AccessDeniedException.class);
        var officeHour = mine.stream()
                .filter(r -> r.type() == SessionType.OFFICE_HOUR)
                .findFirst()
                .orElseThrow();
        assertThat(rosters.roster(officeHour.occurrenceId())).hasSize((int) officeHour.expected());
    }

    @Test
    @WithUserDetails("admin")
    void administratorsSeeEverySession() {
        assertThat(sessions.upcoming())
                .extracting(OccurrenceRow::hostName)
                .contains("Dr Ada Okonkwo", "Prof. Ben Carter", "Dr Divya Raman", "Dr Elena Petrova");
        assertThat(sessions.countSessions())
                .isEqualTo(10); // with the dashboard demo's Q&A, town hall and careers webinar
    }

    @Test
    @WithUserDetails("ada")
    void aFullOfficeHourHasAWaitingListAndACancellationPromotesTheFirst() {
        long id = occurrence("ada", "OFFICE_HOUR", "2026-12-01T18:00Z");
        var roster = rosters.roster(id);
        var booked =
                roster.stream().filter(l -> l.booking() == BookingStatus.BOOKED).toList();
        var waiting = roster.stream()
                .filter(l -> l.booking() == BookingStatus.WAITING)
                .sorted(Comparator.comparing(RosterLine::waitingPosition))
                .toList();
        assertThat(booked).hasSize(6);
        assertThat(waiting).extracting(RosterLine::waitingPosition).containsExactly(1, 2);
        var someoneElse =
                roster.stream().filter(l -> l.booking() == null).findFirst().orElseThrow();
        assertThat(rosters.book(id, someoneElse.learnerId())).isEqualTo(BookingStatus.WAITING);
        assertThatThrownBy(() -> rosters.book(id, someoneElse.learnerId()))
                .hasMessage("The learner is on the waiting list already.");

        assertThat(rosters.cancelBooking(id, booked.getFirst().learnerId()))
                .contains(waiting.getFirst().fullName());
        var after = rosters.roster(id);
        assertThat(after)
                .filteredOn(l -> l.learnerId() == waiting.getFirst().learnerId())
                .singleElement()
                .satisfies(l -> assertThat(l.booking()).isEqualTo(BookingStatus.BOOKED));
        assertThat(after)
                .filteredOn(l -> l.learnerId() == someoneElse.learnerId())
                .singleElement()
                .satisfies(l -> assertThat(l.bookingLabel()).isEqualTo("Waiting #2"));
        assertThat(after).filteredOn(l -> l.booking() == BookingStatus.BOOKED).hasSize(6);
    }

    @Test
    @WithUserDetails("admin")
    void bookingClosesAtTheGuardTimeAndOnlyEnrolledLearnersBook() {
        // a single session at 13:00 UTC today, one hour from now
        var scheduled = sessions.schedule(
                draft("Drop-in", offering(2026, "MLDS101"), "ada", LocalDateTime.of(2026, 11, 25, 13, 0), 30), null);
        var learner = rosters.roster(scheduled.firstOccurrenceId()).getFirst().learnerId();
        assertThatThrownBy(() -> rosters.book(scheduled.firstOccurrenceId(), learner))
                .hasMessage("Booking and cancelling close 2 hours before the start.");
        assertThat(sessions.occurrence(scheduled.firstOccurrenceId()).bookingOpen())
                .isFalse();
        long outsider = jdbc.queryForObject(
                "select min(l.id) from learner l join cohort c on c.id = l.cohort_id where c.intake_year = 2024",
                Long.class);
        long later = occurrence("ada", "OFFICE_HOUR", "2026-12-08T18:00Z");
        assertThatThrownBy(() -> rosters.book(later, outsider))
                .hasMessage("Only learners enrolled in the offering can book this session.");
    }

    @Test
    @WithUserDetails("ben")
    void aDoubleBookedHostOrAnOverlapInTheCohortIsStoppedByName() {
        var mlds102 = offering(2026, "MLDS102");
        // Ben's own office hour is Wed 18:00 UK
        assertThatThrownBy(() -> sessions.schedule(
                        draft("Extra help", mlds102, "ben", LocalDateTime.of(2026, 12, 2, 18, 30), 60), null))
                .isInstanceOf(SessionConflictException.class)
                .hasMessage(
                        "Prof. Ben Carter already hosts \u201cMLDS102 office hour\u201d on Wed 2 Dec 2026, 18:00 UK.");
        // Ada's MLDS101 office hour for the same cohort is Tue 18:00 UK
        assertThatThrownBy(() -> sessions.schedule(
                        draft("Extra help", mlds102, "ben", LocalDateTime.of(2026, 12, 1, 18, 30), 60), null))
                .hasMessageStartingWith(
                        "It overlaps \u201cMLDS101 office hour\u201d for Fall 2026 on Tue 1 Dec 2026, 18:00 UK.");
        assertThatThrownBy(() -> sessions.schedule(
                        draft("Extra help", mlds102, "ben", LocalDateTime.of(2026, 12, 1, 18, 30), 60),
                        "I really want to"))
                .hasMessageStartingWith("Only an administrator can save despite a conflict.");
        assertThatThrownBy(() -> sessions.schedule(
                        draft("Not mine", offering(2026, "MLDS101"), "ben", LocalDateTime.of(2026, 12, 4, 10, 0), 60),
                        null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.schedule(
                        draft("For Ada", mlds102, "ada", LocalDateTime.of(2026, 12, 4, 10, 0), 60), null))
                .isInstanceOf(AccessDeniedException.class);
        var fine =
                sessions.schedule(draft("Extra help", mlds102, "ben", LocalDateTime.of(2026, 12, 4, 10, 0), 60), null);
        assertThat(sessions.occurrence(fine.firstOccurrenceId()).hostName()).isEqualTo("Prof. Ben Carter");
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorOverridesAConflictWithAReasonThatIsRecorded() {
        var draft = draft("Exam briefing", offering(2026, "MLDS102"), "ben", LocalDateTime.of(2026, 12, 1, 18, 30), 60);
        assertThatThrownBy(() -> sessions.schedule(draft, " ")).isInstanceOf(SessionConflictException.class);
        var saved = sessions.schedule(draft, "Exam board needs this slot");
        var details = sessions.occurrence(saved.firstOccurrenceId());
        assertThat(details.overrideReason())
                .isEqualTo("Conflict overridden by admin: Exam board needs this slot (It overlaps "
                        + "\u201cMLDS101 office hour\u201d for Fall 2026 on Tue 1 Dec 2026, 18:00 UK.)");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where entity_type = 'LiveSession' and entity_id = ? "
                                + "and details like '%Exam board needs this slot%'",
                        Integer.class, String.valueOf(saved.sessionId())))
                .isOne();
    }

    @Test
    @WithUserDetails("admin")
    void aWeeklySeriesKeepsItsLocalTimeAndOneWeekMovesOrIsCancelledAlone() {
        var draft = new SessionDraft(
                SessionType.WEBINAR,
                "Kolkata evening",
                offering(2025, "MLDS203"),
                staffId("divya"),
                LocalDateTime.of(2026, 12, 3, 20, 0),
                ZoneId.of("Asia/Kolkata"),
                Duration.ofMinutes(60),
                LocalDate.of(2026, 12, 17),
                "https://meet.example.org/k",
                null);
        var scheduled = sessions.schedule(draft, null);
        assertThat(scheduled.occurrences()).isEqualTo(3);
        var series = sessions.series(scheduled.sessionId());
        assertThat(series)
                .extracting(r -> r.start().toString())
                .containsExactly("2026-12-03T14:30:00Z", "2026-12-10T14:30:00Z", "2026-12-17T14:30:00Z");
        var second = sessions.occurrence(series.get(1).occurrenceId());
        sessions.moveOccurrence(
                second.id(), second.version(), LocalDateTime.of(2026, 12, 11, 19, 0), "Public holiday", null);
        assertThatThrownBy(() -> sessions.cancelOccurrence(second.id(), second.version(), "Stale"))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        var third = sessions.occurrence(series.get(2).occurrenceId());
        assertThatThrownBy(() -> sessions.cancelOccurrence(third.id(), third.version(), " "))
                .hasMessageStartingWith("Give a reason");
        sessions.cancelOccurrence(third.id(), third.version(), "Host ill");
        var after = sessions.series(scheduled.sessionId());
        assertThat(after)
                .extracting(OccurrenceRow::status)
                .containsExactly(OccurrenceStatus.SCHEDULED, OccurrenceStatus.SCHEDULED, OccurrenceStatus.CANCELLED);
        assertThat(after).extracting(OccurrenceRow::moved).containsExactly(false, true, false);
        assertThat(after.get(1).start().toString()).isEqualTo("2026-12-11T13:30:00Z");
        // moving onto Divya's own Tuesday office hour is a conflict
        var first = sessions.occurrence(after.getFirst().occurrenceId());
        assertThatThrownBy(() -> sessions.moveOccurrence(
                        first.id(), first.version(), LocalDateTime.of(2026, 12, 1, 17, 30), "Clash", null))
                .hasMessage(
                        "Dr Divya Raman already hosts \u201cMLDS203 office hour\u201d on Tue 1 Dec 2026, 12:00 UK.");
    }

    @Test
    @WithUserDetails("ada")
    void theHostMarksAttendanceAndTheExportIsFormulaSafe() {
        long thisWeek = occurrence("ada", "OFFICE_HOUR", "2026-11-24T18:00Z");
        var learner = rosters.roster(thisWeek).getFirst();
        jdbc.update("update learner set full_name = '=HYPERLINK(\"x\")' where id = ?", learner.learnerId());
        rosters.markAttendance(thisWeek, learner.learnerId(), -1, AttendanceMark.LATE, "Train delayed");
        assertThatThrownBy(
                        () -> rosters.markAttendance(thisWeek, learner.learnerId(), -1, AttendanceMark.PRESENT, null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        var marked = rosters.roster(thisWeek).stream()
                .filter(l -> l.learnerId() == learner.learnerId())
                .findFirst()
                .orElseThrow();
        assertThat(marked.mark()).isEqualTo(AttendanceMark.LATE);
        rosters.markAttendance(
                thisWeek, learner.learnerId(), marked.attendanceVersion(), AttendanceMark.PRESENT, "\uFF20SUM(1)");
        long nextWeek = occurrence("ada", "OFFICE_HOUR", "2026-12-01T18:00Z");
        assertThatThrownBy(
                        () -> rosters.markAttendance(nextWeek, learner.learnerId(), -1, AttendanceMark.PRESENT, null))
                .hasMessage("Attendance can be marked from an hour before the start.");
        var out = new ByteArrayOutputStream();
        rosters.writeRosterCsv(thisWeek, out);
        var csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFsession,start (UK),name,email,time zone,expected,booking,attendance,note\r\n");
        assertThat(csv)
                .contains("MLDS101 office hour,\"Tue 24 Nov 2026, 18:00 UK\",\"'=HYPERLINK(\"\"x\"\")\"")
                .contains(",Present,");
        assertThat(csv).as("full-width @ neutralised too").contains(",Present,'\uFF20SUM(1)\r\n");
    }

    @Test
    @WithUserDetails("admin")
    void thePlannerWeighsTheOfferingsLearners() {
        var report = sessionPlanner.plan(
                offering(2026, "MLDS101"), DayOfWeek.TUESDAY, LocalTime.of(18, 0), Duration.ofHours(1));
        System.out.printf(
                "Planner for %d learners of %s: %d ms%n", report.learners(), report.offeringLabel(), report.millis());
        assertThat(report.learners()).isGreaterThan(100);
        assertThat(report.perLearner()).hasSize(report.learners());
        assertThat(report.best()).hasSize(3);
        assertThat(report.best().getFirst().share())
                .isGreaterThanOrEqualTo(report.proposed().share());
        assertThat(report.proposed().zones()).isNotEmpty();
    }

    @Test
    @WithUserDetails("ben")
    void facultyPlanOnlyForTheirOfferings() {
        assertThatThrownBy(() -> sessionPlanner.plan(
                        offering(2026, "MLDS101"), DayOfWeek.TUESDAY, LocalTime.of(18, 0), Duration.ofHours(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(sessionPlanner
                        .plan(offering(2026, "MLDS102"), DayOfWeek.TUESDAY, LocalTime.of(18, 0), Duration.ofHours(1))
                        .learners())
                .isPositive();
    }
}
