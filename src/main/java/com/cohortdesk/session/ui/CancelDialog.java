package com.cohortdesk.session.ui;

import com.cohortdesk.session.SessionSchedulingService;
import com.cohortdesk.session.OccurrenceDetails;
import com.cohortdesk.session.SessionTimes;
import com.cohortdesk.ui.Feedback;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Cancels one week's session, with a reason; the rest of the series stays. */
class CancelDialog extends Dialog {

    CancelDialog(SessionSchedulingService sessions, OccurrenceDetails occurrence, Runnable onDone) {
        setId("cancel-dialog");
        setHeaderTitle("Cancel " + SessionTimes.uk(occurrence.start()));
        var reason = new TextField("Reason");
        reason.setId("cancel-reason");
        reason.setWidthFull();
        var problems = new Paragraph();
        problems.addClassName("form-problems");
        var confirm = Feedback.primary("Cancel this week", () -> {
            if (Feedback.trySave(() -> sessions.cancelOccurrence(occurrence.id(), occurrence.version(), reason.getValue()),
                    problems::setText, () -> { close(); onDone.run(); })) {
                close();
                Feedback.saved("Cancelled; the other weeks stay as they are.");
                onDone.run();
            }
        });
        confirm.setId("cancel-confirm");
        var buttons = new Div(new Button("Keep it", e -> close()), confirm);
        buttons.addClassName("dialog-buttons");
        add(new Paragraph("Only this week's session is cancelled."), reason, problems, buttons);
    }
}
