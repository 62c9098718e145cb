package com.cohortdesk.session.ui;

import com.cohortdesk.session.SessionSchedulingService;
import com.cohortdesk.session.OccurrenceDetails;
import com.cohortdesk.session.SessionConflictException;
import com.cohortdesk.ui.Feedback;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Moves one week's session to another day or time (in the zone the series was planned in). */
class MoveDialog extends Dialog {

    private final SessionSchedulingService sessions;
    private final OccurrenceDetails occurrence;
    private final Runnable onDone;
    private final DatePicker date = new DatePicker("Date");
    private final TimePicker time = new TimePicker("Time");
    private final TextField reason = new TextField("Reason");
    private final TextArea override = new TextArea("Reason to move despite the conflict");
    private final Paragraph problems = new Paragraph();
    private final Button anyway;
    private final boolean admin;

    MoveDialog(SessionSchedulingService sessions, OccurrenceDetails occurrence, boolean admin, Runnable onDone) {
        this.sessions = sessions;
        this.occurrence = occurrence;
        this.admin = admin;
        this.onDone = onDone;
        setId("move-dialog");
        setHeaderTitle("Move this week's session");
        var local = occurrence.start().atZone(occurrence.plannedZone()).toLocalDateTime();
        date.setValue(local.toLocalDate());
        date.setLocale(java.util.Locale.UK);
        date.setId("move-date");
        time.setValue(local.toLocalTime());
        time.setStep(Duration.ofMinutes(15));
        time.setLocale(java.util.Locale.UK);
        time.setId("move-time");
        reason.setId("move-reason");
        reason.setWidthFull();
        problems.addClassName("form-problems");
        problems.setId("move-problems");
        override.setVisible(false);
        override.setWidthFull();
        override.setId("move-override");
        var confirm = Feedback.primary("Move", () -> move(null));
        confirm.setId("move-confirm");
        anyway = new Button("Move anyway", e -> move(override.getValue()));
        anyway.setVisible(false);
        anyway.setId("move-anyway");
        var buttons = new Div(new Button("Cancel", e -> close()), anyway, confirm);
        buttons.addClassName("dialog-buttons");
        add(new Paragraph("Times are in " + occurrence.plannedZone().getId() + ", where the series was planned. Only this week moves."),
                new Div(date, time), reason, problems, override, buttons);
    }

    private void move(@Nullable String overrideReason) {
        if (date.isEmpty() || time.isEmpty()) {
            problems.setText("Choose the new date and time.");
            return;
        }
        var conflict = new boolean[1];
        if (Feedback.trySave(() -> {
            try {
                sessions.moveOccurrence(occurrence.id(), occurrence.version(), date.getValue().atTime(time.getValue()), reason.getValue(),
                        overrideReason);
            } catch (SessionConflictException e) {
                conflict[0] = true;
                throw e;
            }
        }, message -> {
            problems.setText(message);
            override.setVisible(conflict[0] && admin);
            anyway.setVisible(conflict[0] && admin);
        }, () -> { close(); onDone.run(); })) {
            close();
            Feedback.saved("Moved; the other weeks stay as they are.");
            onDone.run();
        }
    }
}
