package com.cohortdesk.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Asks for a reason before an action whose consequences it states (an erasure, a legal hold). The confirm button
 * stays disabled until a reason is typed; a refusal is shown in the dialog, which stays open.
 */
class ReasonDialog extends Dialog {

    private final TextArea reason = new TextArea("Reason");
    private final Paragraph problem = new Paragraph();

    ReasonDialog(String title, String confirmLabel, boolean danger, Consumer<String> onConfirm, Component... explanation) {
        setHeaderTitle(title);
        setWidth("560px");
        add(explanation);
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setHelperText("Kept in the audit trail: do not name the person.");
        reason.setId("privacy-reason");
        reason.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        problem.addClassName("form-problems");
        problem.setVisible(false);
        problem.setId("privacy-problem");
        var confirm = new Button(confirmLabel, e -> onConfirm.accept(reason.getValue()));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (danger) confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.setId("privacy-confirm");
        confirm.setEnabled(false);
        reason.addValueChangeListener(e -> confirm.setEnabled(!e.getValue().isBlank()));
        var buttons = new Div(confirm, new Button("Cancel", e -> close()));
        buttons.addClassName("form-buttons");
        add(reason, problem, buttons);
    }

    void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
