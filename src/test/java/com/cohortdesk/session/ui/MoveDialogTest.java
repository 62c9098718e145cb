package com.cohortdesk.session.ui;

import static com.cohortdesk.ui.FormTesting.byId;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.session.OccurrenceDetails;
import com.cohortdesk.session.OccurrenceStatus;
import com.cohortdesk.session.SessionType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The move dialog on its own, without Spring. */
class MoveDialogTest {

    /** Tue 1 Dec 2026 18:00 UTC, planned in Asia/Kolkata: 23:30 there. */
    static OccurrenceDetails occurrence() {
        return new OccurrenceDetails(
                5,
                3,
                2,
                SessionType.OFFICE_HOUR,
                "MLDS101 office hour",
                7L,
                "Fall 2026 · MLDS101",
                11,
                "Dr Ada Okonkwo",
                Instant.parse("2026-12-01T18:00:00Z"),
                Instant.parse("2026-12-01T19:00:00Z"),
                ZoneId.of("Asia/Kolkata"),
                OccurrenceStatus.SCHEDULED,
                false,
                null,
                "https://meet.example.org/ada",
                6,
                true,
                null,
                false,
                true);
    }

    final List<MoveDialog.SaveEvent> saves = new ArrayList<>();
    final List<MoveDialog.CloseEvent> closes = new ArrayList<>();

    MoveDialog dialog(boolean admin) {
        var dialog = new MoveDialog(occurrence(), admin);
        dialog.addSaveListener(saves::add);
        dialog.addCloseListener(closes::add);
        return dialog;
    }

    @Test
    void startsAtTheCurrentTimeInThePlannedZoneAndFiresTheNewStartWithTheReason() {
        var dialog = dialog(false);
        var date = byId(dialog, DatePicker.class, "move-date");
        var time = byId(dialog, TimePicker.class, "move-time");
        assertThat(date.getValue()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(time.getValue()).isEqualTo(LocalTime.of(23, 30));
        date.setValue(LocalDate.of(2026, 12, 3));
        byId(dialog, TextField.class, "move-reason").setValue("Host at a conference");
        byId(dialog, Button.class, "move-confirm").click();

        assertThat(saves).hasSize(1);
        assertThat(saves.getFirst().newStart()).isEqualTo(LocalDateTime.of(2026, 12, 3, 23, 30));
        assertThat(saves.getFirst().reason()).isEqualTo("Host at a conference");
        assertThat(saves.getFirst().overrideReason()).isNull();
    }

    @Test
    void aMissingReasonOrTimeIsShownOnItsFieldAndNothingIsFired() {
        var dialog = dialog(false);
        var time = byId(dialog, TimePicker.class, "move-time");
        time.clear();
        byId(dialog, Button.class, "move-confirm").click();
        assertThat(saves).isEmpty();
        var reason = byId(dialog, TextField.class, "move-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason; learners and colleagues will see it.");
        assertThat(time.isInvalid()).isTrue();
        assertThat(time.getErrorMessage()).isEqualTo("Choose the new time.");

        reason.setValue("Tab\there");
        assertThat(reason.getErrorMessage())
                .as("checked as it changes")
                .isEqualTo("The reason contains a control character (a tab); remove it.");
    }

    @Test
    void aConflictLetsAnAdministratorMoveAnywayWithAReason() {
        var dialog = dialog(true);
        byId(dialog, TextField.class, "move-reason").setValue("Trying");
        byId(dialog, Button.class, "move-confirm").click();
        dialog.showRefusal("Dr Ada Okonkwo already hosts a webinar then.", true);
        assertThat(byId(dialog, Paragraph.class, "move-problems").getText())
                .isEqualTo("Dr Ada Okonkwo already hosts a webinar then.");
        var override = byId(dialog, TextArea.class, "move-override");
        assertThat(override.isVisible()).isTrue();
        override.setValue("Agreed with\nthe programme lead");
        byId(dialog, Button.class, "move-anyway").click();
        assertThat(saves).hasSize(2);
        assertThat(saves.getLast().overrideReason()).isEqualTo("Agreed with\nthe programme lead");
    }

    @Test
    void facultyGetNoOverrideAndCancelFiresClose() {
        var dialog = dialog(false);
        dialog.showRefusal("You already host a session then.", true);
        assertThat(byId(dialog, TextArea.class, "move-override").isVisible()).isFalse();
        assertThat(byId(dialog, Button.class, "move-anyway").isVisible()).isFalse();
        byId(dialog, Button.class, "move-cancel").click();
        assertThat(closes).hasSize(1);
        assertThat(saves).isEmpty();
    }
}
