package com.cohortdesk.learner.ui;

import com.cohortdesk.learner.LearnerDetails;
import com.cohortdesk.learner.LearnerEdit;
import com.cohortdesk.learner.LearnerRules;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.learner.StatusAction;
import com.cohortdesk.learner.StatusHistoryEntry;
import com.cohortdesk.security.Role;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.ui.Badge;
import com.cohortdesk.ui.CountryField;
import com.cohortdesk.ui.DetailRoute;
import com.cohortdesk.ui.Feedback;
import com.cohortdesk.ui.TimeZoneField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
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
    private final Clock clock;
    private final TextField name = new TextField("Name");
    private final EmailField email = new EmailField("Email");
    private final CountryField country = new CountryField("Country");
    private final TimeZoneField timeZone = new TimeZoneField("Time zone");
    private final Span localTime = new Span();
    private LearnerDetails learner;

    private final List<LearnerPageSection> sections;

    LearnerDetailView(LearnerService learners, Clock clock, List<LearnerPageSection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(LearnerPageSection::order)).toList();
        this.learners = learners;
        this.clock = clock;
        addClassName("detail-view");
        setId("learner-detail");
        name.setId("learner-name");
        email.setId("learner-email");
        country.setId("learner-country-field");
        timeZone.setId("learner-zone-field");
        timeZone.addValueChangeListener(e -> showLocalTime());
        localTime.setId("learner-local-time");
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
        var status = new Badge(learner.status().label(), learner.status().name().equals("ACTIVE") ? "active" : "completed");
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

        name.setValue(learner.fullName());
        email.setValue(learner.email());
        country.setValue(learner.country());
        timeZone.setValue(learner.timeZone());
        showLocalTime();
        var form = new FormLayout(name, email, country, timeZone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        var save = Feedback.primary("Save details", this::save);
        save.setId("save-learner");
        // an erased learner's details stay as the pseudonym
        save.setVisible(!learner.erased());
        form.getChildren().forEach(field -> ((HasValue<?, ?>) field).setReadOnly(learner.erased()));
        var formBox = new Div(form, localTime, new Div(save));
        formBox.addClassName("learner-form");

        var actions = new Div();
        actions.addClassName("detail-actions");
        for (var action : learner.actions()) {
            var button = new Button(action.label(), e -> openStatusDialog(action));
            button.setId("action-" + action.name().toLowerCase());
            actions.add(button);
        }
        if (learner.actions().isEmpty()) actions.add(new Span("No further status changes: " + learner.status().label().toLowerCase() + " is final."));

        add(header, cohortLine, formBox, new H3("Standing"), actions);
        sections.forEach(section -> add(section.create(learner, this::reload)));
        add(new H3("History"), timeline());
    }

    private void showLocalTime() {
        var zone = timeZone.getValue() == null ? null : ProgrammeTime.parseZone(timeZone.getValue()).orElse(null);
        localTime.setText(zone == null ? "" : "Local time now: " + ProgrammeTime.localTimeNow(zone, clock)
                + " · UK time: " + ProgrammeTime.localTimeNow(ProgrammeTime.ZONE, clock));
        localTime.addClassName("local-time");
    }

    private void save() {
        var edit = new LearnerEdit(name.getValue(), email.getValue(), country.getValue() == null ? "" : country.getValue(),
                timeZone.getValue() == null ? "" : timeZone.getValue());
        var problems = LearnerRules.check(edit.fullName(), edit.email(), edit.country(), edit.timeZone());
        name.setInvalid(problems.containsKey("name"));
        name.setErrorMessage(problems.get("name"));
        email.setInvalid(problems.containsKey("email"));
        email.setErrorMessage(problems.get("email"));
        country.setInvalid(problems.containsKey("country"));
        country.setErrorMessage(problems.get("country"));
        timeZone.setInvalid(problems.containsKey("timeZone"));
        timeZone.setErrorMessage(problems.get("timeZone"));
        if (!problems.isEmpty()) return;
        if (Feedback.trySave(() -> learner = learners.update(learner.id(), learner.version(), edit), message -> {
            email.setInvalid(true);
            email.setErrorMessage(message);
        }, this::reload)) {
            render();
            Feedback.saved("Saved " + learner.fullName() + ".");
        }
    }

    private void openStatusDialog(StatusAction action) {
        var dialog = new StatusChangeDialog(learner, action, learners.deferralTargets(learner.intakeYear()));
        dialog.addConfirmListener((reason, targetCohortId) -> Feedback.trySave(() -> {
            learner = learners.changeStatus(learner.id(), learner.version(), action, reason, targetCohortId);
            dialog.close();
            render();
            Feedback.saved(learner.fullName() + " is now " + learner.status().label().toLowerCase() + ".");
        }, dialog::showProblem, () -> { dialog.close(); reload(); }));
        dialog.open();
    }

    private Div timeline() {
        var list = new Div();
        list.addClassName("timeline");
        list.setId("learner-history");
        if (learner.history().isEmpty()) list.add(new Paragraph("No status changes yet."));
        for (StatusHistoryEntry entry : learner.history()) {
            var what = new Span(entry.fromStatus().label() + " → " + entry.toStatus().label()
                    + (entry.movedCohort() ? ", moved from " + entry.fromCohort() + " to " + entry.toCohort() : ""));
            what.addClassName("timeline-what");
            var who = new Span(WHEN.format(entry.changedAt().atZone(ProgrammeTime.ZONE)) + " UK time, by " + entry.changedBy());
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
