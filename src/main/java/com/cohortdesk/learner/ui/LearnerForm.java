package com.cohortdesk.learner.ui;

import com.cohortdesk.learner.LearnerDetails;
import com.cohortdesk.learner.LearnerEdit;
import com.cohortdesk.learner.LearnerRules;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.ui.CountryField;
import com.cohortdesk.ui.FieldRules;
import com.cohortdesk.ui.TimeZoneField;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;

/**
 * A learner's details: name, email, country and time zone, with their local time beside UK time. Each field is
 * checked by its rule in {@link LearnerRules} and shows its problem itself; the form fires {@link SaveEvent} with
 * the edit when all pass. A problem only the service can judge (an email another learner has) shows under the form.
 */
class LearnerForm extends Div {

    private final Clock clock;
    private final TextField name = new TextField("Name");
    private final EmailField email = new EmailField("Email");
    private final CountryField country = new CountryField("Country");
    private final TimeZoneField timeZone = new TimeZoneField("Time zone");
    private final Span localTime = new Span();
    private final Paragraph problems = new Paragraph();
    private final Button save = new Button("Save details", e -> save());
    private final Binder<Values> binder = FieldRules.binder();

    LearnerForm(Clock clock) {
        this.clock = clock;
        addClassName("learner-form");
        name.setId("learner-name");
        email.setId("learner-email");
        country.setId("learner-country-field");
        timeZone.setId("learner-zone-field");
        timeZone.addValueChangeListener(e -> showLocalTime());
        localTime.setId("learner-local-time");
        localTime.addClassName("local-time");
        problems.setId("learner-problems");
        problems.addClassName("form-problems");
        problems.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-learner");
        binder.forField(name)
                .withValidator(FieldRules.rule(LearnerRules::nameProblem))
                .bind(v -> v.name, (v, value) -> v.name = value);
        binder.forField(email)
                .withValidator(FieldRules.rule(LearnerRules::emailProblem))
                .bind(v -> v.email, (v, value) -> v.email = value);
        binder.forField(country)
                .withNullRepresentation("")
                .withValidator(FieldRules.rule(LearnerRules::countryProblem))
                .bind(v -> v.country, (v, value) -> v.country = value);
        binder.forField(timeZone)
                .withNullRepresentation("")
                .withValidator(FieldRules.rule(LearnerRules::timeZoneProblem))
                .bind(v -> v.timeZone, (v, value) -> v.timeZone = value);
        var fields = new FormLayout(name, email, country, timeZone);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        add(fields, localTime, problems, new Div(save));
    }

    /** Shows a learner's details; an erased learner's stay as the pseudonym, read-only. */
    void show(LearnerDetails learner) {
        var values = new Values();
        values.name = learner.fullName();
        values.email = learner.email();
        values.country = learner.country();
        values.timeZone = learner.timeZone();
        binder.readBean(values);
        binder.setReadOnly(learner.erased());
        save.setVisible(!learner.erased());
        problems.setVisible(false);
        showLocalTime();
    }

    /** A problem the service found (an email another learner has), shown under the form. */
    void showProblem(String message) {
        problems.setText(message);
        problems.setVisible(true);
    }

    private void save() {
        var values = new Values();
        if (binder.writeBeanIfValid(values)) {
            problems.setVisible(false);
            fireEvent(new SaveEvent(this, new LearnerEdit(values.name, values.email, values.country, values.timeZone)));
        }
    }

    private void showLocalTime() {
        var zone = timeZone.getValue() == null
                ? null
                : ProgrammeTime.parseZone(timeZone.getValue()).orElse(null);
        localTime.setText(
                zone == null
                        ? ""
                        : "Local time now: " + ProgrammeTime.localTimeNow(zone, clock) + " · UK time: "
                                + ProgrammeTime.localTimeNow(ProgrammeTime.ZONE, clock));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The details as edited, when every field passed its rule. */
    static final class SaveEvent extends ComponentEvent<LearnerForm> {
        private final LearnerEdit edit;

        SaveEvent(LearnerForm source, LearnerEdit edit) {
            super(source, false);
            this.edit = edit;
        }

        LearnerEdit edit() {
            return edit;
        }
    }

    private static final class Values {
        String name = "";
        String email = "";
        String country = "";
        String timeZone = "";
    }
}
