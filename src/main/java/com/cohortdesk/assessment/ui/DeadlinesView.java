package com.cohortdesk.assessment.ui;

import com.cohortdesk.assessment.AssessmentDraft;
import com.cohortdesk.assessment.AssessmentRow;
import com.cohortdesk.assessment.AssessmentService;
import com.cohortdesk.assessment.AssessmentType;
import com.cohortdesk.assessment.ClashWindows;
import com.cohortdesk.assessment.DeadlineList;
import com.cohortdesk.assessment.ExtensionService;
import com.cohortdesk.assessment.SaveOutcome;
import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.cohort.TermCalendar;
import com.cohortdesk.enrollment.OfferingService;
import com.cohortdesk.programme.ProgrammeSchedule;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.ui.CohortTermFilter;
import com.cohortdesk.ui.Feedback;
import com.cohortdesk.ui.Filters;
import com.cohortdesk.ui.GridRows;
import com.cohortdesk.ui.ResponsiveGrid;
import com.cohortdesk.ui.ViewHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Deadlines of a cohort's term (administrators) or of the modules one leads (faculty), with the weights
 * of each module against 100 % and the clashes. URL: /deadlines?cohort=3&term=1.
 */
@Route("deadlines")
@PageTitle("Deadlines")
@Menu(order = 2.75, icon = "vaadin:calendar-clock", title = "Deadlines")
@RolesAllowed({Role.ADMIN_NAME, Role.FACULTY_NAME})
public class DeadlinesView extends VerticalLayout implements BeforeEnterObserver {

    private final AssessmentService assessments;
    private final ExtensionService extensions;
    private final OfferingService offerings;
    private final boolean admin;
    private final CohortTermFilter<CohortSummary> filter;
    private final ComboBox<CohortSummary> cohort;
    private final Select<Integer> term;
    private final Select<AssessmentType> type = new Select<>();
    private final Div weights = new Div();
    private final Paragraph clashNotice = new Paragraph();
    private final Grid<AssessmentRow> grid = new Grid<>();
    private final Button add = new Button("New deadline", VaadinIcon.PLUS.create());
    private final LocalDate today;
    private Set<Long> clashing = Set.of();

