package com.cohortdesk.session.ui;

import static com.cohortdesk.ui.FormTesting.byId;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.enrollment.OfferingRow;
import com.cohortdesk.security.Role;
import com.cohortdesk.security.StaffSummary;
import com.cohortdesk.session.SessionType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The session dialog on its own, without Spring: the draft it fires, the errors on its fields, its close event. */
class SessionDialogTest {

    static final OfferingRow MLDS101 =
            new OfferingRow(7, 3, "Fall 2026", 1, "MLDS101", "Statistics", 0, 0L, 0L, 0L, 0L);
    static final StaffSummary ADA = new StaffSummary(
            11, 0, "ada", "Dr Ada Okonkwo", "ada@example.org", Set.of(Role.FACULTY), true, null, false);

    final List<SessionDialog.SaveEvent> saves = new ArrayList<>();
    final List<SessionDialog.CloseEvent> closes = new ArrayList<>();

    SessionDialog dialog(boolean admin) {
        var dialog = new SessionDialog(admin, 42, List.of(MLDS101), List.of(ADA), o -> LocalDate.of(2027, 1, 22));
        dialog.addSaveListener(saves::add);
        dialog.addCloseListener(closes::add);
        return dialog;
    }

    @SuppressWarnings("unchecked")
    static <T> ComboBox<T> combo(Component root, String id) {
        return byId(root, ComboBox.class, id);
    }

