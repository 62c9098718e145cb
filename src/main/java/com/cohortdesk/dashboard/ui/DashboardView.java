package com.cohortdesk.dashboard.ui;

import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.cohort.TermCalendar;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.programme.ModuleService;
import com.cohortdesk.programme.ui.ModuleListView;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.ui.StatCard;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
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
import java.util.Locale;

/** The landing page: programme figures for administrators, their own modules for faculty. */
@Route("")
@PageTitle("Dashboard")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Dashboard")
@PermitAll
public class DashboardView extends VerticalLayout {

    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.UK);

    DashboardView(CurrentUser currentUser, CohortService cohorts, LearnerService learners, ModuleService modules,
            StaffService staff, Clock clock, com.cohortdesk.notice.OutboxService outbox) {
        addClassName("dashboard");
        var user = currentUser.require();
        add(new H2("Welcome, " + user.getDisplayName()));
        if (currentUser.isAdmin()) {
            var cards = new Div(
                    new StatCard(VaadinIcon.GROUP, "Cohorts", COUNT.format(cohorts.countCohorts()), "cohorts"),
                    new StatCard(VaadinIcon.USERS, "Learners", COUNT.format(learners.countLearners()), "learners"),
                    new StatCard(VaadinIcon.BOOK, "Modules", COUNT.format(modules.countModules()), "modules"),
                    new StatCard(VaadinIcon.USER_CARD, "Staff accounts", COUNT.format(staff.countStaff()), "staff"),
                    new StatCard(VaadinIcon.ENVELOPES_O, "Failed notices",
                            COUNT.format(outbox.countsByStatus().get(com.cohortdesk.notice.NoticeStatus.FAILED)), "outbox?status=failed"));
            cards.addClassName("stat-cards");
            cards.setId("admin-stats");
            add(cards, cohortsNow(cohorts, LocalDate.now(clock)), catalogueCheck(modules));
        } else {
            var mine = modules.myModules();
            add(new Paragraph(mine.isEmpty() ? "You are not assigned to any module yet. The programme office assigns modules."
                    : "You teach " + mine.size() + (mine.size() == 1 ? " module." : " modules.")));
            var grid = new ModuleListView.ModuleGrid();
            grid.setId("my-modules");
            grid.setItems(mine);
            grid.setAllRowsVisible(true);
            add(grid, myCohorts(cohorts));
        }
    }

    /** Faculty: the cohorts of the offerings they lead, each linking to their learners. */
    private static Div myCohorts(CohortService cohorts) {
        var box = new Div(new H2("Your cohorts"));
        box.addClassName("dashboard-section");
        box.setId("my-cohorts");
        var mine = cohorts.myCohorts();
        if (mine.isEmpty()) box.add(new Paragraph("You lead no offering yet."));
        var links = new UnorderedList();
        mine.forEach(c -> links.add(new ListItem(new com.vaadin.flow.component.html.Anchor("learners?cohort=" + c.id(),
                c.name() + " roster"))));
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
        }).setHeader("Today");
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
