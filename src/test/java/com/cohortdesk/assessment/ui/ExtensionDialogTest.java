package com.cohortdesk.assessment.ui;

import static com.cohortdesk.ui.FormTesting.byId;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.assessment.LearnerChoice;
import com.cohortdesk.ui.FormTesting;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The extension dialog on its own, without Spring. The assessment is due Mon 23 Nov 2026 07:00 in New York. */
class ExtensionDialogTest {

    static final LearnerChoice AMARA = new LearnerChoice(101, "Amara Obi", "amara@example.org", "Africa/Lagos");
    static final LearnerChoice BO = new LearnerChoice(102, "Bo Lindqvist", "bo@example.org", "Europe/Stockholm");

    final List<ExtensionDialog.SaveEvent> saves = new ArrayList<>();
    final List<ExtensionDialog.CloseEvent> closes = new ArrayList<>();

    ExtensionDialog dialog(boolean admin) {
        var dialog = new ExtensionDialog(
                AssessmentDialogTest.quiz(), admin, admin ? List.of(AMARA, BO) : List.of(), List.of());
        dialog.addSaveListener(saves::add);
        dialog.addCloseListener(closes::add);
        return dialog;
    }

    @SuppressWarnings("unchecked")
    static MultiSelectComboBox<LearnerChoice> learners(ExtensionDialog dialog) {
        return byId(dialog, MultiSelectComboBox.class, "extension-learners");
    }

    @Test
    void grantingToASelectionFiresOneDraftAWeekLaterByDefault() {
        var dialog = dialog(true);
        assertThat(byId(dialog, DateTimePicker.class, "extension-due").getValue())
                .isEqualTo(LocalDateTime.parse("2026-11-30T07:00"));
        learners(dialog).setValue(Set.of(AMARA, BO));
        byId(dialog, TextArea.class, "extension-reason").setValue("Flooding at home");
        byId(dialog, Button.class, "extension-grant").click();

        assertThat(saves).hasSize(1);
        var draft = saves.getFirst().draft();
        assertThat(draft.assessmentId()).isEqualTo(21L);
        assertThat(draft.learnerIds()).containsExactlyInAnyOrder(101L, 102L);
        assertThat(draft.zone()).isEqualTo("America/New_York");
        assertThat(draft.newDue()).isEqualTo(LocalDateTime.parse("2026-11-30T07:00"));
        assertThat(draft.newCutOff()).isNull();
        assertThat(draft.reason()).isEqualTo("Flooding at home");

        dialog.granted(List.of());
        assertThat(learners(dialog).getValue()).as("cleared for the next grant").isEmpty();
        assertThat(learners(dialog).isInvalid()).as("and not shown as an error").isFalse();
        assertThat(byId(dialog, TextArea.class, "extension-reason").getValue()).isEmpty();
        assertThat(byId(dialog, DateTimePicker.class, "extension-due").getValue())
                .isEqualTo(LocalDateTime.parse("2026-11-30T07:00"));
    }

    @Test
    void theRulesOfEachFieldShowOnTheFieldAndNothingIsFired() {
        var dialog = dialog(true);
        var due = byId(dialog, DateTimePicker.class, "extension-due");
        due.setValue(LocalDateTime.parse("2026-11-23T06:00"));
        var cutOff = byId(dialog, DateTimePicker.class, "extension-cut-off");
        cutOff.setValue(LocalDateTime.parse("2026-11-23T05:00"));
        var reason = byId(dialog, TextArea.class, "extension-reason");
        reason.setValue("Bell\u0007");
        byId(dialog, Button.class, "extension-grant").click();

        assertThat(saves).isEmpty();
        assertThat(learners(dialog).getErrorMessage()).isEqualTo("Choose at least one learner.");
        assertThat(due.getErrorMessage())
                .isEqualTo("An extension must move the deadline later than the assessment's own.");
        assertThat(cutOff.getErrorMessage()).isEqualTo("The new cut-off must not be before the new deadline.");
        assertThat(reason.getErrorMessage())
                .isEqualTo("The reason contains a control character (BEL, U+0007); remove it.");

        due.setValue(LocalDateTime.parse("2027-03-14T02:30"));
        assertThat(due.getErrorMessage())
                .startsWith("The new deadline 14 Mar 2027 02:30 does not exist in America/New_York");
    }

    @Test
    void theServicesRefusalShowsUnderTheFormAndCloseFiresClose() {
        var dialog = dialog(true);
        dialog.showProblem("1 of the chosen learners hold no place in this module.");
        assertThat(byId(dialog, Paragraph.class, "extension-problem").getText())
                .isEqualTo("1 of the chosen learners hold no place in this module.");
        byId(dialog, Button.class, "extension-close").click();
        assertThat(closes).hasSize(1);
    }

    @Test
    void facultySeeTheHistoryOnly() {
        var dialog = dialog(false);
        assertThat(FormTesting.find(dialog, Button.class, "extension-grant")).isEmpty();
        assertThat(FormTesting.find(dialog, Paragraph.class, "extension-facts")).isPresent();
    }
}
