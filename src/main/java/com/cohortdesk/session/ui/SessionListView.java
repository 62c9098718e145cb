package com.cohortdesk.session.ui;

import com.cohortdesk.enrollment.OfferingService;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.session.SessionSchedulingService;
import com.cohortdesk.session.OccurrenceRow;
import com.cohortdesk.session.OccurrenceStatus;
import com.cohortdesk.session.SessionTimes;
import com.cohortdesk.ui.Badge;
import com.cohortdesk.ui.Feedback;
import com.cohortdesk.ui.GridRows;
import com.cohortdesk.ui.ResponsiveGrid;
import com.cohortdesk.ui.ViewHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;

/**
 * My sessions (faculty: those of the offerings they lead and the programme-wide ones they host; administrators: all), from this week on, with roster
 * counts; a click opens the roster. URL: /sessions.
 */
@Route("sessions")
@PageTitle("Live sessions")
@Menu(order = 2.7, icon = "vaadin:calendar-user", title = "Live sessions")
@RolesAllowed({Role.ADMIN_NAME, Role.FACULTY_NAME})
public class SessionListView extends VerticalLayout implements BeforeEnterObserver {

    private final SessionSchedulingService sessions;
    private final Grid<OccurrenceRow> grid = new Grid<>();
    private final ZoneId viewer;

    SessionListView(SessionSchedulingService sessions, OfferingService offerings, StaffService staff, CurrentUser currentUser) {
        this.sessions = sessions;
        this.viewer = ViewerZone.current();
        boolean admin = currentUser.isAdmin();
        setSizeFull();
        grid.setId("session-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> SessionTimes.describe(r.start(), viewer)).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.type().label() + ": " + r.title()).setHeader("Session").setFlexGrow(2);
        grid.addColumn(OccurrenceRow::forWhom).setHeader("For").setFlexGrow(2);
        if (admin) grid.addColumn(OccurrenceRow::hostName).setHeader("Host").setAutoWidth(true);
        grid.addColumn(OccurrenceRow::rosterCounts).setHeader("Roster").setAutoWidth(true);
        grid.addComponentColumn(SessionListView::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        ResponsiveGrid.cards(grid, r -> ResponsiveGrid.card(
                ResponsiveGrid.line(SessionTimes.describe(r.start(), viewer), "when"),
                ResponsiveGrid.line(r.type().label() + ": " + r.title(), "title"),
                ResponsiveGrid.line(r.forWhom() + (admin ? " · hosted by " + r.hostName() : ""), "meta"),
                ResponsiveGrid.row(ResponsiveGrid.line(r.rosterCounts(), "meta"), status(r))));
        GridRows.open(grid, this::open);
        var schedule = Feedback.primary("Schedule session", () -> new SessionDialog(sessions, offerings, staff, currentUser,
                viewer, scheduled -> refresh()).open());
        schedule.setIcon(VaadinIcon.PLUS.create());
        schedule.setId("schedule-session");
        var planner = new Button("Time-zone planner", VaadinIcon.GLOBE.create(), e -> getUI().ifPresent(ui -> ui.navigate("planner")));
        planner.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        planner.setId("open-planner");
        add(new ViewHeader(admin ? "Every live session from this week on. Times in your zone (" + viewer.getId()
                + ") with UK time beside. Click one for its roster." : "The sessions of the offerings you lead, from this week on. Times in your zone ("
                + viewer.getId() + ") with UK time beside. Click one for its roster and attendance.", planner, schedule), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        grid.setItems(sessions.upcoming());
    }

    private void open(OccurrenceRow row) {
        getUI().ifPresent(ui -> ui.navigate(OccurrenceView.class, new RouteParameters("occurrenceId", String.valueOf(row.occurrenceId()))));
    }

    private static Span status(OccurrenceRow row) {
        var text = row.status() == OccurrenceStatus.CANCELLED ? "Cancelled" : row.moved() ? "Moved" : "Scheduled";
        return new Badge(text, row.status() == OccurrenceStatus.CANCELLED ? "withdrawn" : row.moved() ? "planned" : "active");
    }
}
