package com.cohortdesk.enrollment.ui;

import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.enrollment.EnrollmentService;
import com.cohortdesk.enrollment.OfferingRow;
import com.cohortdesk.enrollment.OfferingService;
import com.cohortdesk.programme.ProgrammeSchedule;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.ui.CohortTermFilter;
import com.cohortdesk.ui.Feedback;
import com.cohortdesk.ui.Filters;
import com.cohortdesk.ui.GridRows;
import com.cohortdesk.ui.ResponsiveGrid;
import com.cohortdesk.ui.ViewHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The modules each cohort runs term by term, with their places. Administrators enrol a cohort into a
 * term here; faculty see the offerings they lead. URL: /offerings?cohort=3&term=1.
 */
@Route("offerings")
@PageTitle("Offerings")
@Menu(order = 2.5, icon = "vaadin:open-book", title = "Offerings")
@RolesAllowed({Role.ADMIN_NAME, Role.FACULTY_NAME})
public class OfferingListView extends VerticalLayout implements BeforeEnterObserver {

    private final OfferingService offerings;
    private final EnrollmentService enrollments;
    private final boolean admin;
    private final Grid<OfferingRow> grid = new Grid<>();
    private final CohortTermFilter<CohortSummary> filter;
    private final Button enrol = new Button();

    OfferingListView(
            OfferingService offerings, EnrollmentService enrollments, CohortService cohorts, CurrentUser currentUser) {
        this.offerings = offerings;
        this.enrollments = enrollments;
        this.admin = currentUser.isAdmin();
        filter = new CohortTermFilter<>(
                "offering",
                admin ? cohorts.listCohorts() : List.of(),
                CohortSummary::name,
                CohortSummary::id,
                ProgrammeSchedule.termLabels());
        Button filtersToggle = null;
        setSizeFull();
        grid.setId("offering-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(OfferingRow::cohortName).setHeader("Cohort").setAutoWidth(true);
        grid.addColumn(r -> "Term " + r.term()).setHeader("Term").setAutoWidth(true);
        grid.addColumn(OfferingRow::moduleLabel).setHeader("Module").setFlexGrow(3);
        grid.addColumn(OfferingRow::enrolled).setHeader("Enrolled").setAutoWidth(true);
        grid.addColumn(OfferingRow::completed).setHeader("Completed").setAutoWidth(true);
        grid.addColumn(OfferingRow::withdrawn).setHeader("Withdrawn").setAutoWidth(true);
        grid.addColumn(OfferingRow::failed).setHeader("Failed").setAutoWidth(true);
        ResponsiveGrid.cards(
                grid,
                r -> ResponsiveGrid.card(
                        ResponsiveGrid.line(r.moduleLabel(), "title"),
                        ResponsiveGrid.line(r.cohortName() + " · term " + r.term(), "meta"),
                        ResponsiveGrid.line(
                                r.enrolled() + " enrolled · " + r.completed() + " completed · " + r.withdrawn()
                                        + " withdrawn · " + r.failed() + " failed",
                                "meta")));
        GridRows.open(
                grid,
                row -> getUI().ifPresent(ui -> ui.navigate(
                        OfferingDetailView.class, new RouteParameters("offeringId", String.valueOf(row.id())))));

        var toolbar = new Div();
        toolbar.addClassName("filter-bar");
        if (admin) {
            enrol.setIcon(VaadinIcon.USERS.create());
            enrol.addClickListener(e -> enrolCohort());
            enrol.setId("enrol-cohort");
            filter.cohortField().addValueChangeListener(e -> refresh());
            filter.termField().addValueChangeListener(e -> refresh());
            toolbar.add(filter.cohortField(), filter.termField(), enrol);
            filtersToggle = Filters.toggle(toolbar);
        }
        add(new ViewHeader(
                admin
                        ? "Choose a cohort and a term to see its modules, or enrol the cohort into the term."
                        : "The offerings you lead. Click one to see its learners."));
        if (filtersToggle != null) add(filtersToggle);
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (admin) {
            filter.read(event.getLocation().getQueryParameters());
        }
        refresh();
    }

    private void refresh() {
        var cohort = filter.cohort();
        var term = filter.term();
        List<OfferingRow> rows = admin ? offerings.offerings(filter.cohortId(), term) : offerings.myOfferings();
        grid.setItems(rows);
        enrol.setEnabled(cohort != null && term != null);
        enrol.setText(
                cohort != null && term != null
                        ? "Enrol " + cohort.name() + " into term " + term
                        : "Enrol cohort into term…");
    }

    private void enrolCohort() {
        var cohort = filter.cohort();
        var term = filter.term();
        if (cohort == null || term == null) return;
        var report = enrollments.enrolCohortIntoTerm(cohort.id(), term);
        refresh();
        new EnrolReportDialog(report).open();
        Feedback.saved(report.summary());
    }
}
