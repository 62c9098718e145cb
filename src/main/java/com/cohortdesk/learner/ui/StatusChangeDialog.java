package com.cohortdesk.learner.ui;

import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.learner.LearnerDetails;
import com.cohortdesk.learner.LearnerLifecycle;
import com.cohortdesk.learner.StatusAction;
import com.cohortdesk.ui.FieldRules;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Asks for the reason of a status change and, for an interruption, the later cohort. The reason and the cohort are
 * checked by {@link LearnerLifecycle}'s rules on their fields; the dialog then fires {@link ConfirmEvent} (the view
 * asks the service, whose refusal {@link #showProblem} shows) or {@link CancelEvent}.
 */
class StatusChangeDialog extends Dialog {

    private final TextArea reason = new TextArea("Reason");
    private final Select<CohortSummary> target = new Select<>();
    private final Paragraph problem = new Paragraph();
    private final Binder<Values> binder = FieldRules.binder();

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
        binder.forField(reason)
                .withValidator(FieldRules.rule(LearnerLifecycle::reasonProblem))
                .bind(v -> v.reason, (v, value) -> v.reason = value);
        add(new Paragraph(
                learner.fullName() + " is " + learner.status().label().toLowerCase() + " in " + learner.cohortName()
                        + "; after this they will be " + action.target().label().toLowerCase() + "."));
        var values = new Values();
        if (action == StatusAction.INTERRUPT) {
            target.setLabel("Defer to cohort");
            target.setItems(laterCohorts);
            target.setItemLabelGenerator(CohortSummary::name);
            target.setId("status-target");
            binder.forField(target)
                    .withValidator(FieldRules.rule(
                            cohort -> LearnerLifecycle.deferralTargetProblem(learner.fullName(), action, cohort)))
                    .bind(v -> v.target, (v, value) -> v.target = value);
            if (!laterCohorts.isEmpty()) values.target = laterCohorts.getFirst();
            else add(new Paragraph("There is no later cohort yet: create next year's cohort first."));
            add(target);
        }
        binder.readBean(values);
        add(reason, problem);
        var confirm = new Button(action.label(), e -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("status-confirm");
        var cancel = new Button("Cancel", e -> fireEvent(new CancelEvent(this)));
        cancel.setId("status-cancel");
        var buttons = new Div(confirm, cancel);
        buttons.addClassName("form-buttons");
        add(buttons);
    }

    private void confirm() {
        var values = new Values();
        if (binder.writeBeanIfValid(values)) {
            problem.setVisible(false);
            fireEvent(new ConfirmEvent(this, values.reason, values.target == null ? null : values.target.id()));
        }
    }

    /** A refusal of the service (the learner changed meanwhile, a rule across the fields), shown in the dialog. */
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

    /** The reason and, for an interruption, the cohort the learner defers to. */
    static final class ConfirmEvent extends ComponentEvent<StatusChangeDialog> {
        private final String reason;
        private final @Nullable Long targetCohortId;

        ConfirmEvent(StatusChangeDialog source, String reason, @Nullable Long targetCohortId) {
            super(source, false);
            this.reason = reason;
            this.targetCohortId = targetCohortId;
        }

        String reason() {
            return reason;
        }

        @Nullable
        Long targetCohortId() {
            return targetCohortId;
        }
    }

    static final class CancelEvent extends ComponentEvent<StatusChangeDialog> {
        CancelEvent(StatusChangeDialog source) {
            super(source, false);
        }
    }

    private static final class Values {
        String reason = "";

        @Nullable
        CohortSummary target;
    }
}
