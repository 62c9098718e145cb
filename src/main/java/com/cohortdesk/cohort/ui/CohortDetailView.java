package com.cohortdesk.cohort.ui;

import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.cohort.TermDates;
import com.cohortdesk.programme.ProgrammeSchedule;
import com.cohortdesk.security.Role;
import com.cohortdesk.ui.Badge;
import com.cohortdesk.ui.DetailRoute;
import com.cohortdesk.ui.Feedback;
import com.cohortdesk.ui.StatCard;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** One cohort: its terms, its learners by status, and the actions on it. URL: /cohorts/{id}. */
@Route("cohorts/:cohortId")
@RolesAllowed(Role.ADMIN_NAME)
public class CohortDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortService cohorts;
    private final CohortLearnerCounts learners;
    private CohortSummary cohort;

    private final List<CohortPageSection> sections;

    CohortDetailView(CohortService cohorts, CohortLearnerCounts learners, List<CohortPageSection> sections) {
        this.cohorts = cohorts;
        this.learners = learners;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(CohortPageSection::order))
                .toList();
        addClassName("detail-view");
        setId("cohort-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cohort = DetailRoute.load(event.getRouteParameters(), "cohortId", "cohort", cohorts::get);
        render();
    }

    @Override
    public String getPageTitle() {
        return DetailRoute.title(cohort, "Cohort", CohortSummary::name);
    }

    private void render() {
        removeAll();
        var title = new H2(cohort.name());
        var status = new Badge(
                cohort.archived() ? "Archived" : cohort.status().label(),
                cohort.archived() ? "completed" : cohort.status().name().toLowerCase());
        var header = new Div(title, status);
        header.addClassName("detail-title");

        var edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> openEdit());
        edit.setId("edit-cohort");
        var archive = new Button(
                cohort.archived() ? "Restore" : "Archive", VaadinIcon.ARCHIVE.create(), e -> toggleArchived());
        archive.setId("archive-cohort");
        var importLink = new Anchor("cohorts/" + cohort.id() + "/import", "Import learners (CSV)");
        importLink.setId("import-learners");
        var roster = new Anchor("learners?cohort=" + cohort.id(), "Open the roster");
        roster.setId("open-roster");
        var offeringsLink = new Anchor("offerings?cohort=" + cohort.id(), "Offerings and enrolment");
        offeringsLink.setId("open-offerings");
        var history = new Anchor("audit?entity=Cohort&id=" + cohort.id(), "History");
        history.setId("cohort-history");
        var actions = new Div(edit, archive, importLink, roster, offeringsLink, history);
        actions.addClassName("detail-actions");

        Map<String, Long> counts = learners.byCohort().getOrDefault(cohort.id(), Map.of());
        var cards = new Div();
        cards.addClassName("stat-cards");
        for (var s : learners.statuses()) {
            cards.add(new StatCard(
                    VaadinIcon.USERS,
                    s.label(),
                    String.valueOf(counts.getOrDefault(s.key(), 0L)),
                    "learners?cohort=" + cohort.id() + "&status=" + s.key()));
        }

        var terms = new Grid<TermDates>();
        terms.setId("cohort-terms");
        terms.addColumn(t -> ProgrammeSchedule.term(t.term()).label())
                .setHeader("Term")
                .setAutoWidth(true);
        terms.addColumn(t -> CohortListView.DAY.format(t.startsOn()))
                .setHeader("Starts")
                .setAutoWidth(true);
        terms.addColumn(t -> CohortListView.DAY.format(t.endsOn()))
                .setHeader("Ends")
                .setAutoWidth(true);
        terms.addColumn(t -> (ChronoUnit.DAYS.between(t.startsOn(), t.endsOn()) + 1) / 7 + " weeks")
                .setHeader("Length");
        terms.addColumn(t -> ProgrammeSchedule.term(t.term()).modules() + " modules, "
                        + ProgrammeSchedule.term(t.term())
                                .ects()
                                .stripTrailingZeros()
                                .toPlainString() + " ECTS")
                .setHeader("Load");
        terms.setItems(cohort.terms());
        terms.setAllRowsVisible(true);

        add(header, actions, cards, new H2("Terms"), terms);
        sections.forEach(section -> add(section.create(cohort)));
    }

    private void openEdit() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Edit " + cohort.name());
        dialog.setWidth("720px");
        var form = new CohortForm(cohort.toDraft(), false);
        long version = cohort.version();
        form.addSaveListener(e -> {
            if (Feedback.trySave(
                    () -> cohort = cohorts.update(cohort.id(), version, e.draft()), form::showProblem, () -> {
                        dialog.close();
                        reload();
                    })) {
                dialog.close();
                render();
                Feedback.saved("Cohort " + cohort.name() + " saved.");
            }
        });
        form.addCancelListener(e -> dialog.close());
        dialog.add(form);
        dialog.open();
    }

    private void toggleArchived() {
        if (Feedback.trySave(
                () -> cohort = cohorts.setArchived(cohort.id(), cohort.version(), !cohort.archived()),
                Feedback::saved,
                this::reload)) {
            render();
            Feedback.saved(cohort.archived() ? cohort.name() + " archived." : cohort.name() + " restored.");
        }
    }

    private void reload() {
        cohort = cohorts.get(cohort.id());
        render();
    }
}
