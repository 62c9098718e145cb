package com.cohortdesk.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.programme.ModuleSummary;
import com.cohortdesk.session.ui.OccurrenceView;
import com.cohortdesk.ui.ViewTest;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The calendar page without a browser: range loading, filters in the address, zones, clicks and dragging. */
class CalendarViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    private Instant movedFrom;
    private long movedId;

    @AfterEach
    void undoMove() {
        if (movedFrom != null) {
            jdbc.update(
                    "update session_occurrence set starts_at = ?, note = null, version = version + 1 where id = ?",
                    Timestamp.from(movedFrom),
                    movedId);
        }
    }

    private EventCalendar calendar() {
        return _get(EventCalendar.class, s -> s.withId("calendar"));
    }

    /** What FullCalendar reports for the week of 23 November 2026. */
    private void showWeek(String monday, String nextMonday) {
        var calendar = calendar();
        ComponentUtil.fireEvent(
                calendar, new EventCalendar.RangeEvent(calendar, true, monday, nextMonday, "timeGridWeek"));
    }

    private long occurrence(String host, String type, String start) {
        return jdbc.queryForObject("""
                select o.id from session_occurrence o join live_session s on s.id = o.session_id join staff_user u on u.id = s.host_id
                where u.username = ? and s.session_type = ? and o.starts_at = ?""", Long.class, host, type, OffsetDateTime.parse(start));
    }

    private EventCalendar.Entry entry(String id) {
        return calendar().getEvents().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event " + id + " in "
                        + calendar().getEvents().stream()
                                .map(EventCalendar.Entry::id)
                                .toList()));
    }

    @Test
    void administratorsSeeSessionsAndDeadlinesOfTheVisibleRangeInTheChosenZone() {
        signIn("admin");
        navigate("calendar");
        NavigatorKt.expectView(CalendarView.class);
        assertThat(calendar().getEvents())
                .as("nothing before the calendar reports its range")
                .isEmpty();
        showWeek("2026-11-23T00:00:00", "2026-11-30T00:00:00");
        var events = calendar().getEvents();
        long office = occurrence("ada", "OFFICE_HOUR", "2026-11-24T18:00:00Z");
        var session = entry("o-" + office);
        assertThat(session.title()).isEqualTo("Office hour: MLDS101 office hour");
        assertThat(session.start()).isEqualTo(LocalDateTime.parse("2026-11-24T18:00"));
        assertThat(session.classNames()).contains("cd-session", "cd-kind-office_hour");
        assertThat(session.editable()).as("only later sessions can be dragged").isFalse();
        var deadlines = events.stream().filter(e -> e.id().startsWith("d-")).toList();
        assertThat(deadlines).isNotEmpty().allSatisfy(d -> {
            assertThat(d.end()).as("a marker").isNull();
            assertThat(d.classNames()).contains("cd-deadline");
            assertThat(d.start())
                    .isBetween(LocalDateTime.parse("2026-11-23T00:00"), LocalDateTime.parse("2026-11-30T00:00"));
        });
        long dueCount = jdbc.queryForObject(
                "select count(*) from assessment where due_at >= ? and due_at < ?",
                Long.class,
                OffsetDateTime.parse("2026-11-23T00:00Z"),
                OffsetDateTime.parse("2026-11-30T00:00Z"));
        assertThat(deadlines).hasSize((int) dueCount);
        assertThat(events.stream().filter(e -> e.id().startsWith("o-")))
                .allSatisfy(e -> assertThat(e.start())
                        .isBetween(LocalDateTime.parse("2026-11-23T00:00"), LocalDateTime.parse("2026-11-30T00:00")));

        // UK time: the same session in the address and on screen (the mocked browser reports no zone, so "your time" is
        // UK too)
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> zone = _get(RadioButtonGroup.class, s -> s.withId("calendar-zone"));
        assertThat(zone.getListDataView().getItems().toList()).contains("uk");
    }

    @Test
    void cohortAndModuleFiltersLiveInTheAddress() {
        signIn("admin");
        long cohort = jdbc.queryForObject(
                "select c.id from cohort c join offering o on o.cohort_id = c.id join programme_module m "
                        + "on m.id = o.module_id join live_session s on s.offering_id = o.id where m.code = 'MLDS101' fetch first 1 rows only",
                Long.class);
        long mlds101 = jdbc.queryForObject("select id from programme_module where code = 'MLDS101'", Long.class);
        long mlds102 = jdbc.queryForObject("select id from programme_module where code = 'MLDS102'", Long.class);
        navigate("calendar?cohort=" + cohort + "&module=" + mlds102);
        showWeek("2026-11-23T00:00:00", "2026-11-30T00:00:00");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ModuleSummary> modules = _get(MultiSelectComboBox.class, s -> s.withId("calendar-modules"));
        assertThat(modules.getValue()).extracting(ModuleSummary::code).containsExactly("MLDS102");
        assertThat(calendar().getEvents())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.title() + " " + e.description())
                        .contains("MLDS102")
                        .doesNotContain("MLDS101"));
        modules.setValue(Set.of(modules.getListDataView()
                .getItems()
                .filter(m -> m.id() == mlds101)
                .findFirst()
                .orElseThrow()));
        assertThat(calendar().getEvents())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.title() + " " + e.description()).contains("MLDS101"));
        var view = (CalendarView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        assertThat(view.address().getPath()).isEqualTo("calendar");
        assertThat(view.address().getQueryParameters().getParameters())
                .isEqualTo(
                        Map.of("cohort", List.of(String.valueOf(cohort)), "module", List.of(String.valueOf(mlds101))));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> zone = _get(RadioButtonGroup.class, s -> s.withId("calendar-zone"));
        zone.setValue(CalendarView.UK);
        assertThat(view.address().getQueryParameters().getParameters())
                .isEqualTo(Map.of(
                        "cohort",
                        List.of(String.valueOf(cohort)),
                        "module",
                        List.of(String.valueOf(mlds101)),
                        "zone",
                        List.of("uk")));
    }

    @Test
    void facultySeeOnlyTheSessionsTheyHostAndTheDeadlinesOfTheModulesTheyLead() {
        signIn("ada");
        navigate("calendar?cohort=999&module=999");
        showWeek("2026-11-23T00:00:00", "2026-11-30T00:00:00");
        var events = calendar().getEvents();
        assertThat(events)
                .anySatisfy(e -> assertThat(e.id()).startsWith("o-"))
                .anySatisfy(e -> assertThat(e.id()).startsWith("d-"));
        for (var e : events) {
            long id = Long.parseLong(e.id().substring(2));
            if (e.id().startsWith("o-")) {
                assertThat(jdbc.queryForObject(
                                "select u.username from session_occurrence o join live_session s on s.id = o.session_id "
                                        + "join staff_user u on u.id = s.host_id where o.id = ?",
                                String.class,
                                id))
                        .isEqualTo("ada");
            } else {
                assertThat(jdbc.queryForObject(
                                "select count(*) from assessment a join offering_lead l on l.offering_id = a.offering_id "
                                        + "join staff_user u on u.id = l.staff_user_id where a.id = ? and u.username = 'ada'",
                                Long.class,
                                id))
                        .isEqualTo(1);
            }
            assertThat(e.editable()).isFalse();
        }
    }

    @Test
    void clickingASessionOpensItsRosterAndADeadlineItsTerm() {
        signIn("admin");
        navigate("calendar");
        showWeek("2026-11-23T00:00:00", "2026-11-30T00:00:00");
        long office = occurrence("ada", "OFFICE_HOUR", "2026-11-24T18:00:00Z");
        var calendar = calendar();
        ComponentUtil.fireEvent(calendar, new EventCalendar.EventClickEvent(calendar, true, "o-" + office));
        NavigatorKt.expectView(OccurrenceView.class);
        navigate("calendar");
        showWeek("2026-11-23T00:00:00", "2026-11-30T00:00:00");
        var deadline = calendar().getEvents().stream()
                .filter(e -> e.id().startsWith("d-"))
                .findFirst()
                .orElseThrow();
        ComponentUtil.fireEvent(calendar(), new EventCalendar.EventClickEvent(calendar(), true, deadline.id()));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("deadlines");
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getParameters())
                .containsKeys("cohort", "term");
    }

    @Test
    void administratorsDragASessionToMoveItWithAReasonAndTheMoveIsAudited() {
        signIn("admin");
        navigate("calendar");
        showWeek("2026-11-30T00:00:00", "2026-12-07T00:00:00");
        long office = occurrence("ada", "OFFICE_HOUR", "2026-12-01T18:00:00Z");
        assertThat(entry("o-" + office).editable()).isTrue();
        movedId = office;
        movedFrom = Instant.parse("2026-12-01T18:00:00Z");
        var calendar = calendar();
        ComponentUtil.fireEvent(
                calendar,
                new EventCalendar.EventDropEvent(
                        calendar, true, "o-" + office, "2026-12-03T07:00:00", "2026-12-01T18:00:00"));
        _setValue(_get(TextField.class, s -> s.withId("drag-move-reason")), "Host at a conference");
        _click(_get(Button.class, s -> s.withId("drag-move-confirm")));
        assertThat(jdbc.queryForObject(
                                "select starts_at from session_occurrence where id = ?", OffsetDateTime.class, office)
                        .toInstant())
                .isEqualTo(Instant.parse("2026-12-03T07:00:00Z"));
        assertThat(entry("o-" + office).start()).isEqualTo(LocalDateTime.parse("2026-12-03T07:00"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where entity_type = 'SessionOccurrence' and entity_id = ? "
                                + "and actor = 'admin'",
                        Long.class,
                        String.valueOf(office)))
                .isPositive();
    }

    @Test
    void aDragIntoAConflictAsksForTheOverrideReasonAndCancellingPutsItBack() {
        signIn("admin");
        navigate("calendar");
        showWeek("2026-11-30T00:00:00", "2026-12-07T00:00:00");
        long office = occurrence("ada", "OFFICE_HOUR", "2026-12-01T18:00:00Z");
        var other = calendar().getEvents().stream()
                .filter(e -> e.id().startsWith("o-")
                        && !e.id().equals("o-" + office)
                        && e.editable()
                        && e.description().contains("Ada"))
                .findFirst();
        var target = other.map(EventCalendar.Entry::start)
                .orElseThrow(() -> new AssertionError("no other session of ada that week"));
        var calendar = calendar();
        ComponentUtil.fireEvent(
                calendar,
                new EventCalendar.EventDropEvent(
                        calendar, true, "o-" + office, target.toString(), "2026-12-01T18:00:00"));
        _setValue(_get(TextField.class, s -> s.withId("drag-move-reason")), "Trying");
        _click(_get(Button.class, s -> s.withId("drag-move-confirm")));
        assertThat(_get(Paragraph.class, s -> s.withId("drag-move-problems")).getText())
                .isNotBlank();
        assertThat(_get(TextArea.class, s -> s.withId("drag-move-override")).isVisible())
                .isTrue();
        _click(_get(Button.class, s -> s.withId("drag-move-cancel")));
        assertThat(jdbc.queryForObject(
                                "select starts_at from session_occurrence where id = ?", OffsetDateTime.class, office)
                        .toInstant())
                .isEqualTo(Instant.parse("2026-12-01T18:00:00Z"));
        assertThat(entry("o-" + office).start())
                .as("reloaded: back where it was")
                .isEqualTo(LocalDateTime.parse("2026-12-01T18:00"));
        List.of();
    }
}
