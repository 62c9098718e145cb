package com.cohortdesk.calendar.ui;

import com.cohortdesk.session.CalendarOccurrence;
import com.cohortdesk.session.OccurrenceRules;
import com.cohortdesk.session.SessionTimes;
import com.cohortdesk.ui.Feedback;
import com.cohortdesk.ui.FieldRules;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Confirms a session dragged on the calendar: asks the reason ({@link OccurrenceRules#reasonProblem} on the field) and,
 * on a conflict the service reports, the reason to move anyway, as the move dialog does. "Move" fires
 * {@link SaveEvent}; "Put it back", Esc or a click outside fire {@link CloseEvent}, and the view puts it back.
 */
class DragMoveDialog extends Dialog {

    /** What the form holds while it is edited. */
    static final class Fields {
        String reason = "";
        String override = "";
    }

    private final LocalDateTime newStart;
    private final Binder<Fields> binder = new Binder<>();
    private final Binder<Fields> overrideBinder = new Binder<>();
    private final TextField reason = new TextField("Reason");
    private final TextArea override = new TextArea("Reason to move despite the conflict");
    private final Paragraph problems = new Paragraph();
    private final Button anyway;

    DragMoveDialog(CalendarOccurrence occurrence, Instant newStart, ZoneId shownIn) {
        this.newStart = LocalDateTime.ofInstant(newStart, occurrence.plannedZone());
        setId("drag-move-dialog");
        setHeaderTitle("Move this week's session");
        reason.setId("drag-move-reason");
        reason.setWidthFull();
        problems.addClassName("form-problems");
        problems.setId("drag-move-problems");
        override.setId("drag-move-override");
        override.setWidthFull();
        override.setVisible(false);
        binder.forField(reason)
                .withValidator(FieldRules.rule(OccurrenceRules::reasonProblem))
                .bind(f -> f.reason, (f, v) -> f.reason = v);
        overrideBinder
                .forField(override)
                .withValidator(FieldRules.rule(OccurrenceRules::overrideReasonProblem))
                .bind(f -> f.override, (f, v) -> f.override = v);
        binder.readBean(new Fields());
        overrideBinder.readBean(new Fields());
        var confirm = Feedback.primary("Move", () -> move(false));
        confirm.setId("drag-move-confirm");
        anyway = new Button("Move anyway", e -> move(true));
        anyway.setId("drag-move-anyway");
        anyway.setVisible(false);
        var cancel = new Button("Put it back", e -> fireEvent(new CloseEvent(this)));
        cancel.setId("drag-move-cancel");
        var buttons = new Div(cancel, anyway, confirm);
        buttons.addClassName("dialog-buttons");
        add(
                new Paragraph(
                        occurrence.type().label() + ": " + occurrence.title() + " (" + occurrence.forWhom() + ")"),
                new Paragraph("From " + SessionTimes.describe(occurrence.start(), shownIn) + " to "
                        + SessionTimes.describe(newStart, shownIn) + ". Only this week moves."),
                reason,
                problems,
                override,
                buttons);
        addDialogCloseActionListener(e -> fireEvent(new CloseEvent(this)));
    }

    private void move(boolean overriding) {
        problems.setText("");
        var valid = binder.validate().isOk();
        if (overriding) valid = overrideBinder.validate().isOk() && valid;
        var fields = new Fields();
        if (!valid || !binder.writeBeanIfValid(fields) || !overrideBinder.writeBeanIfValid(fields)) return;
        fireEvent(new SaveEvent(this, newStart, fields.reason, overriding ? fields.override : null));
    }

    /** Shows why the service refused the move; a conflict offers to move it anyway with a reason. */
    void showRefusal(String message, boolean conflict) {
        problems.setText(message);
        override.setVisible(conflict);
        anyway.setVisible(conflict);
    }

    /** Fired by "Move" (and "Move anyway", with the reason) when the reasons pass their rules. */
    static final class SaveEvent extends ComponentEvent<DragMoveDialog> {
        private final LocalDateTime newStart;
        private final String reason;
        private final @Nullable String overrideReason;

        SaveEvent(DragMoveDialog source, LocalDateTime newStart, String reason, @Nullable String overrideReason) {
            super(source, false);
            this.newStart = newStart;
            this.reason = reason;
            this.overrideReason = overrideReason;
        }

        /** Where it was dropped, in the zone the series was planned in. */
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

    /** Fired by "Put it back", Esc or a click outside: nothing moves. */
    static final class CloseEvent extends ComponentEvent<DragMoveDialog> {
        CloseEvent(DragMoveDialog source) {
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
