package com.cohortdesk.learner.ui;

import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.learner.LearnerDetails;
import com.cohortdesk.learner.LearnerLifecycle;
import com.cohortdesk.learner.StatusAction;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Asks for the reason of a status change and, for an interruption, the later cohort. */
class StatusChangeDialog extends Dialog {

    interface ConfirmListener {
        void confirmed(String reason, @Nullable Long targetCohortId);
    }

    private final TextArea reason = new TextArea("Reason");
    private final Select<CohortSummary> target = new Select<>();
    private final Paragraph problem = new Paragraph();
    private final Button confirm;
    private @Nullable ConfirmListener listener;

    StatusChangeDialog(LearnerDetails learner, StatusAction action, List<CohortSummary> laterCohorts) {
        setHeaderTitle(action.label() + ": " + learner.fullName());
        setWidth("520px");
        reason.setWidthFull();
        reason.setMaxLength(LearnerLifecycle.MAX_REASON_LENGTH);
        reason.setHelperText("Kept in the learner's history.");
        reason.setId("status-reason");
        problem.addClassName("form-problems");
        problem.setVisible(false);
        problem.setId("status-problem");
        add(new Paragraph(learner.fullName() + " is " + learner.status().label().toLowerCase() + " in " + learner.cohortName()
                + "; after this they will be " + action.target().label().toLowerCase() + "."));
        if (action == StatusAction.INTERRUPT) {
            target.setLabel("Defer to cohort");
            target.setItems(laterCohorts);
            target.setItemLabelGenerator(CohortSummary::name);
            target.setId("status-target");
            if (!laterCohorts.isEmpty()) target.setValue(laterCohorts.getFirst());
            else add(new Paragraph("There is no later cohort yet: create next year's cohort first."));
            add(target);
        }
        add(reason, problem);
        confirm = new Button(action.label(), e -> {
            if (listener != null) {
                listener.confirmed(reason.getValue(), target.getValue() == null ? null : target.getValue().id());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("status-confirm");
        var buttons = new com.vaadin.flow.component.html.Div(confirm, new Button("Cancel", e -> close()));
        buttons.addClassName("form-buttons");
        add(buttons);
    }

    void addConfirmListener(ConfirmListener listener) {
        this.listener = listener;
    }

    void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
