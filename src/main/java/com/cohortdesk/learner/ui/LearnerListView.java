package com.cohortdesk.learner.ui;

import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.learner.LearnerFilter;
import com.cohortdesk.learner.LearnerRow;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.learner.LearnerStatus;
import com.cohortdesk.security.Role;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.ui.ViewHeader;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/** The learner roster: filtered, sorted and paged in the database. */
@Route("learners")
@PageTitle("Learners")
@Menu(order = 2, icon = "vaadin:users", title = "Learners")
@RolesAllowed(Role.ADMIN_NAME)
public class LearnerListView extends VerticalLayout {

    private final Grid<LearnerRow> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<CohortSummary> cohort = new ComboBox<>();
    private final Select<LearnerStatus> status = new Select<>();

    LearnerListView(LearnerService learners, CohortService cohorts, Clock clock) {
        setSizeFull();
        text.setPlaceholder("Name or email");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("learner-search");
        cohort.setPlaceholder("All cohorts");
        cohort.setItems(cohorts.listCohorts());
        cohort.setItemLabelGenerator(CohortSummary::name);
        cohort.setClearButtonVisible(true);
        cohort.setId("learner-cohort");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItems(LearnerStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setId("learner-status");
        var filters = new Div(text, cohort, status);
        filters.addClassName("filter-bar");

        grid.setId("learner-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(LearnerRow::fullName).setHeader("Name").setKey("fullName").setSortable(true).setFlexGrow(2);
        grid.addColumn(LearnerRow::email).setHeader("Email").setKey("email").setSortable(true).setFlexGrow(2);
        grid.addColumn(LearnerRow::cohortName).setHeader("Cohort").setKey("cohortName").setSortable(true).setAutoWidth(true);
        grid.addColumn(LearnerRow::country).setHeader("Country").setKey("country").setSortable(true).setAutoWidth(true);
        grid.addColumn(LearnerRow::timeZone).setHeader("Time zone").setKey("timeZone").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> ProgrammeTime.localTimeNow(r.zone(), clock)).setHeader("Local time now").setAutoWidth(true);
        grid.addColumn(r -> r.status().label()).setHeader("Status").setKey("status").setSortable(true).setAutoWidth(true);
        grid.setItems(query -> learners.roster(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());

        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        cohort.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(new ViewHeader("Every learner of every cohort. Filter by name, email, cohort or status; sort by any column."),
                filters, grid);
        setFlexGrow(1, grid);
    }

    private LearnerFilter filter() {
        var selected = cohort.getValue();
        return new LearnerFilter(text.getValue(), selected == null ? null : selected.id(), null, status.getValue(), null);
    }
}
