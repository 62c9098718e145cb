package com.cohortdesk.cohort.ui;

import com.cohortdesk.cohort.CohortDraft;
import com.cohortdesk.cohort.CohortStatus;
import com.cohortdesk.cohort.TermCalendar;
import com.cohortdesk.cohort.TermDates;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/**
 * The cohort form: name, intake year, status and the six term dates. Choosing an intake year proposes
 * the dates; the form fires {@link SaveEvent} with a draft and {@link CancelEvent}. The service
 * decides whether the draft is valid; its message is shown under the form.
 */
public class CohortForm extends Div {

    private final TextField name = new TextField("Name");
    private final IntegerField intakeYear = new IntegerField("Intake year");
    private final Select<CohortStatus> status = new Select<>();
    private final List<DatePicker[]> termFields = new ArrayList<>();
    private final Paragraph problems = new Paragraph();

    public CohortForm(CohortDraft draft, boolean proposeOnYearChange) {
        addClassName("cohort-form");
        status.setLabel("Status");
        status.setItems(CohortStatus.values());
        status.setItemLabelGenerator(CohortStatus::label);
        intakeYear.setStepButtonsVisible(true);
        intakeYear.setMin(CohortDraft.MIN_INTAKE);
        intakeYear.setMax(CohortDraft.MAX_INTAKE);
        name.setId("cohort-name");
        intakeYear.setId("cohort-intake");
        var fields = new FormLayout(name, intakeYear, status);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 3));
        var terms = new FormLayout();
        terms.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
        for (int term = 1; term <= 6; term++) {
            var start = new DatePicker("Term " + term + " starts");
            var end = new DatePicker("Term " + term + " ends");
            start.setId("term-" + term + "-start");
            end.setId("term-" + term + "-end");
            termFields.add(new DatePicker[] {start, end});
            terms.add(start, end);
        }
        problems.addClassName("form-problems");
        problems.setId("cohort-problems");
        problems.setVisible(false);
        var save = new Button("Save", e -> fireEvent(new SaveEvent(this, draft())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("cohort-save");
        var cancel = new Button("Cancel", e -> fireEvent(new CancelEvent(this)));
        var buttons = new Div(save, cancel);
        buttons.addClassName("form-buttons");
        add(fields, new Paragraph("Term dates (UK calendar dates; terms must be in order and must not overlap):"), terms,
                problems, buttons);
        show(draft);
        if (proposeOnYearChange) {
            intakeYear.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null && e.getValue() >= CohortDraft.MIN_INTAKE
                        && e.getValue() <= CohortDraft.MAX_INTAKE) {
                    var proposal = CohortDraft.proposal(e.getValue());
                    name.setValue(proposal.name());
                    showTerms(TermCalendar.propose(e.getValue()));
                }
            });
        }
    }

    public void showProblem(String message) {
        problems.setText(message);
        problems.setVisible(true);
    }

    private void show(CohortDraft draft) {
        name.setValue(draft.name());
        intakeYear.setValue(draft.intakeYear());
        status.setValue(draft.status());
        showTerms(draft.terms());
    }

    private void showTerms(List<TermDates> terms) {
        for (var t : terms) {
            termFields.get(t.term() - 1)[0].setValue(t.startsOn());
            termFields.get(t.term() - 1)[1].setValue(t.endsOn());
        }
    }

    /** The form's content; incomplete dates become a problem the service reports. */
    CohortDraft draft() {
        var terms = new ArrayList<TermDates>();
        for (int i = 0; i < termFields.size(); i++) {
            var start = termFields.get(i)[0].getValue();
            var end = termFields.get(i)[1].getValue();
            if (start != null && end != null) terms.add(new TermDates(i + 1, start, end));
        }
        return new CohortDraft(name.getValue(), intakeYear.getValue() == null ? 0 : intakeYear.getValue(),
                status.getValue() == null ? CohortStatus.PLANNED : status.getValue(), terms);
    }

    public static final class SaveEvent extends ComponentEvent<CohortForm> {
        private final CohortDraft draft;

        SaveEvent(CohortForm source, CohortDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public CohortDraft draft() {
            return draft;
        }
    }

    public static final class CancelEvent extends ComponentEvent<CohortForm> {
        CancelEvent(CohortForm source) {
            super(source, false);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }
}
