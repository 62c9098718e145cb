package com.cohortdesk.dashboard.ui;

import com.cohortdesk.assessment.DeadlineFormat;
import com.cohortdesk.calendar.CalendarFeedService;
import com.cohortdesk.calendar.ui.MyFeedDialog;
import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.cohort.TermCalendar;
import com.cohortdesk.dashboard.ChartFigure;
import com.cohortdesk.dashboard.DashboardService;
import com.cohortdesk.dashboard.MyWeek;
import com.cohortdesk.dashboard.ProgrammeCharts;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.programme.ModuleService;
import com.cohortdesk.programme.ui.ModuleListView;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.session.SessionTimes;
import com.cohortdesk.session.ui.ViewerZone;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.ui.ResponsiveGrid;
import com.cohortdesk.ui.StatCard;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;

/** The landing page: programme figures for administrators, their own modules for faculty. */
@Route("")
@PageTitle("Dashboard")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Dashboard")
@PermitAll
public class DashboardView extends VerticalLayout {

    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.UK);

    DashboardView(
            CurrentUser currentUser,
            CohortService cohorts,
            LearnerService learners,
            ModuleService modules,
            StaffService staff,
            DashboardService dashboard,
            CalendarFeedService feeds,
            Clock clock) {
        addClassName("dashboard");
        var user = currentUser.require();
        add(new H2("Welcome, " + user.getDisplayName()));
        if (currentUser.isAdmin()) {
            add(new NeedsAttentionPanel(dashboard.needsAttention(), dashboard::refreshNeedsAttention));
            var cards = new Div(
                    new StatCard(VaadinIcon.GROUP, "Cohorts", COUNT.format(cohorts.countCohorts()), "cohorts"),
                    new StatCard(VaadinIcon.USERS, "Learners", COUNT.format(learners.countLearners()), "learners"),
                    new StatCard(VaadinIcon.BOOK, "Modules", COUNT.format(modules.countModules()), "modules"),
                    new StatCard(VaadinIcon.USER_CARD, "Staff accounts", COUNT.format(staff.countStaff()), "staff"));
            cards.addClassName("stat-cards");
            cards.setId("admin-stats");
            add(
                    cards,
                    programmeCharts(dashboard, cohorts),
                    cohortsNow(cohorts, LocalDate.now(clock)),
                    catalogueCheck(modules));
        } else {
            var mine = modules.myModules();
            add(new Paragraph(
                    mine.isEmpty()
                            ? "You are not assigned to any module yet. The programme office assigns modules."
                            : "You teach " + mine.size() + (mine.size() == 1 ? " module." : " modules.")));
            var grid = new ModuleListView.ModuleGrid();
            grid.setId("my-modules");
            grid.setItems(mine);
            grid.setAllRowsVisible(true);
            ResponsiveGrid.cards(
                    grid,
                    m -> ResponsiveGrid.card(
                            ResponsiveGrid.line(m.code() + " " + m.title(), "title"),
                            ResponsiveGrid.line("Terms " + m.terms() + " · " + m.ectsText() + " ECTS", "meta"),
                            ResponsiveGrid.line(String.join(", ", m.faculty()), "meta")));
            add(myWeek(dashboard.myWeek(), ViewerZone.current()), myFeed(feeds, clock), grid, myCohorts(cohorts));
        }
    }

    private static final DateTimeFormatter COMPUTED = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    /** Administrators: the five charts with one cohort filter; changing it redraws every chart. */
    private static Div programmeCharts(DashboardService dashboard, CohortService cohorts) {
        var box = new Div(new H2("The programme at a glance"));
        box.addClassName("dashboard-section");
        box.setId("programme-charts");
        var cohort = new ComboBox<CohortSummary>("Cohort");
        cohort.setId("chart-cohort");
        cohort.setItems(cohorts.listCohorts());
        cohort.setItemLabelGenerator(CohortSummary::name);
        cohort.setPlaceholder("Every cohort");
        cohort.setClearButtonVisible(true);
        var charts = dashboard.charts(null);
        var computed = new Span();
        computed.setText(figuresOf(charts));
        var grid = new Div();
        grid.addClassName("chart-grid");
        var panels = new ArrayList<ChartPanel>();
        var again = new Button("Refresh", e -> {
            var chosen = cohort.getValue();
            var fresh = dashboard.refreshCharts(chosen == null ? null : chosen.id());
            computed.setText(figuresOf(fresh));
            for (int i = 0; i < panels.size(); i++)
                panels.get(i).show(fresh.charts().get(i));
        });
        again.setId("refresh-charts");
        again.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        again.setTooltipText("Compute these figures now");
        var when = new Paragraph(computed, again);
        when.addClassName("chart-description");
        for (ChartFigure figure : charts.charts()) {
            var extra =
                    figure.id().equals("deadlines-per-week") ? new Anchor("deadlines/load", "Open the heat map") : null;
            var panel = new ChartPanel(figure, extra);
            panels.add(panel);
            grid.add(panel);
        }
        cohort.addValueChangeListener(e -> {
            var chosen = e.getValue();
            var figures = dashboard.charts(chosen == null ? null : chosen.id());
            computed.setText(figuresOf(figures));
            for (int i = 0; i < panels.size(); i++)
                panels.get(i).show(figures.charts().get(i));
        });
        box.add(cohort, when, grid);
        return box;
    }

    private static String figuresOf(ProgrammeCharts charts) {
        return "Figures of " + COMPUTED.format(charts.computedAt().atZone(ProgrammeTime.ZONE)) + " UK time. ";
    }

    /** Faculty: the sessions they host in the next 7 days (today's first), their deadlines of the next 14, attendance. */
    private static Div myWeek(MyWeek week, ZoneId viewer) {
        var box = new Div(new H2("My week"));
        box.addClassName("dashboard-section");
        box.setId("my-week");
        var sessions = new Grid<MyWeek.HostedSession>();
        sessions.setId("my-week-sessions");
        sessions.addComponentColumn(s -> {
                    var when = new Span((s.today() ? "Today, " : "") + SessionTimes.describe(s.start(), viewer));
                    if (s.today()) when.addClassName("my-week-today");
                    return when;
                })
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        sessions.addColumn(MyWeek.HostedSession::title).setHeader("Session").setFlexGrow(2);
        sessions.addColumn(MyWeek.HostedSession::forWhom).setHeader("For").setFlexGrow(1);
        sessions.addColumn(MyWeek.HostedSession::counts).setHeader("Learners").setAutoWidth(true);
        sessions.addComponentColumn(s -> new Anchor("sessions/" + s.occurrenceId(), "Roster and attendance"))
                .setHeader("Open")
                .setAutoWidth(true)
                .setFlexGrow(0);
        sessions.setAllRowsVisible(true); // before the cards: they keep what the grid had
        ResponsiveGrid.cards(sessions, s -> {
            var when = ResponsiveGrid.line(
                    (s.today() ? "Today, " : "") + SessionTimes.describe(s.start(), viewer), "when");
            if (s.today()) when.addClassName("my-week-today");
            var open = new Anchor("sessions/" + s.occurrenceId(), "Roster and attendance");
            open.addClassName("card-link");
            return ResponsiveGrid.card(
                    when,
                    ResponsiveGrid.line(s.title(), "title"),
                    ResponsiveGrid.line(s.forWhom(), "meta"),
                    ResponsiveGrid.line(s.counts(), "meta"),
                    open);
        });
        sessions.setItems(week.sessions());
        var noSessions = new Paragraph("You host no session in the next 7 days.");
        noSessions.setVisible(week.sessions().isEmpty());
        sessions.setVisible(!week.sessions().isEmpty());

        var deadlines = new Grid<MyWeek.LedDeadline>();
        deadlines.setId("my-week-deadlines");
        deadlines
                .addColumn(d -> DeadlineFormat.format(d.due(), viewer))
                .setHeader("Due")
                .setAutoWidth(true)
                .setFlexGrow(0);
        deadlines
                .addColumn(d -> d.module() + " " + d.title())
                .setHeader("Assessment")
                .setFlexGrow(2);
        deadlines.addColumn(MyWeek.LedDeadline::cohort).setHeader("Cohort").setAutoWidth(true);
        deadlines
                .addColumn(d -> d.extensions() == 0 ? "none" : String.valueOf(d.extensions()))
                .setHeader("Extensions granted")
                .setAutoWidth(true);
        deadlines
                .addComponentColumn(
                        d -> new Anchor("deadlines?cohort=" + d.cohortId() + "&term=" + d.term(), "Deadlines"))
                .setHeader("Open")
                .setAutoWidth(true)
                .setFlexGrow(0);
        deadlines.setAllRowsVisible(true); // before the cards: they keep what the grid had
        ResponsiveGrid.cards(deadlines, d -> {
            var open = new Anchor("deadlines?cohort=" + d.cohortId() + "&term=" + d.term(), "Deadlines");
            open.addClassName("card-link");
            return ResponsiveGrid.card(
                    ResponsiveGrid.line("Due " + DeadlineFormat.format(d.due(), viewer), "when"),
                    ResponsiveGrid.line(d.module() + " " + d.title(), "title"),
                    ResponsiveGrid.line(
                            d.cohort() + " · extensions granted: " + (d.extensions() == 0 ? "none" : d.extensions()),
                            "meta"),
                    open);
        });
        deadlines.setItems(week.deadlines());
        var noDeadlines = new Paragraph("No deadline of the offerings you lead in the next 14 days.");
        noDeadlines.setVisible(week.deadlines().isEmpty());
        deadlines.setVisible(!week.deadlines().isEmpty());

        var attendance = new ChartPanel(week.attendance(), null);
        attendance.addClassName("chart-small");
        box.add(
                new H3("Sessions you host in the next 7 days"),
                noSessions,
                sessions,
                new H3("Deadlines in the next 14 days"),
                noDeadlines,
                deadlines,
                attendance);
        return box;
    }

    /** Faculty: their own calendar feed (the sessions they host, the deadlines of the offerings they lead), as the user menu opens it. */
    private static Div myFeed(CalendarFeedService feeds, Clock clock) {
        var box = new Div(new H2("My calendar feed"));
        box.addClassName("dashboard-section");
        box.setId("my-week-feed");
        var open = new Button(
                "Open my calendar feed", VaadinIcon.CALENDAR.create(), e -> new MyFeedDialog(feeds, clock).open());
        open.setId("my-week-feed-open");
        box.add(
                new Paragraph(
                        "Subscribe in your calendar app to the sessions you host and the deadlines of the offerings you lead."),
                open);
        return box;
    }

    /** Faculty: the cohorts of the offerings they lead, each linking to their learners. */
    private static Div myCohorts(CohortService cohorts) {
        var box = new Div(new H2("Your cohorts"));
        box.addClassName("dashboard-section");
        box.setId("my-cohorts");
        var mine = cohorts.myCohorts();
        if (mine.isEmpty()) box.add(new Paragraph("You lead no offering yet."));
        var links = new UnorderedList();
        mine.forEach(c -> links.add(new ListItem(new Anchor("learners?cohort=" + c.id(), c.name() + " roster"))));
        box.add(links);
        return box;
    }

    private static Div cohortsNow(CohortService cohorts, LocalDate today) {
        var grid = new Grid<CohortSummary>();
        grid.setId("cohorts-now");
        grid.addColumn(CohortSummary::name).setHeader("Cohort");
        grid.addColumn(c -> c.status().label()).setHeader("Status");
        grid.addColumn(c -> {
                    int term = TermCalendar.termOn(c.terms(), today);
                    return term == 0 ? "Not in a term today" : "Term " + term + " of 6";
                })
                .setHeader("Today");
        grid.setItems(cohorts.listCohorts());
        grid.setAllRowsVisible(true);
        var box = new Div(new H2("Cohorts today"), grid);
        box.addClassName("dashboard-section");
        return box;
    }

    private static Div catalogueCheck(ModuleService modules) {
        var problems = modules.checkCatalogue();
        var box = new Div(new H2("Programme rules"));
        box.addClassName("dashboard-section");
        box.setId("rules-check");
        if (problems.isEmpty()) {
            box.add(new Paragraph("The module catalogue follows the schedule: 3/2/3/2/3/1 modules per term, "
                    + "12.5/12.5/15/15/15/20 ECTS, 90 in all, ethics in terms 1, 3 and 5."));
        } else {
            var list = new UnorderedList();
            problems.forEach(p -> list.add(new ListItem(p)));
            box.add(new Paragraph("The module catalogue breaks the programme rules:"), list);
        }
        return box;
    }
}
