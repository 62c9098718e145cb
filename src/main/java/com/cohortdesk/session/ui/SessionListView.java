package com.cohortdesk.session.ui;

import com.cohortdesk.enrollment.OfferingService;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.security.StaffSummary;
import com.cohortdesk.session.OccurrenceRow;
import com.cohortdesk.session.OccurrenceStatus;
import com.cohortdesk.session.Scheduled;
import com.cohortdesk.session.SessionConflictException;
import com.cohortdesk.session.SessionSchedulingService;
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
import java.util.List;

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
    private final OfferingService offerings;
    private final StaffService staff;
    private final CurrentUser currentUser;
    private final Grid<OccurrenceRow> grid = new Grid<>();
    private final ZoneId viewer;

    SessionListView(
            SessionSchedulingService sessions, OfferingService offerings, StaffService staff, CurrentUser currentUser) {
        this.sessions = sessions;
        this.offerings = offerings;
        this.staff = staff;
        this.currentUser = currentUser;
        this.viewer = ViewerZone.current();
        boolean admin = currentUser.isAdmin();
        setSizeFull();
        grid.setId("session-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> SessionTimes.describe(r.start(), viewer))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.type().label() + ": " + r.title())
                .setHeader("Session")
                .setFlexGrow(2);
        grid.addColumn(OccurrenceRow::forWhom).setHeader("For").setFlexGrow(2);
        if (admin) grid.addColumn(OccurrenceRow::hostName).setHeader("Host").setAutoWidth(true);
        grid.addColumn(OccurrenceRow::rosterCounts).setHeader("Roster").setAutoWidth(true);
        grid.addComponentColumn(SessionListView::status)
                .setHeader("Status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        ResponsiveGrid.cards(
                grid,
                r -> ResponsiveGrid.card(
                        ResponsiveGrid.line(SessionTimes.describe(r.start(), viewer), "when"),
                        ResponsiveGrid.line(r.type().label() + ": " + r.title(), "title"),
                        ResponsiveGrid.line(r.forWhom() + (admin ? " · hosted by " + r.hostName() : ""), "meta"),
                        ResponsiveGrid.row(ResponsiveGrid.line(r.rosterCounts(), "meta"), status(r))));
        GridRows.open(grid, this::open);
        var schedule = Feedback.primary("Schedule session", this::openScheduleDialog);
        schedule.setIcon(VaadinIcon.PLUS.create());
        schedule.setId("schedule-session");
        var planner = new Button(
                "Time-zone planner", VaadinIcon.GLOBE.create(), e -> getUI().ifPresent(ui -> ui.navigate("planner")));
        planner.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        planner.setId("open-planner");
        add(
                new ViewHeader(
                        admin
                                ? "Every live session from this week on. Times in your zone (" + viewer.getId()
                                        + ") with UK time beside. Click one for its roster."
                                : "The sessions of the offerings you lead, from this week on. Times in your zone ("
                                        + viewer.getId()
                                        + ") with UK time beside. Click one for its roster and attendance.",
                        planner,
                        schedule),
                grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void openScheduleDialog() {
        boolean admin = currentUser.isAdmin();
        long me = currentUser.get().map(p -> p.getStaffId()).orElse(-1L);
        var dialog = new SessionDialog(
                admin,
                me,
                admin ? offerings.offerings(null, null) : offerings.myOfferings(),
                admin ? staff.listStaff().stream().filter(StaffSummary::enabled).toList() : List.of(),
                o -> offerings.get(o.id()).dates().endsOn());
        dialog.addSaveListener(e -> schedule(e.getSource(), e));
        dialog.addCloseListener(e -> e.getSource().close());
        dialog.open();
    }

    private void schedule(SessionDialog dialog, SessionDialog.SaveEvent event) {
        var conflict = new boolean[1];
        var result = new Scheduled[1];
        if (Feedback.trySave(
                () -> {
                    try {
                        result[0] = sessions.schedule(event.draft(), event.overrideReason());
                    } catch (SessionConflictException e) {
                        conflict[0] = true;
                        throw e;
                    }
                },
                message -> dialog.showRefusal(message, conflict[0]),
                dialog::close)) {
            dialog.close();
            Feedback.saved("Scheduled " + result[0].occurrences()
                    + (result[0].occurrences() == 1 ? " session." : " weekly sessions."));
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(sessions.upcoming());
    }

    private void open(OccurrenceRow row) {
        getUI().ifPresent(ui -> ui.navigate(
                OccurrenceView.class, new RouteParameters("occurrenceId", String.valueOf(row.occurrenceId()))));
    }

    private static Span status(OccurrenceRow row) {
        var text = row.status() == OccurrenceStatus.CANCELLED ? "Cancelled" : row.moved() ? "Moved" : "Scheduled";
        return new Badge(
                text, row.status() == OccurrenceStatus.CANCELLED ? "withdrawn" : row.moved() ? "planned" : "active");
    }
}
