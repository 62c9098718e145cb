package com.cohortdesk.cohort.ui;

import com.cohortdesk.cohort.CohortDraft;
import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.cohort.TermDates;
import com.cohortdesk.security.Role;
import com.cohortdesk.ui.Badge;
import com.cohortdesk.ui.Feedback;
import com.cohortdesk.ui.GridRows;
import com.cohortdesk.ui.ViewHeader;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Every cohort with its status, learner counts per status and term dates; create a new intake here. */
@Route("cohorts")
@PageTitle("Cohorts")
@Menu(order = 1, icon = "vaadin:group", title = "Cohorts")
@RolesAllowed(Role.ADMIN_NAME)
public class CohortListView extends VerticalLayout {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final CohortService cohorts;
    private final CohortLearnerCounts learners;
    private final Grid<CohortSummary> grid = new Grid<>();
    private final Checkbox showArchived = new Checkbox("Show archived");
    private Map<Long, Map<String, Long>> counts = Map.of();

    CohortListView(CohortService cohorts, CohortLearnerCounts learners, Clock clock) {
        this.cohorts = cohorts;
        this.learners = learners;
        setSizeFull();
        grid.setId("cohort-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CohortSummary::name)
                .setHeader("Cohort")
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(CohortSummary::intakeYear)
                .setHeader("Intake")
                .setAutoWidth(true)
                .setSortable(true);
        grid.addComponentColumn(c -> new Badge(
                        c.archived() ? "Archived" : c.status().label(),
                        c.archived() ? "completed" : c.status().name().toLowerCase()))
                .setHeader("Status")
                .setAutoWidth(true);
        for (var status : learners.statuses()) {
            grid.addColumn(c -> count(c, status.key()))
                    .setHeader(status.label())
                    .setAutoWidth(true);
        }
        grid.addColumn(c -> range(c.term(1))).setHeader("Term 1").setAutoWidth(true);
        grid.addColumn(c -> range(c.term(6))).setHeader("Term 6").setAutoWidth(true);
        GridRows.open(
                grid,
                cohort -> getUI().ifPresent(ui -> ui.navigate(
                        CohortDetailView.class, new RouteParameters("cohortId", String.valueOf(cohort.id())))));
        showArchived.addValueChangeListener(e -> refresh());
        showArchived.setId("show-archived");
        var create = Feedback.primary(
                "New cohort", () -> openCreate(LocalDate.now(clock).getYear() + 1));
        create.setIcon(VaadinIcon.PLUS.create());
        create.setId("new-cohort");
        add(
                new ViewHeader(
                        "Each September's intake, its learners and its six terms (dates in UK time). Click a cohort to open it.",
                        showArchived,
                        create),
                grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        counts = learners.byCohort();
        grid.setItems(cohorts.listCohorts(showArchived.getValue()));
    }

    private void openCreate(int intakeYear) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("New cohort");
        dialog.setWidth("720px");
        var form = new CohortForm(CohortDraft.proposal(intakeYear), true);
        form.addSaveListener(e -> {
            if (Feedback.trySave(() -> cohorts.create(e.draft()), form::showProblem, this::refresh)) {
                dialog.close();
                refresh();
                Feedback.saved("Cohort " + e.draft().name() + " created.");
            }
        });
        form.addCancelListener(e -> dialog.close());
        dialog.add(form);
        dialog.open();
    }

    private String count(CohortSummary cohort, String status) {
        return String.valueOf(counts.getOrDefault(cohort.id(), Map.of()).getOrDefault(status, 0L));
    }

    static String range(TermDates term) {
        return DAY.format(term.startsOn()) + " – " + DAY.format(term.endsOn());
    }
}
