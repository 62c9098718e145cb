package com.cohortdesk.learner.ui;

import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.learner.LearnerExportService;
import com.cohortdesk.learner.LearnerFilter;
import com.cohortdesk.learner.LearnerRow;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.learner.LearnerStatus;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.shared.Countries;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.ui.CountryField;
import com.cohortdesk.ui.Filters;
import com.cohortdesk.ui.GridRows;
import com.cohortdesk.ui.QueryParams;
import com.cohortdesk.ui.ResponsiveGrid;
import com.cohortdesk.ui.TimeZoneField;
import com.cohortdesk.ui.ViewHeader;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The learner roster, filtered, sorted and paged in the database. The filters are in the address
 * (/learners?cohort=3&status=ACTIVE&q=smith), so a filtered roster can be bookmarked and shared.
 * Faculty read the learners holding a place in the offerings they lead (past ones too), nobody else.
 */
@Route("learners")
@PageTitle("Learners")
@Menu(order = 2, icon = "vaadin:users", title = "Learners")
@RolesAllowed({Role.ADMIN_NAME, Role.FACULTY_NAME})
public class LearnerListView extends VerticalLayout implements BeforeEnterObserver {

    private final Grid<LearnerRow> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<CohortSummary> cohort = new ComboBox<>();
    private final Select<LearnerStatus> status = new Select<>();
    private final CountryField country = new CountryField();
    private final TimeZoneField timeZone = new TimeZoneField();
    private final Paragraph notice = new Paragraph();
    private final List<CohortSummary> cohorts;
    private final boolean admin;
    private boolean restoring;

    LearnerListView(
            LearnerService learners,
            CohortService cohortService,
            CurrentUser currentUser,
            Clock clock,
            LearnerExportService exports) {
        admin = currentUser.isAdmin();
        cohorts = cohortService.myCohorts();
        setSizeFull();
        configureFilters();
        configureGrid(learners, clock);
        var filters = new Div(text, cohort, status, country, timeZone);
        filters.addClassName("filter-bar");
        var filtersToggle = Filters.toggle(filters);
        notice.setId("roster-notice");
        notice.addClassName("notice");
        notice.setVisible(false);
        add(
                new ViewHeader(
                        admin
                                ? "Every learner of every cohort. Filter and sort by any column; click a learner to open them."
                                : "The learners holding a place in the offerings you lead, now or in the past (read-only).",
                        exportSlot(exports, clock)),
                filtersToggle,
                filters,
                notice,
                grid);
        setFlexGrow(1, grid);
    }

    /** The CSV export of the filtered roster (administrators only). */
    private Div exportSlot(LearnerExportService exports, Clock clock) {
        var slot = new Div();
        slot.setId("export-slot");
        if (admin) slot.add(new LearnerExportLink(exports, clock, this::filter));
        return slot;
    }

