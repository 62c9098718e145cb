package com.cohortdesk.session.ui;

import com.cohortdesk.session.OccurrenceDetails;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;

/**
 * Cancels one week's session, with a reason ({@link OccurrenceRules#reasonProblem} on the field); the rest of the series
 * stays. "Cancel this week" fires {@link SaveEvent} with the reason, "Keep it" {@link CloseEvent}; the view asks the
 * service.
 */
class CancelDialog extends Dialog {

    /** What the form holds while it is edited. */
    static final class Fields {
        String reason = "";
    }

    private final Binder<Fields> binder = new Binder<>();
    private final Paragraph problems = new Paragraph();

    CancelDialog(OccurrenceDetails occurrence) {
        setId("cancel-dialog");
        setHeaderTitle("Cancel " + SessionTimes.uk(occurrence.start()));
        var reason = new TextField("Reason");
        reason.setId("cancel-reason");
        reason.setWidthFull();
        binder.forField(reason)
                .withValidator(FieldRules.rule(OccurrenceRules::reasonProblem))
                .bind(f -> f.reason, (f, v) -> f.reason = v);
        binder.readBean(new Fields());
        problems.addClassName("form-problems");
        problems.setId("cancel-problems");
        var confirm = Feedback.primary("Cancel this week", () -> {
            problems.setText("");
            var fields = new Fields();
            if (binder.validate().isOk() && binder.writeBeanIfValid(fields))
                fireEvent(new SaveEvent(this, fields.reason));
        });
        confirm.setId("cancel-confirm");
        var keep = new Button("Keep it", e -> fireEvent(new CloseEvent(this)));
        keep.setId("cancel-keep");
        var buttons = new Div(keep, confirm);
        buttons.addClassName("dialog-buttons");
        add(new Paragraph("Only this week's session is cancelled."), reason, problems, buttons);
    }

    /** Shows why the service refused the cancellation. */
    void showRefusal(String message) {
        problems.setText(message);
    }

    /** Fired by "Cancel this week" when the reason passes its rule. */
    static final class SaveEvent extends ComponentEvent<CancelDialog> {
        private final String reason;

        SaveEvent(CancelDialog source, String reason) {
            super(source, false);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    /** Fired by "Keep it": close without cancelling. */
    static final class CloseEvent extends ComponentEvent<CancelDialog> {
        CloseEvent(CancelDialog source) {
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
