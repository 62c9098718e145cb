package com.cohortdesk.privacy.ui;

import com.cohortdesk.privacy.PrivacyReason;
import com.cohortdesk.ui.FieldRules;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;

/**
 * Asks for a reason before an action whose consequences it states (an erasure, a legal hold). The confirm button
 * stays disabled until a reason is typed; the reason is checked by {@link PrivacyReason} on its field, then the dialog
 * fires {@link ConfirmEvent} (or {@link CancelEvent}). A refusal of the service is shown in the dialog, which stays open.
 */
class ReasonDialog extends Dialog {

    private final TextArea reason = new TextArea("Reason");
    private final Paragraph problem = new Paragraph();
    private final Binder<Values> binder = FieldRules.binder();

    /** @param purpose what the reason is for, as the rule names it ("erasure", "legal hold") */
    ReasonDialog(String title, String confirmLabel, String purpose, boolean danger, Component... explanation) {
        setHeaderTitle(title);
        setWidth("560px");
        add(explanation);
        reason.setWidthFull();
        reason.setMaxLength(PrivacyReason.MAX_LENGTH);
        reason.setHelperText("Kept in the audit trail: do not name the person.");
        reason.setId("privacy-reason");
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        binder.forField(reason)
                .withValidator(FieldRules.rule(value -> PrivacyReason.problem(purpose, value)))
                .bind(v -> v.reason, (v, value) -> v.reason = value);
        problem.addClassName("form-problems");
        problem.setVisible(false);
        problem.setId("privacy-problem");
        var confirm = new Button(confirmLabel, e -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (danger) confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.setId("privacy-confirm");
        confirm.setEnabled(false);
        reason.addValueChangeListener(e -> confirm.setEnabled(!e.getValue().isEmpty()));
        var cancel = new Button("Cancel", e -> fireEvent(new CancelEvent(this)));
        cancel.setId("privacy-cancel");
        var buttons = new Div(confirm, cancel);
        buttons.addClassName("form-buttons");
        add(reason, problem, buttons);
    }

    private void confirm() {
        var values = new Values();
        if (binder.writeBeanIfValid(values)) {
            problem.setVisible(false);
            fireEvent(new ConfirmEvent(this, values.reason));
        }
    }

    /** A refusal of the service (the reason names the person, the learner is under a hold), shown in the dialog. */
    void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    Registration addConfirmListener(ComponentEventListener<ConfirmEvent> listener) {
        return addListener(ConfirmEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The reason, as typed, once it passed the rule. */
    static final class ConfirmEvent extends ComponentEvent<ReasonDialog> {
        private final String reason;

        ConfirmEvent(ReasonDialog source, String reason) {
            super(source, false);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    static final class CancelEvent extends ComponentEvent<ReasonDialog> {
        CancelEvent(ReasonDialog source) {
            super(source, false);
        }
    }

    private static final class Values {
        String reason = "";
    }
}
