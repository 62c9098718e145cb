package com.cohortdesk.calendar.ui;

import static com.cohortdesk.ui.FormTesting.byId;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.session.CalendarOccurrence;
import com.cohortdesk.session.OccurrenceStatus;
import com.cohortdesk.session.SessionType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dialog that confirms a drag on the calendar, on its own, without Spring. */
class DragMoveDialogTest {

    final List<DragMoveDialog.SaveEvent> saves = new ArrayList<>();
    final List<DragMoveDialog.CloseEvent> closes = new ArrayList<>();

    DragMoveDialog dialog() {
        var occurrence = new CalendarOccurrence(
                5,
                3,
                2,
                SessionType.OFFICE_HOUR,
                "MLDS101 office hour",
                "Fall 2026 · MLDS101",
                "Dr Ada Okonkwo",
                Instant.parse("2026-12-01T18:00:00Z"),
                Instant.parse("2026-12-01T19:00:00Z"),
                ZoneId.of("America/New_York"),
                OccurrenceStatus.SCHEDULED,
                false,
                true);
        var dialog = new DragMoveDialog(occurrence, Instant.parse("2026-12-03T07:00:00Z"), ZoneId.of("Europe/London"));
        dialog.addSaveListener(saves::add);
        dialog.addCloseListener(closes::add);
        return dialog;
    }

    @Test
    void firesTheDropInThePlannedZoneWithTheReason() {
        var dialog = dialog();
        byId(dialog, TextField.class, "drag-move-reason").setValue("Host at a conference");
        byId(dialog, Button.class, "drag-move-confirm").click();
        assertThat(saves).hasSize(1);
        assertThat(saves.getFirst().newStart())
                .as("07:00 UTC is 02:00 in New York")
                .isEqualTo(LocalDateTime.of(2026, 12, 3, 2, 0));
        assertThat(saves.getFirst().reason()).isEqualTo("Host at a conference");
        assertThat(saves.getFirst().overrideReason()).isNull();
    }

    @Test
    void noReasonIsShownOnTheFieldAndNothingMoves() {
        var dialog = dialog();
        byId(dialog, Button.class, "drag-move-confirm").click();
        var reason = byId(dialog, TextField.class, "drag-move-reason");
        assertThat(saves).isEmpty();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason; learners and colleagues will see it.");
    }

    @Test
    void aConflictAsksForTheOverrideReasonAndPutItBackFiresClose() {
        var dialog = dialog();
        byId(dialog, TextField.class, "drag-move-reason").setValue("Trying");
        byId(dialog, Button.class, "drag-move-confirm").click();
        dialog.showRefusal("Dr Ada Okonkwo already hosts a webinar then.", true);
        assertThat(byId(dialog, Paragraph.class, "drag-move-problems").getText())
                .isEqualTo("Dr Ada Okonkwo already hosts a webinar then.");
        var override = byId(dialog, TextArea.class, "drag-move-override");
        assertThat(override.isVisible()).isTrue();
        byId(dialog, Button.class, "drag-move-anyway").click();
        assertThat(saves).as("no override reason yet").hasSize(1);
        assertThat(override.isInvalid()).isTrue();
        override.setValue("Agreed with the host");
        byId(dialog, Button.class, "drag-move-anyway").click();
        assertThat(saves).hasSize(2);
        assertThat(saves.getLast().overrideReason()).isEqualTo("Agreed with the host");

        byId(dialog, Button.class, "drag-move-cancel").click();
        assertThat(closes).hasSize(1);
    }
}
