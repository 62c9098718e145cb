package com.cohortdesk.cohort.ui;

import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.cohort.TermDates;
import com.cohortdesk.security.Role;
import com.cohortdesk.ui.ViewHeader;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Every cohort with its status and term dates. */
@Route("cohorts")
@PageTitle("Cohorts")
@Menu(order = 1, icon = "vaadin:group", title = "Cohorts")
@RolesAllowed(Role.ADMIN_NAME)
public class CohortListView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    CohortListView(CohortService cohorts) {
        setSizeFull();
        var grid = new Grid<CohortSummary>();
        grid.setId("cohort-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CohortSummary::name).setHeader("Cohort").setAutoWidth(true).setSortable(true);
        grid.addColumn(CohortSummary::intakeYear).setHeader("Intake").setAutoWidth(true).setSortable(true);
        grid.addComponentColumn(c -> badge(c.status().label(), c.status().name().toLowerCase()))
                .setHeader("Status").setAutoWidth(true);
        grid.addColumn(c -> range(c.term(1))).setHeader("Term 1").setAutoWidth(true);
        grid.addColumn(c -> range(c.term(6))).setHeader("Term 6 (research project)").setAutoWidth(true);
        grid.setItems(cohorts.listCohorts());
        add(new ViewHeader("Each September's intake and its six terms (dates in UK time)."), grid);
        setFlexGrow(1, grid);
    }

    private static String range(TermDates term) {
        return DAY.format(term.startsOn()) + " – " + DAY.format(term.endsOn());
    }

    static Span badge(String text, String variant) {
        var span = new Span(text);
        span.addClassNames("badge", "badge-" + variant);
        return span;
    }
}