    @Test
    void aFacultyMembersValidFormFiresTheDraftForTheirOwnWeeklySeries() {
        var dialog = dialog(false);
        byId(dialog, TextField.class, "session-title").setValue("Extra help");
        combo(dialog, "session-offering").setValue(MLDS101);
        byId(dialog, DatePicker.class, "session-date").setValue(LocalDate.of(2026, 12, 1));
        byId(dialog, TextField.class, "session-link").setValue("https://meet.example.org/extra");
        byId(dialog, Button.class, "session-save").click();

        assertThat(saves).hasSize(1);
        var draft = saves.getFirst().draft();
        assertThat(draft.type()).isEqualTo(SessionType.OFFICE_HOUR);
        assertThat(draft.title()).isEqualTo("Extra help");
        assertThat(draft.offeringId()).isEqualTo(7L);
        assertThat(draft.hostId()).as("faculty host their own").isEqualTo(42L);
        assertThat(draft.firstStart()).isEqualTo(LocalDateTime.of(2026, 12, 1, 18, 0));
        assertThat(draft.zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(draft.duration()).isEqualTo(Duration.ofMinutes(60));
        assertThat(draft.repeatsUntil())
                .as("the term's end, proposed when the offering was chosen")
                .isEqualTo(LocalDate.of(2027, 1, 22));
        assertThat(draft.meetingLink()).isEqualTo("https://meet.example.org/extra");
        assertThat(draft.capacity()).isNull();
        assertThat(saves.getFirst().overrideReason()).isNull();
        assertThat(closes).isEmpty();
    }

    @Test
    void anAdministratorChoosesTheHostAndMayScheduleProgrammeWideOnce() {
        var dialog = dialog(true);
        byId(dialog, TextField.class, "session-title").setValue("Welcome webinar");
        combo(dialog, "session-host").setValue(ADA);
        byId(dialog, DatePicker.class, "session-date").setValue(LocalDate.of(2026, 12, 2));
        byId(dialog, TimePicker.class, "session-time").setValue(LocalTime.of(9, 30));
        byId(dialog, Checkbox.class, "session-weekly").setValue(false);
        byId(dialog, TextField.class, "session-link").setValue("https://meet.example.org/welcome");
        byId(dialog, IntegerField.class, "session-capacity").setValue(30);
        byId(dialog, Button.class, "session-save").click();

        assertThat(saves).hasSize(1);
        var draft = saves.getFirst().draft();
        assertThat(draft.offeringId()).as("programme-wide").isNull();
        assertThat(draft.hostId()).isEqualTo(11L);
        assertThat(draft.repeatsUntil()).as("once").isNull();
        assertThat(draft.capacity()).isEqualTo(30);
    }

    @Test
    void invalidFieldsShowTheDomainRuleOnTheFieldAndFireNothing() {
        var dialog = dialog(false);
        var title = byId(dialog, TextField.class, "session-title");
        title.setValue("Two\nlines");
        var link = byId(dialog, TextField.class, "session-link");
        link.setValue("http://meet.example.org/room");
        var minutes = byId(dialog, IntegerField.class, "session-minutes");
        minutes.setValue(600);
        var date = byId(dialog, DatePicker.class, "session-date");
        date.setValue(LocalDate.of(2026, 12, 1));
        combo(dialog, "session-offering").setValue(MLDS101);
        var until = byId(dialog, DatePicker.class, "session-until");
        until.setValue(LocalDate.of(2026, 11, 1));
        byId(dialog, Button.class, "session-save").click();

        assertThat(saves).isEmpty();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("The title contains a line break; keep it on one line.");
        assertThat(link.isInvalid()).isTrue();
        assertThat(link.getErrorMessage()).startsWith("The meeting link must be an https:// address");
        assertThat(minutes.isInvalid()).isTrue();
        assertThat(minutes.getErrorMessage()).isEqualTo("A session lasts 5 minutes to 8 hours.");
        assertThat(until.isInvalid()).isTrue();
        assertThat(until.getErrorMessage()).isEqualTo("The series ends before its first session.");
        assertThat(date.isInvalid()).isFalse();
    }

    @Test
    void anyLengthTheRuleAllowsMayBeTypedBetweenTheStepButtonsQuarterHours() {
        var dialog = dialog(false);
        byId(dialog, TextField.class, "session-title").setValue("Extra help");
        combo(dialog, "session-offering").setValue(MLDS101);
        byId(dialog, DatePicker.class, "session-date").setValue(LocalDate.of(2026, 12, 1));
        byId(dialog, TextField.class, "session-link").setValue("https://meet.example.org/extra");
        var minutes = byId(dialog, IntegerField.class, "session-minutes");
        minutes.setValue(50);
        byId(dialog, Button.class, "session-save").click();
        assertThat(minutes.isInvalid()).isFalse();
        assertThat(saves).extracting(e -> e.draft().duration()).containsExactly(Duration.ofMinutes(50));
        minutes.setValue(4);
        assertThat(minutes.getErrorMessage()).isEqualTo("A session lasts 5 minutes to 8 hours.");
    }

    @Test
    void requiredFieldsSayWhatIsMissing() {
        var dialog = dialog(false);
        byId(dialog, Button.class, "session-save").click();
        assertThat(saves).isEmpty();
        assertThat(byId(dialog, TextField.class, "session-title").getErrorMessage())
                .isEqualTo("Give the session a title.");
        assertThat(combo(dialog, "session-offering").getErrorMessage()).isEqualTo("Choose an offering.");
        assertThat(byId(dialog, DatePicker.class, "session-date").getErrorMessage())
                .isEqualTo("Choose the first date.");
        assertThat(byId(dialog, DatePicker.class, "session-until").getErrorMessage())
                .isEqualTo("Choose the last date of the weekly series.");
        assertThat(combo(dialog, "session-host").isInvalid())
                .as("faculty choose no host")
                .isFalse();
    }

    @Test
    void aConflictLetsAnAdministratorScheduleAnywayWithAReason() {
        var dialog = dialog(true);
        byId(dialog, TextField.class, "session-title").setValue("Extra help");
        combo(dialog, "session-host").setValue(ADA);
        byId(dialog, DatePicker.class, "session-date").setValue(LocalDate.of(2026, 12, 1));
        byId(dialog, Checkbox.class, "session-weekly").setValue(false);
        byId(dialog, TextField.class, "session-link").setValue("https://meet.example.org/extra");
        byId(dialog, Button.class, "session-save").click();
        assertThat(saves).hasSize(1);

        dialog.showRefusal(
                "Dr Ada Okonkwo already hosts \u201cMLDS101 office hour\u201d on Tue 1 Dec 2026, 18:00 UK.", true);
        assertThat(byId(dialog, Paragraph.class, "session-problems").getText())
                .endsWith("To schedule it anyway, give a reason.");
        var override = byId(dialog, TextArea.class, "session-override");
        var anyway = byId(dialog, Button.class, "session-save-anyway");
        assertThat(override.isVisible()).isTrue();
        anyway.click();
        assertThat(saves).as("no reason, no save").hasSize(1);
        assertThat(override.getErrorMessage()).isEqualTo("Give the reason to go ahead despite the conflict.");

        override.setValue("Revision week");
        anyway.click();
        assertThat(saves).hasSize(2);
        assertThat(saves.getLast().overrideReason()).isEqualTo("Revision week");
        assertThat(saves.getLast().draft().title()).isEqualTo("Extra help");
    }

    @Test
    void facultyAreNotOfferedAnOverride() {
        var dialog = dialog(false);
        dialog.showRefusal("You already host a session then.", true);
        assertThat(byId(dialog, TextArea.class, "session-override").isVisible()).isFalse();
        assertThat(byId(dialog, Button.class, "session-save-anyway").isVisible())
                .isFalse();
        assertThat(byId(dialog, Paragraph.class, "session-problems").getText())
                .isEqualTo("You already host a session then.");
    }

    @Test
    void cancelFiresClose() {
        var dialog = dialog(false);
        byId(dialog, Button.class, "session-cancel").click();
        assertThat(closes).hasSize(1);
        assertThat(saves).isEmpty();
    }
}
