package com.cohortdesk.calendar.ui;

import com.cohortdesk.session.CalendarOccurrence;
import com.cohortdesk.session.SessionSchedulingService;
import com.cohortdesk.session.SessionConflictException;
import com.cohortdesk.session.SessionTimes;
import com.cohortdesk.ui.Feedback;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Confirms a session dragged on the calendar: asks the reason (and, on a conflict, the reason to move anyway,
 * as the session dialog does); cancelling puts it back.
 */
class DragMoveDialog extends Dialog {

    private final SessionSchedulingService sessions;
    private final CalendarOccurrence occurrence;
    private final Instant newStart;
    private final Runnable reload;
    private final TextField reason = new TextField("Reason");
    private final TextArea override = new TextArea("Reason to move despite the conflict");
    private final Paragraph problems = new Paragraph();
    private final Button anyway;
    private boolean moved;

    DragMoveDialog(SessionSchedulingService sessions, CalendarOccurrence occurrence, Instant newStart, ZoneId shownIn, Runnable reload) {
        this.sessions = sessions;
        this.occurrence = occurrence;
        this.newStart = newStart;
        this.reload = reload;
        setId("drag-move-dialog");
        setHeaderTitle("Move this week's session");
        reason.setId("drag-move-reason");
        reason.setWidthFull();
        problems.addClassName("form-problems");
        problems.setId("drag-move-problems");
        override.setId("drag-move-override");
        override.setWidthFull();
        override.setVisible(false);
        var confirm = Feedback.primary("Move", () -> move(null));
        confirm.setId("drag-move-confirm");
        anyway = new Button("Move anyway", e -> move(override.getValue()));
        anyway.setId("drag-move-anyway");
        anyway.setVisible(false);
        var cancel = new Button("Put it back", e -> close());
        cancel.setId("drag-move-cancel");
        var buttons = new Div(cancel, anyway, confirm);
        buttons.addClassName("dialog-buttons");
        add(new Paragraph(occurrence.type().label() + ": " + occurrence.title() + " (" + occurrence.forWhom() + ")"),
                new Paragraph("From " + SessionTimes.describe(occurrence.start(), shownIn) + " to "
                        + SessionTimes.describe(newStart, shownIn) + ". Only this week moves."),
                reason, problems, override, buttons);
        addOpenedChangeListener(e -> {
            if (!e.isOpened() && !moved) reload.run();
        });
    }

    private void move(@Nullable String overrideReason) {
        var conflict = new boolean[1];
        var local = LocalDateTime.ofInstant(newStart, occurrence.plannedZone());
        if (Feedback.trySave(() -> {
            try {
                sessions.moveOccurrence(occurrence.occurrenceId(), occurrence.version(), local, reason.getValue(), overrideReason);
            } catch (SessionConflictException e) {
                conflict[0] = true;
                throw e;
            }
        }, message -> {
            problems.setText(message);
            override.setVisible(conflict[0]);
            anyway.setVisible(conflict[0]);
        }, this::close)) {
            moved = true;
            close();
            Feedback.saved("Moved; the other weeks stay as they are.");
            reload.run();
        }
    }
}
