package com.cohortdesk.cohort.ui;

import com.cohortdesk.cohort.CohortDraft;
import com.cohortdesk.cohort.CohortStatus;
import com.cohortdesk.cohort.TermCalendar;
import com.cohortdesk.cohort.TermDates;
import com.cohortdesk.programme.ProgrammeSchedule;
import com.cohortdesk.ui.FieldRules;
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
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cohort form: name, intake year, status and the six term dates. Choosing an intake year proposes
 * the dates; the form fires {@link SaveEvent} with a draft and {@link CancelEvent}. Each field is checked by the
 * domain rule for it ({@link CohortDraft#nameProblem}, {@link CohortDraft#intakeYearProblem}, a date for every term)
 * and shows its problem itself; what only the service can judge (the terms' order, a name in use) is shown under
 * the form.
 */
public class CohortForm extends Div {

    private final TextField name = new TextField("Name");
    private final IntegerField intakeYear = new IntegerField("Intake year");
    private final Select<CohortStatus> status = new Select<>();
    private final List<DatePicker[]> termFields = new ArrayList<>();
    private final Paragraph problems = new Paragraph();
    private final Binder<Values> binder = FieldRules.binder();

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
        status.setId("cohort-status");
        binder.forField(name)
                .withValidator(FieldRules.rule(CohortDraft::nameProblem))
                .bind(v -> v.name, (v, value) -> v.name = value);
        binder.forField(intakeYear)
                .withValidator(FieldRules.rule(CohortDraft::intakeYearProblem))
                .bind(v -> v.intakeYear, (v, value) -> v.intakeYear = value);
        binder.forField(status)
                .asRequired("Choose the cohort's status.")
                .bind(v -> v.status, (v, value) -> v.status = value);
        var fields = new FormLayout(name, intakeYear, status);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 3));
        var terms = new FormLayout();
        terms.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
        for (int term = 1; term <= 6; term++) {
            var start = new DatePicker("Term " + term + " starts");
            var end = new DatePicker("Term " + term + " ends");
            start.setId("term-" + term + "-start");
            end.setId("term-" + term + "-end");
            int index = term - 1;
            binder.forField(start)
                    .asRequired("Give the day term " + term + " starts.")
                    .bind(v -> v.starts[index], (v, value) -> v.starts[index] = value);
            binder.forField(end)
                    .asRequired("Give the day term " + term + " ends.")
                    .bind(v -> v.ends[index], (v, value) -> v.ends[index] = value);
            termFields.add(new DatePicker[] {start, end});
            terms.add(start, end);
        }
        problems.addClassName("form-problems");
        problems.setId("cohort-problems");
        problems.setVisible(false);
        var save = new Button("Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("cohort-save");
        var cancel = new Button("Cancel", e -> fireEvent(new CancelEvent(this)));
        cancel.setId("cohort-cancel");
        var buttons = new Div(save, cancel);
        buttons.addClassName("form-buttons");
        add(
                fields,
                new Paragraph("Term dates (UK calendar dates; terms must be in order and must not overlap):"),
                terms,
                problems,
                buttons);
        binder.readBean(Values.of(draft));
        if (proposeOnYearChange) {
            intakeYear.addValueChangeListener(e -> {
                if (e.isFromClient() && CohortDraft.intakeYearProblem(e.getValue()) == null) {
                    var proposal = CohortDraft.proposal(e.getValue());
                    name.setValue(proposal.name());
                    showTerms(TermCalendar.propose(e.getValue()));
                }
            });
        }
    }

    /** A problem the service found (the order of the terms, a name in use): shown under the form. */
    public void showProblem(String message) {
        problems.setText(message);
        problems.setVisible(true);
    }

    private void showTerms(List<TermDates> terms) {
        for (var t : terms) {
            termFields.get(t.term() - 1)[0].setValue(t.startsOn());
            termFields.get(t.term() - 1)[1].setValue(t.endsOn());
        }
    }

    /** Fires {@link SaveEvent} when every field passes its rule; otherwise the fields show what to fix. */
    private void save() {
        var values = new Values();
        if (binder.writeBeanIfValid(values)) {
            problems.setVisible(false);
            fireEvent(new SaveEvent(this, values.toDraft()));
        }
    }

    /** The form's values while they are edited; the binder reads and writes it. */
    private static final class Values {
        String name = "";

        @Nullable
        Integer intakeYear;

        @Nullable
        CohortStatus status;

        final @Nullable LocalDate[] starts = new LocalDate[ProgrammeSchedule.TERMS];
        final @Nullable LocalDate[] ends = new LocalDate[ProgrammeSchedule.TERMS];

        static Values of(CohortDraft draft) {
            var values = new Values();
            values.name = draft.name();
            values.intakeYear = draft.intakeYear();
            values.status = draft.status();
            for (var t : draft.terms()) {
                values.starts[t.term() - 1] = t.startsOn();
                values.ends[t.term() - 1] = t.endsOn();
            }
            return values;
        }

        CohortDraft toDraft() {
            var terms = new ArrayList<TermDates>();
            for (int i = 0; i < starts.length; i++) {
                var start = starts[i];
                var end = ends[i];
                if (start != null && end != null) terms.add(new TermDates(i + 1, start, end));
            }
            return new CohortDraft(
                    name, intakeYear == null ? 0 : intakeYear, status == null ? CohortStatus.PLANNED : status, terms);
        }
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
