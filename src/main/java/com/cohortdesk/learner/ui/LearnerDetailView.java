package com.cohortdesk.learner.ui;

import com.cohortdesk.learner.LearnerDetails;
import com.cohortdesk.learner.LearnerEdit;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.learner.StatusAction;
import com.cohortdesk.learner.StatusHistoryEntry;
import com.cohortdesk.security.Role;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.ui.Badge;
import com.cohortdesk.ui.DetailRoute;
import com.cohortdesk.ui.Feedback;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** One learner: details, local time, standing with its actions, and the history. URL: /learners/{id}. */
@Route("learners/:learnerId")
@RolesAllowed(Role.ADMIN_NAME)
public class LearnerDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final LearnerService learners;
    private final LearnerForm form;
    private LearnerDetails learner;

    private final List<LearnerPageSection> sections;

    LearnerDetailView(LearnerService learners, Clock clock, List<LearnerPageSection> sections) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(LearnerPageSection::order))
                .toList();
        this.learners = learners;
        addClassName("detail-view");
        setId("learner-detail");
        form = new LearnerForm(clock);
        form.addSaveListener(e -> save(e.edit()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        learner = DetailRoute.load(event.getRouteParameters(), "learnerId", "learner", learners::get);
        render();
    }

    @Override
    public String getPageTitle() {
        return DetailRoute.title(learner, "Learner", LearnerDetails::fullName);
    }

    private void render() {
        removeAll();
        var title = new H2(learner.fullName());
        var status =
                new Badge(learner.status().label(), learner.status().name().equals("ACTIVE") ? "active" : "completed");
        status.setId("learner-status-badge");
        var header = new Div(title, status);
        header.addClassName("detail-title");
        var cohortLine = new Paragraph();
        cohortLine.add(new Span("Cohort: "), new Anchor("cohorts/" + learner.cohortId(), learner.cohortName()));
        if (learner.deferredFrom() != null) cohortLine.add(new Span(" (deferred from " + learner.deferredFrom() + ")"));
        cohortLine.setId("learner-cohort-line");
        var history = new Anchor("audit?entity=Learner&id=" + learner.id(), "Change history");
        history.setId("learner-audit-history");
        cohortLine.add(new Span(" · "), history);

        form.show(learner);

        var actions = new Div();
        actions.addClassName("detail-actions");
        for (var action : learner.actions()) {
            var button = new Button(action.label(), e -> openStatusDialog(action));
            button.setId("action-" + action.name().toLowerCase());
            actions.add(button);
        }
        if (learner.actions().isEmpty())
            actions.add(new Span(
                    "No further status changes: " + learner.status().label().toLowerCase() + " is final."));

        add(header, cohortLine, form, new H3("Standing"), actions);
        sections.forEach(section -> add(section.create(learner, this::reload)));
        add(new H3("History"), timeline());
    }

    private void save(LearnerEdit edit) {
        if (Feedback.trySave(
                () -> learner = learners.update(learner.id(), learner.version(), edit),
                form::showProblem,
                this::reload)) {
            render();
            Feedback.saved("Saved " + learner.fullName() + ".");
        }
    }

    private void openStatusDialog(StatusAction action) {
        var dialog = new StatusChangeDialog(learner, action, learners.deferralTargets(learner.intakeYear()));
        dialog.addConfirmListener(e -> Feedback.trySave(
                () -> {
                    learner = learners.changeStatus(
                            learner.id(), learner.version(), action, e.reason(), e.targetCohortId());
                    dialog.close();
                    render();
                    Feedback.saved(learner.fullName() + " is now "
                            + learner.status().label().toLowerCase() + ".");
                },
                dialog::showProblem,
                () -> {
                    dialog.close();
                    reload();
                }));
        dialog.addCancelListener(e -> dialog.close());
        dialog.open();
    }

    private Div timeline() {
        var list = new Div();
        list.addClassName("timeline");
        list.setId("learner-history");
        if (learner.history().isEmpty()) list.add(new Paragraph("No status changes yet."));
        for (StatusHistoryEntry entry : learner.history()) {
            var what = new Span(entry.fromStatus().label() + " → "
                    + entry.toStatus().label()
                    + (entry.movedCohort() ? ", moved from " + entry.fromCohort() + " to " + entry.toCohort() : ""));
            what.addClassName("timeline-what");
            var who = new Span(
                    WHEN.format(entry.changedAt().atZone(ProgrammeTime.ZONE)) + " UK time, by " + entry.changedBy());
            who.addClassName("timeline-who");
            var why = new Span("“" + entry.reason() + "”");
            why.addClassName("timeline-why");
            var item = new Div(what, who, why);
            item.addClassName("timeline-item");
            list.add(item);
        }
        return list;
    }

    private void reload() {
        learner = learners.get(learner.id());
        render();
    }
}