    private void configureFilters() {
        text.setPlaceholder("Name or email");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("learner-search");
        cohort.setPlaceholder(admin ? "All cohorts" : "All your cohorts");
        cohort.setItems(cohorts);
        cohort.setItemLabelGenerator(CohortSummary::name);
        cohort.setClearButtonVisible(true);
        cohort.setId("learner-cohort");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItems(LearnerStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setId("learner-status");
        country.setPlaceholder("Any country");
        country.setAriaLabel("Country");
        country.setClearButtonVisible(true);
        country.setId("learner-country");
        timeZone.setPlaceholder("Any time zone");
        timeZone.setAriaLabel("Time zone");
        timeZone.setClearButtonVisible(true);
        timeZone.setId("learner-zone");
        text.addValueChangeListener(e -> filtersChanged());
        cohort.addValueChangeListener(e -> filtersChanged());
        status.addValueChangeListener(e -> filtersChanged());
        country.addValueChangeListener(e -> filtersChanged());
        timeZone.addValueChangeListener(e -> filtersChanged());
    }

    private void configureGrid(LearnerService learners, Clock clock) {
        grid.setId("learner-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(LearnerRow::fullName)
                .setHeader("Name")
                .setKey("fullName")
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(LearnerRow::email)
                .setHeader("Email")
                .setKey("email")
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(LearnerRow::cohortName)
                .setHeader("Cohort")
                .setKey("cohortName")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(LearnerRow::country)
                .setHeader("Country")
                .setKey("country")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(LearnerRow::timeZone)
                .setHeader("Time zone")
                .setKey("timeZone")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(r -> ProgrammeTime.localTimeNow(r.zone(), clock))
                .setHeader("Local time now")
                .setAutoWidth(true);
        grid.addColumn(r -> r.status().label())
                .setHeader("Status")
                .setKey("status")
                .setSortable(true)
                .setAutoWidth(true);
        ResponsiveGrid.cards(
                        grid,
                        r -> ResponsiveGrid.card(
                                ResponsiveGrid.line(r.fullName(), "title"),
                                ResponsiveGrid.line(r.email(), "meta"),
                                ResponsiveGrid.line(
                                        r.cohortName() + " · " + r.status().label(), "meta"),
                                ResponsiveGrid.line(
                                        r.country() + " · " + r.timeZone() + ", local time now "
                                                + ProgrammeTime.localTimeNow(r.zone(), clock),
                                        "meta")))
                .allRowsOnPhone(false);
        grid.setItems(query -> {
            return learners.roster(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream();
        });
        if (admin) {
            GridRows.open(
                    grid,
                    learner -> getUI().ifPresent(ui -> ui.navigate(
                            LearnerDetailView.class, new RouteParameters("learnerId", String.valueOf(learner.id())))));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        restoring = true;
        try {
            text.setValue(params.getSingleParameter("q").orElse(""));
            var cohortId = params.getSingleParameter("cohort").flatMap(QueryParams::parseLong);
            var chosen = cohortId.flatMap(
                    id -> cohorts.stream().filter(c -> c.id() == id).findFirst());
            notice.setVisible(false);
            if (cohortId.isPresent() && chosen.isEmpty()) {
                notice.setText(
                        admin
                                ? "There is no cohort " + cohortId.get() + "; showing every cohort."
                                : "You can read only the learners of the offerings you lead; showing all of them.");
                notice.setVisible(true);
            }
            cohort.setValue(chosen.orElse(null));
            if (!admin && cohorts.isEmpty()) {
                notice.setText("You lead no offering, so there are no learners to show.");
                notice.setVisible(true);
            }
            status.setValue(params.getSingleParameter("status")
                    .flatMap(LearnerListView::parseStatus)
                    .orElse(null));
            country.setValue(params.getSingleParameter("country")
                    .filter(Countries::isKnown)
                    .orElse(null));
            timeZone.setValue(params.getSingleParameter("zone")
                    .filter(z -> ProgrammeTime.parseZone(z).isPresent())
                    .orElse(null));
        } finally {
            restoring = false;
        }
        grid.getDataProvider().refreshAll();
    }

    private void filtersChanged() {
        if (restoring) return;
        grid.getDataProvider().refreshAll();
        var params = new LinkedHashMap<String, String>();
        if (!text.getValue().isBlank()) params.put("q", text.getValue().strip());
        if (cohort.getValue() != null)
            params.put("cohort", String.valueOf(cohort.getValue().id()));
        if (status.getValue() != null) params.put("status", status.getValue().name());
        if (country.getValue() != null) params.put("country", country.getValue());
        if (timeZone.getValue() != null) params.put("zone", timeZone.getValue());
        getUI().ifPresent(ui ->
                ui.getPage().getHistory().replaceState(null, new Location("learners", QueryParameters.simple(params))));
    }

    /** The filter the grid and the export use. */
    LearnerFilter filter() {
        var selected = cohort.getValue();
        return new LearnerFilter(
                text.getValue(),
                selected == null ? null : selected.id(),
                country.getValue(),
                status.getValue(),
                timeZone.getValue());
    }

    private static Optional<LearnerStatus> parseStatus(String value) {
        return Arrays.stream(LearnerStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(value))
                .findFirst();
    }
}
