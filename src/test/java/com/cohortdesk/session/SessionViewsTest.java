package com.cohortdesk.session;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.enrollment.OfferingRow;
import com.cohortdesk.security.StaffSummary;
import com.cohortdesk.session.ui.OccurrenceView;
import com.cohortdesk.session.ui.PlannerView;
import com.cohortdesk.session.ui.SessionListView;
import com.cohortdesk.ui.NotFoundView;
import com.cohortdesk.ui.ResponsiveGrid;
import com.cohortdesk.ui.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class SessionViewsTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from session_attendance where marked_by in ('ada', 'admin')");
        jdbc.update("delete from live_session where title = 'Karibu extra help'");
    }

    long occurrence(String host, String start) {
        return jdbc.queryForObject("""
                select o.id from session_occurrence o join live_session s on s.id = o.session_id join staff_user u on u.id = s.host_id
                where u.username = ? and s.session_type = 'OFFICE_HOUR' and o.starts_at = ?""", Long.class, host, OffsetDateTime.parse(start));
    }

    @SuppressWarnings("unchecked")
    private Grid<OccurrenceRow> sessionGrid() {
        return _get(Grid.class, s -> s.withId("session-grid"));
    }

    @SuppressWarnings("unchecked")
    private Grid<RosterLine> roster() {
        return _get(Grid.class, s -> s.withId("session-roster"));
    }

    @Test
    void onAPhoneTheRosterShowsOneCardPerLearnerAndOneTapMarksThatLearnerOnly() {
        signIn("ada");
        navigate("sessions/" + occurrence("ada", "2026-11-24T18:00Z"));
        var grid = roster();
        var responsive = ResponsiveGrid.of(grid).orElseThrow();
        responsive.show(true);
        assertThat(grid.getColumnByKey("attendance").isVisible()).isFalse();
        assertThat(grid.getColumnByKey("card").isVisible()).isTrue();
        var summary = _get(Div.class, s -> s.withId("attendance-summary"));
        int size = GridKt._size(grid);
        assertThat(summary.getText()).isEqualTo("0 present · 0 late · 0 excused · 0 absent · " + size + " not marked");

        var card = (Div) GridKt._getCellComponent(grid, 2, "card");
        var name = GridKt._get(grid, 2).fullName();
        var head = (Div) card.getChildren()
                .filter(c -> c.hasClassName("attendance-head"))
                .findFirst()
                .orElseThrow();
        assertThat(head.getChildren().map(c -> ((HasText) c).getText()).toList())
                .containsExactly(name, "Not marked");
        var taps = (Div) card.getChildren()
                .filter(c -> c.hasClassName("attendance-taps"))
                .findFirst()
                .orElseThrow();
        var present = taps.getChildren()
                .map(Button.class::cast)
                .filter(b -> b.hasClassName("mark-present"))
                .findFirst()
                .orElseThrow();
        _click(present);

        assertThat(GridKt._get(grid, 2).mark()).isEqualTo(AttendanceMark.PRESENT);
        assertThat(GridKt._get(grid, 2).fullName()).isEqualTo(name);
        assertThat(GridKt._get(grid, 1).mark()).isNull();
        assertThat(summary.getText())
                .isEqualTo("1 present · 0 late · 0 excused · 0 absent · " + (size - 1) + " not marked");
        var redrawn = (Div) GridKt._getCellComponent(grid, 2, "card");
        assertThat(redrawn.getChildren()
                        .filter(c -> c.hasClassName("attendance-note"))
                        .count())
                .as("the note once marked")
                .isOne();
    }

    @Test
    void facultySeeTheirSessionsAndMarkAttendanceWithOneTap() {
        signIn("ada");
        navigate("sessions");
        NavigatorKt.expectView(SessionListView.class);
        assertThat(GridKt._findAll(sessionGrid()))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.hostName()).isEqualTo("Dr Ada Okonkwo"));
        assertThat(GridKt._getFormattedRow(sessionGrid(), 0))
                .contains("Mon 23 Nov 2026, 19:00 UK", "Webinar: MLDS101 webinar");
        navigate("sessions/" + occurrence("ada", "2026-11-24T18:00Z"));
        NavigatorKt.expectView(OccurrenceView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("occurrence-facts")).getText())
                .startsWith("Tue 24 Nov 2026, 18:00 UK · 60 minutes");
        var first = GridKt._get(roster(), 0);
        assertThat(first.mark()).isNull();
        var buttons = (Div) GridKt._getCellComponent(roster(), 0, "attendance");
        var late = buttons.getChildren()
                .map(Button.class::cast)
                .filter(b -> b.hasClassName("mark-late"))
                .findFirst()
                .orElseThrow();
        _click(late);
        assertThat(GridKt._get(roster(), 0).mark()).isEqualTo(AttendanceMark.LATE);
        var note = (TextField) GridKt._getCellComponent(roster(), 0, "note");
        _setValue(note, "Connection trouble");
        assertThat(GridKt._get(roster(), 0).note()).isEqualTo("Connection trouble");
        assertThat(_get(Paragraph.class, s -> s.withId("occurrence-counts")).getText())
                .contains("1 marked", "booking closed");
    }

    @Test
    void aMarkRedrawsOnlyThatLearnersLineFromWhatTheServiceReturns() {
        signIn("ada");
        long occurrenceId = occurrence("ada", "2026-11-24T18:00Z");
        navigate("sessions/" + occurrenceId);
        var grid = roster();
        var other = GridKt._get(grid, 1);
        assertThat(other.mark()).isNull();
        // someone else marks another learner meanwhile: this page learns of it only when it reloads the roster
        jdbc.update("""
                insert into session_attendance (occurrence_id, learner_id, mark, marked_at, marked_by, version)
                values (?, ?, 'ABSENT', current_timestamp, 'admin', 0)""", occurrenceId, other.learnerId());
        var buttons = (Div) GridKt._getCellComponent(grid, 0, "attendance");
        _click(buttons.getChildren()
                .map(Button.class::cast)
                .filter(b -> b.hasClassName("mark-present"))
                .findFirst()
                .orElseThrow());

        assertThat(GridKt._get(grid, 0).mark()).isEqualTo(AttendanceMark.PRESENT);
        assertThat(GridKt._get(grid, 0).attendanceVersion())
                .as("the new version, from the service")
                .isZero();
        assertThat(GridKt._get(grid, 1).mark()).as("no full reload").isNull();
        assertThat(_get(Paragraph.class, s -> s.withId("occurrence-counts")).getText())
                .contains("1 marked");
    }

    @Test
    void theRosterPageReadsWhatCanBeDoneFromTheOccurrence() {
        signIn("ada");
        // next week (the clock stands at 25 Nov 12:00): still to come, so it can be moved or cancelled; attendance not
        // yet
        navigate("sessions/" + occurrence("ada", "2026-12-01T18:00Z"));
        assertThat(_get(Button.class, s -> s.withId("occurrence-move")).isVisible())
                .isTrue();
        assertThat(_get(Button.class, s -> s.withId("occurrence-cancel")).isVisible())
                .isTrue();
        var future = (Div) GridKt._getCellComponent(roster(), 0, "attendance");
        assertThat(future.getChildren().map(Button.class::cast)).isNotEmpty().noneMatch(Button::isEnabled);
        // yesterday: over, so neither moved nor cancelled; attendance open
        navigate("sessions/" + occurrence("ada", "2026-11-24T18:00Z"));
        _assertNone(Button.class, s -> s.withId("occurrence-move"));
        _assertNone(Button.class, s -> s.withId("occurrence-cancel"));
        var past = (Div) GridKt._getCellComponent(roster(), 0, "attendance");
        assertThat(past.getChildren().map(Button.class::cast)).isNotEmpty().allMatch(Button::isEnabled);
    }

    @Test
    void facultyCannotOpenAnotherHostsRosterByUrl() {
        signIn("ada");
        navigate("sessions/" + occurrence("ben", "2026-12-02T18:00Z"));
        NavigatorKt.expectView(NotFoundView.class);
    }

    @Test
    void aFullOfficeHourShowsItsWaitingList() {
        signIn("admin");
        navigate("sessions/" + occurrence("ada", "2026-12-01T18:00Z"));
        assertThat(_get(Paragraph.class, s -> s.withId("occurrence-counts")).getText())
                .contains("6 of 6 places booked · 2 waiting");
        assertThat(GridKt._findAll(roster()))
                .extracting(RosterLine::bookingLabel)
                .contains("Booked", "Waiting #1", "Waiting #2");
    }

    @Test
    void anAdministratorSeesTheConflictByNameAndSchedulesAnywayWithAReason() {
        signIn("admin");
        navigate("sessions");
        _click(_get(Button.class, s -> s.withId("schedule-session")));
        _setValue(_get(TextField.class, s -> s.withId("session-title")), "Karibu extra help");
        @SuppressWarnings("unchecked")
        ComboBox<OfferingRow> offering = _get(ComboBox.class, s -> s.withId("session-offering"));
        _setValue(
                offering,
                offering.getListDataView()
                        .getItems()
                        .filter(o -> o.moduleCode().equals("MLDS101")
                                && o.cohortName().equals("Fall 2026"))
                        .findFirst()
                        .orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<StaffSummary> host = _get(ComboBox.class, s -> s.withId("session-host"));
        _setValue(
                host,
                host.getListDataView()
                        .getItems()
                        .filter(h -> h.username().equals("ada"))
                        .findFirst()
                        .orElseThrow());
        _setValue(_get(DatePicker.class, s -> s.withId("session-date")), LocalDate.of(2026, 12, 1));
        _setValue(_get(TimePicker.class, s -> s.withId("session-time")), LocalTime.of(18, 30));
        _setValue(_get(TextField.class, s -> s.withId("session-link")), "https://meet.example.org/extra");
        _click(_get(Button.class, s -> s.withId("session-save")));
        assertThat(_get(Paragraph.class, s -> s.withId("session-problems")).getText())
                .startsWith(
                        "Dr Ada Okonkwo already hosts \u201cMLDS101 office hour\u201d on Tue 1 Dec 2026, 18:00 UK.");
        _setValue(_get(TextArea.class, s -> s.withId("session-override")), "Revision week");
        _click(_get(Button.class, s -> s.withId("session-save-anyway")));
        assertThat(jdbc.queryForObject(
                        "select override_reason from live_session where title = 'Karibu extra help'", String.class))
                .contains("Revision week");
    }

    @Test
    void thePlannerShowsTheShareAndTheBestSlots() {
        signIn("admin");
        long offering = jdbc.queryForObject("""
                select o.id from offering o join cohort c on c.id = o.cohort_id join programme_module m on m.id = o.module_id
                where c.intake_year = 2026 and m.code = 'MLDS101'""", Long.class);
        navigate("planner?offering=" + offering);
        NavigatorKt.expectView(PlannerView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("planner-summary")).getText())
                .startsWith("Tue 18:00 UK suits ")
                .contains("% of the learners' weeks (148 learners");
        assertThat(_get(Div.class, s -> s.withId("planner-best"))
                        .getChildren()
                        .filter(Button.class::isInstance)
                        .count())
                .isEqualTo(3);
        @SuppressWarnings("unchecked")
        Grid<PlannerReport.LearnerFit> learners = _get(Grid.class, s -> s.withId("planner-learners"));
        assertThat(GridKt._size(learners)).isEqualTo(148);
    }
}