    DeadlinesView(
            AssessmentService assessments,
            ExtensionService extensions,
            OfferingService offerings,
            CohortService cohorts,
            CurrentUser currentUser,
            Clock clock) {
        this.assessments = assessments;
        this.extensions = extensions;
        this.offerings = offerings;
        this.admin = currentUser.isAdmin();
        this.today = LocalDate.now(clock.withZone(ProgrammeTime.ZONE));
        setSizeFull();
        setId("deadlines-view");
        filter = new CohortTermFilter<>(
                "deadlines",
                admin ? cohorts.listCohorts() : List.of(),
                CohortSummary::name,
                CohortSummary::id,
                ProgrammeSchedule.termLabels());
        cohort = filter.cohortField();
        term = filter.termField();
        term.setWidth("17em");
        type.setItems(AssessmentType.values());
        type.setItemLabelGenerator(t -> t == null ? "Every type" : t.label());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("Every type");
        type.setId("deadlines-type");
        var toolbar = new Div();
        toolbar.addClassName("filter-bar");
        if (admin) {
            cohort.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) term.setValue(currentTerm(e.getValue()));
                refresh();
            });
            toolbar.add(cohort);
        }
        toolbar.add(term, type);
        var filtersToggle = Filters.toggle(toolbar);
        term.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        weights.addClassName("weight-checks");
        weights.setId("weight-checks");
        clashNotice.addClassName("clash-notice");
        clashNotice.setId("clash-notice");
        configureGrid();
        var actions = new Div();
        if (admin) {
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("new-deadline");
            add.addClickListener(e -> openEditor(null));
            var load = new RouterLink("Clash heat map", DeadlineLoadView.class);
            load.setId("open-heat-map");
            actions.add(load, add);
            actions.addClassName("detail-actions");
        }
        add(
                new ViewHeader(
                        admin
                                ? "Deadlines of a cohort's term, with each module's weights and the weeks with too many deadlines."
                                : "The deadlines of the modules you lead. Click one to see its extensions.",
                        actions),
                filtersToggle,
                toolbar,
                weights,
                clashNotice,
                grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("deadlines-grid");
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        if (!admin)
            grid.addColumn(r -> r.cohortName() + ", term " + r.term())
                    .setHeader("Cohort")
                    .setAutoWidth(true);
        grid.addColumn(r -> r.moduleCode() + " · " + r.type().label())
                .setHeader("Module")
                .setWidth("9em")
                .setFlexGrow(0);
        grid.addColumn(AssessmentRow::title).setHeader("Title").setFlexGrow(2);
        grid.addColumn(AssessmentRow::weightText)
                .setHeader("Weight")
                .setWidth("5em")
                .setFlexGrow(0);
        grid.addColumn(AssessmentRow::releaseText).setHeader("Release").setFlexGrow(2);
        grid.addColumn(r ->
                        r.dueText() + (r.entryZone().equals(ProgrammeTime.ZONE.getId()) ? "" : " = " + r.dueInLondon()))
                .setHeader("Deadline")
                .setFlexGrow(3);
        grid.addColumn(r -> Optional.ofNullable(r.cutOffText()).orElse("—"))
                .setHeader("Cut-off")
                .setFlexGrow(2);
        grid.addComponentColumn(this::extensionsButton)
                .setKey("extensions")
                .setHeader("Extensions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        ResponsiveGrid.cards(grid, r -> {
            var card = ResponsiveGrid.card(
                    ResponsiveGrid.line(
                            "Due " + r.dueText()
                                    + (r.entryZone().equals(ProgrammeTime.ZONE.getId()) ? "" : " = " + r.dueInLondon()),
                            "when"),
                    ResponsiveGrid.line(
                            r.moduleCode() + " · " + r.type().label() + ": " + r.title() + " (" + r.weightText() + ")",
                            "title"),
                    ResponsiveGrid.line(
                            (admin ? "" : r.cohortName() + ", term " + r.term() + " · ") + "released " + r.releaseText()
                                    + Optional.ofNullable(r.cutOffText())
                                            .map(c -> " · cut-off " + c)
                                            .orElse(""),
                            "meta"),
                    ResponsiveGrid.row(ResponsiveGrid.line("Extensions", "meta"), extensionsButton(r)));
            if (clashing.contains(r.id())) card.addClassName("card-clash");
            return card;
        });
        grid.setPartNameGenerator(r -> clashing.contains(r.id()) ? "clash" : null);
        grid.setEmptyStateText("No deadlines yet.");
        if (admin) GridRows.open(grid, this::openEditor);
    }

    private Button extensionsButton(AssessmentRow row) {
        var button = new Button(String.valueOf(row.extensions()), VaadinIcon.CLOCK.create(), e -> openExtensions(row));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-label", row.extensions() + " extensions of " + row.title());
        button.addClassName("extensions-button");
        return button;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        if (admin) {
            var chosen = filter.cohortIn(params)
                    .or(() -> cohort.getListDataView().getItems().findFirst());
            chosen.ifPresent(c -> {
                cohort.setValue(c);
                term.setValue(currentTerm(c));
            });
        }
        CohortTermFilter.term(params, ProgrammeSchedule.TERMS).ifPresent(term::setValue);
        refresh();
    }

    /** The term running today, or the next one; the last term once all have ended. */
    private int currentTerm(CohortSummary summary) {
        int current = TermCalendar.currentOrNextTerm(summary.terms(), today);
        return current == 0 ? ProgrammeSchedule.TERMS : current;
    }

    private void refresh() {
        if (admin && cohort.getValue() == null) {
            grid.setItems(List.of());
            weights.removeAll();
            clashNotice.setVisible(false);
            add.setEnabled(false);
            return;
        }
        DeadlineList list = assessments.deadlines(admin ? cohort.getValue().id() : null, term.getValue());
        var rows = list.rows().stream()
                .filter(r -> type.getValue() == null || r.type() == type.getValue())
                .toList();
        var clashes = list.clashes();
        clashing = list.clashingIds();
        clashNotice.setText(
                clashes.isEmpty()
                        ? ""
                        : "Clash: " + clashes.size() + " deadlines fall in 7-day windows with "
                                + list.clashThreshold() + " or more deadlines (highlighted): "
                                + clashes.stream()
                                        .map(ClashWindows.Dated::label)
                                        .collect(Collectors.joining(", ")) + ".");
        clashNotice.setVisible(!clashes.isEmpty());
        grid.setItems(rows);
        weights.removeAll();
        for (var w : list.weights()) {
            var chip = new Span((admin ? "" : w.cohortName() + " t" + w.term() + " · ") + w.moduleCode() + ": "
                    + w.check().text());
            chip.addClassNames("weight-chip", w.check().complete() ? "weight-ok" : "weight-problem");
            weights.add(chip);
        }
        add.setEnabled(admin && !list.weights().isEmpty());
    }

    private void openExtensions(AssessmentRow row) {
        var dialog = new ExtensionDialog(
                row, admin, admin ? extensions.candidates(row.id()) : List.of(), extensions.history(row.id()));
        dialog.addSaveListener(e -> {
            var count = new int[1];
            if (Feedback.trySave(
                    () -> count[0] = extensions.grant(e.draft()),
                    dialog::showProblem,
                    () -> dialog.showHistory(extensions.history(row.id())))) {
                dialog.granted(extensions.history(row.id()));
                refresh();
                Feedback.saved("Extension granted to " + count[0] + (count[0] == 1 ? " learner." : " learners."));
            }
        });
        dialog.addCloseListener(e -> dialog.close());
        dialog.open();
    }

    private void openEditor(@Nullable AssessmentRow row) {
        var choices = offerings.offerings(
                row != null ? row.cohortId() : cohort.getValue().id(), row != null ? row.term() : term.getValue());
        var dialog = new AssessmentDialog(choices, row);
        dialog.addSaveListener(e -> save(dialog, row, e.draft(), e.clashConfirmed()));
        dialog.addDeleteListener(e -> {
            if (row != null
                    && Feedback.trySave(() -> assessments.delete(row.id(), row.version()), dialog::showProblem, () -> {
                        dialog.close();
                        refresh();
                    })) {
                dialog.close();
                refresh();
                Feedback.saved(row.moduleCode() + " " + row.title() + " deleted.");
            }
        });
        dialog.addCloseListener(e -> dialog.close());
        dialog.open();
    }

    private void save(
            AssessmentDialog dialog, @Nullable AssessmentRow row, AssessmentDraft draft, boolean clashConfirmed) {
        var outcome = new SaveOutcome[1];
        boolean done = Feedback.trySave(
                () -> outcome[0] = row == null
                        ? assessments.create(draft, clashConfirmed)
                        : assessments.update(row.id(), row.version(), draft, clashConfirmed),
                dialog::showProblem,
                () -> {
                    dialog.close();
                    refresh();
                });
        if (!done) return;
        if (outcome[0].needsConfirmation()) {
            dialog.confirmClash(outcome[0]);
            return;
        }
        dialog.close();
        refresh();
        var saved = outcome[0].saved();
        if (saved != null) {
            Feedback.saved(saved.moduleCode() + " " + saved.title() + " due " + saved.dueText()
                    + (outcome[0].clashes().isEmpty() ? "." : ", despite the clash."));
        }
    }
}
