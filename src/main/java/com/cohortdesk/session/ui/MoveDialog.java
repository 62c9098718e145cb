package com.cohortdesk.session.ui;

import com.cohortdesk.session.OccurrenceDetails;
import com.cohortdesk.session.OccurrenceRules;
import com.cohortdesk.ui.Feedback;
import com.cohortdesk.ui.FieldRules;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Moves one week's session to another day or time (in the zone the series was planned in). The reason is checked by
 * {@link OccurrenceRules#reasonProblem} on the field; a valid form fires {@link SaveEvent} and the view asks the service.
 * A conflict the service reports lets an administrator move it anyway with a reason.
 */
class MoveDialog extends Dialog {

    /** What the form holds while it is edited. */
    static final class Fields {
        @Nullable
        LocalDate date;

        @Nullable
        LocalTime time;

        String reason = "";
        String override = "";
    }

    private final boolean admin;
    private final Binder<Fields> binder = new Binder<>();
    private final Binder<Fields> overrideBinder = new Binder<>();
    private final DatePicker date = new DatePicker("Date");
    private final TimePicker time = new TimePicker("Time");
    private final TextField reason = new TextField("Reason");
    private final TextArea override = new TextArea("Reason to move despite the conflict");
    private final Paragraph problems = new Paragraph();
    private final Button anyway;

    MoveDialog(OccurrenceDetails occurrence, boolean admin) {
        this.admin = admin;
        setId("move-dialog");
        setHeaderTitle("Move this week's session");
        date.setLocale(Locale.UK);
        date.setId("move-date");
        time.setStep(Duration.ofMinutes(15));
        time.setLocale(Locale.UK);
        time.setId("move-time");
        reason.setId("move-reason");
        reason.setWidthFull();
        problems.addClassName("form-problems");
        problems.setId("move-problems");
        override.setVisible(false);
        override.setWidthFull();
        override.setId("move-override");
        binder.forField(date).asRequired("Choose the new date.").bind(f -> f.date, (f, v) -> f.date = v);
        binder.forField(time).asRequired("Choose the new time.").bind(f -> f.time, (f, v) -> f.time = v);
        binder.forField(reason)
                .withValidator(FieldRules.rule(OccurrenceRules::reasonProblem))
                .bind(f -> f.reason, (f, v) -> f.reason = v);
        overrideBinder
                .forField(override)
                .withValidator(FieldRules.rule(OccurrenceRules::overrideReasonProblem))
                .bind(f -> f.override, (f, v) -> f.override = v);
        var local = occurrence.start().atZone(occurrence.plannedZone()).toLocalDateTime();
        var fields = new Fields();
        fields.date = local.toLocalDate();
        fields.time = local.toLocalTime();
        binder.readBean(fields);
        overrideBinder.readBean(fields);
        var confirm = Feedback.primary("Move", () -> move(false));
        confirm.setId("move-confirm");
        anyway = new Button("Move anyway", e -> move(true));
        anyway.setVisible(false);
        anyway.setId("move-anyway");
        var cancel = new Button("Cancel", e -> fireEvent(new CloseEvent(this)));
        cancel.setId("move-cancel");
        var buttons = new Div(cancel, anyway, confirm);
        buttons.addClassName("dialog-buttons");
        add(
                new Paragraph("Times are in " + occurrence.plannedZone().getId()
                        + ", where the series was planned. Only this week moves."),
                new Div(date, time),
                reason,
                problems,
                override,
                buttons);
    }

    private void move(boolean overriding) {
        problems.setText("");
        var valid = binder.validate().isOk();
        if (overriding) valid = overrideBinder.validate().isOk() && valid;
        var fields = new Fields();
        if (!valid
                || !binder.writeBeanIfValid(fields)
                || !overrideBinder.writeBeanIfValid(fields)
                || fields.date == null
                || fields.time == null) {
            return;
        }
        fireEvent(new SaveEvent(
                this, fields.date.atTime(fields.time), fields.reason, overriding ? fields.override : null));
    }

    /** Shows why the service refused the move; a conflict lets an administrator move it anyway with a reason. */
    void showRefusal(String message, boolean conflict) {
        problems.setText(message);
        override.setVisible(conflict && admin);
        anyway.setVisible(conflict && admin);
    }

    /** Fired by "Move" (and "Move anyway", with the reason) when the fields pass their rules. */
    static final class SaveEvent extends ComponentEvent<MoveDialog> {
        private final LocalDateTime newStart;
        private final String reason;
        private final @Nullable String overrideReason;

        SaveEvent(MoveDialog source, LocalDateTime newStart, String reason, @Nullable String overrideReason) {
            super(source, false);
            this.newStart = newStart;
            this.reason = reason;
            this.overrideReason = overrideReason;
        }

        /** The new start in the zone the series was planned in. */
        LocalDateTime newStart() {
            return newStart;
        }

        String reason() {
            return reason;
        }

        @Nullable
        String overrideReason() {
            return overrideReason;
        }
    }

    /** Fired by "Cancel": close without moving. */
    static final class CloseEvent extends ComponentEvent<MoveDialog> {
        CloseEvent(MoveDialog source) {
            super(source, false);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
