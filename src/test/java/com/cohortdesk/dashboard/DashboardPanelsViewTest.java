package com.cohortdesk.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.dashboard.ui.AttentionListView;
import com.cohortdesk.dashboard.ui.DashboardView;
import com.cohortdesk.ui.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The landing pages' panels on the demo data (today is Wednesday 25 November 2026, 12:00 UTC). */
class DashboardPanelsViewTest extends ViewTest {

    /** A child by id, visible or not (Karibu's locators find only visible components). */
    private static Div hidden(Component parent, String id) {
        return (Div) parent.getChildren()
                .filter(c -> c.getId().equals(Optional.of(id)))
                .findFirst()
                .orElseThrow();
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void administratorSeesWhatNeedsAttentionWithCountsAndLinksToExactlyThose() {
        signIn("admin");
        navigate("");
        var panel = _get(Div.class, s -> s.withId("needs-attention"));
        assertThat(text(panel)).contains("Needs attention").contains("Computed Wed 25 Nov 2026, 12:00 UK time.");
        var lines = _find(panel, ListItem.class);
        assertThat(lines)
                .extracting(l -> l.getElement().getAttribute("data-kind"))
                .containsExactly(
                        "session-full",
                        "session-no-host",
                        "session-no-link",
                        "session-double-booked",
                        "deadline-clash",
                        "low-attendance",
                        "learner-no-place",
                        "weights-not-100");
        assertThat(text(lines.getFirst())).startsWith("2").contains("full with a waiting list");
        assertThat(_find(lines.get(5), Anchor.class).getFirst().getHref())
                .matches("attention\\?kind=low-attendance&cohort=\\d+");
        assertThat(text(lines.get(5))).contains("below 50 % of the last 4 sessions");
        assertThat(_find(Div.class, s -> s.withId("nothing-needs-attention"))).isEmpty();
    }

    @Test
    void aLineOpensTheListOfExactlyWhatItCounts() {
        signIn("admin");
        navigate("attention?kind=session-double-booked");
        NavigatorKt.expectView(AttentionListView.class);
        @SuppressWarnings("unchecked")
        Grid<AttentionRow> grid = _get(Grid.class, s -> s.withId("attention-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).href()).startsWith("sessions/");
        assertThat(GridKt._get(grid, 0).detail()).contains("Dr Ada Okonkwo also hosts");
        navigate("attention?kind=weights-not-100");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).href()).matches("deadlines\\?cohort=\\d+&term=4");
        navigate("attention?kind=nonsense");
        assertThat(GridKt._size(grid)).isZero();
    }

    @Test
    void administratorSeesFiveChartsEachWithTitleDescriptionDataTableAndCsvAndTheCohortFilterRedrawsThem() {
        signIn("admin");
        navigate("");
        var panels = _find(Div.class, s -> s.withClasses("chart-panel"));
        assertThat(panels)
                .extracting(p -> p.getId().orElseThrow())
                .containsExactly(
                        "chart-learners-by-status",
                        "chart-attendance-by-module",
                        "chart-deadlines-per-week",
                        "chart-learners-by-offset",
                        "chart-places-per-module");
        for (var panel : panels) {
            var id = panel.getId().orElseThrow().substring("chart-".length());
            assertThat(text(panel)).contains("Show data");
            assertThat(_find(panel, Anchor.class, s -> s.withId("chart-csv-" + id)))
                    .hasSize(1);
            var data = hidden(panel, "chart-data-" + id);
            assertThat(data.isVisible()).isFalse();
            _get(panel, Button.class, s -> s.withId("chart-toggle-" + id)).click();
            assertThat(data.isVisible()).isTrue();
            var table = _get(data, NativeTable.class);
            assertThat(table.getBody().getRowCount()).as(id).isPositive();
        }
        var status = _get(Div.class, s -> s.withId("chart-data-learners-by-status"));
        var everyCohort = _get(status, NativeTable.class);
        assertThat(everyCohort.getBody().getRowCount()).isEqualTo(4);
        assertThat(text(everyCohort)).contains("Fall 2023", "Fall 2026", "Graduated");
        var offsets = _get(_get(Div.class, s -> s.withId("chart-data-learners-by-offset")), NativeTable.class);
        assertThat(text(offsets)).contains("UTC");

        @SuppressWarnings("unchecked")
        ComboBox<CohortSummary> cohort = _get(ComboBox.class, s -> s.withId("chart-cohort"));
        var fall2026 = cohort.getListDataView()
                .getItems()
                .filter(c -> c.name().equals("Fall 2026"))
                .findFirst()
                .orElseThrow();
        cohort.setValue(fall2026);
        var oneCohort = _get(status, NativeTable.class);
        assertThat(oneCohort.getBody().getRowCount()).isEqualTo(1);
        assertThat(text(oneCohort)).contains("Fall 2026").doesNotContain("Fall 2023");
        var attendance = _get(_get(Div.class, s -> s.withId("chart-data-attendance-by-module")), NativeTable.class);
        assertThat(text(attendance)).contains("MLDS101").contains("present ").doesNotContain("MLDS203");
    }

    @Test
    void facultySeeTheirWeekWithRosterCountsDeadlinesAttendanceAndTheirFeed() {
        signIn("ada");
        navigate("");
        NavigatorKt.expectView(DashboardView.class);
        @SuppressWarnings("unchecked")
        Grid<MyWeek.HostedSession> sessions = _get(Grid.class, s -> s.withId("my-week-sessions"));
        assertThat(GridKt._size(sessions)).isEqualTo(3);
        List<MyWeek.HostedSession> rows = GridKt._findAll(sessions);
        assertThat(rows)
                .extracting(MyWeek.HostedSession::title)
                .containsExactly("MLDS101 webinar", "MLDS101 office hour", "MLDS101 extra Q&A before the coursework");
        assertThat(rows.get(1).counts()).contains("6 of 6 booked, 2 waiting");
        assertThat(GridKt._getFormattedRow(sessions, 1)).contains("Fall 2026, MLDS101");
        // Ada's modules have no deadline in the next 14 days: the page says so.
        assertThat(text(_get(Div.class, s -> s.withId("my-week"))))
                .contains("No deadline of the offerings you lead in the next 14 days.");
        var chart = _get(Div.class, s -> s.withId("chart-my-attendance"));
        assertThat(text(chart)).contains("Attendance of your offerings");
        _get(chart, Button.class, s -> s.withId("chart-toggle-my-attendance")).click();
        var table = _get(chart, NativeTable.class);
        assertThat(table.getBody().getRowCount()).isEqualTo(6);
        assertThat(text(table)).contains("present ");
        assertThat(_find(Div.class, s -> s.withId("my-week-feed"))).hasSize(1);
        assertThat(_find(Div.class, s -> s.withId("needs-attention"))).isEmpty();
    }

    @Test
    void facultySeeTheDeadlinesOfTheOfferingsTheyLeadInTheNextTwoWeeksWithExtensions() {
        signIn("elena");
        navigate("");
        @SuppressWarnings("unchecked")
        Grid<MyWeek.LedDeadline> deadlines = _get(Grid.class, s -> s.withId("my-week-deadlines"));
        List<MyWeek.LedDeadline> rows = GridKt._findAll(deadlines);
        assertThat(rows).isNotEmpty().allSatisfy(d -> assertThat(d.module()).isIn("MLDS100", "MLDS204"));
        assertThat(rows)
                .anySatisfy(d -> assertThat(d.module() + " " + d.title()).isEqualTo("MLDS100 Case study peer review"));
        assertThat(rows).isSortedAccordingTo(Comparator.comparing(MyWeek.LedDeadline::due));
        assertThat(GridKt._getFormattedRow(deadlines, 0))
                .anySatisfy(cell -> assertThat(cell).matches("none|\\d+"));
    }

    @Test
    void todaysSessionsComeFirstAndSayToday() {
        signIn("ben");
        navigate("");
        @SuppressWarnings("unchecked")
        Grid<MyWeek.HostedSession> sessions = _get(Grid.class, s -> s.withId("my-week-sessions"));
        List<MyWeek.HostedSession> rows = GridKt._findAll(sessions);
        assertThat(rows).isNotEmpty();
        assertThat(rows.getFirst().today()).isTrue();
        assertThat(rows.getFirst().title()).isEqualTo("MLDS102 office hour");
        assertThat(rows.stream().filter(MyWeek.HostedSession::today)).hasSize(1);
    }
}
