package com.cohortdesk.assessment.ui;

import static com.cohortdesk.ui.FormTesting.byId;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.assessment.AssessmentRow;
import com.cohortdesk.assessment.AssessmentType;
import com.cohortdesk.enrollment.OfferingRow;
import com.cohortdesk.ui.FormTesting;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assessment dialog on its own, without Spring: the draft it fires, the rules on its fields, delete and cancel. */
class AssessmentDialogTest {

    static final OfferingRow MLDS102 =
            new OfferingRow(8, 3, "Fall 2026", 1, "MLDS102", "Optimisation", 0, 0L, 0L, 0L, 0L);
    static final OfferingRow MLDS101 =
            new OfferingRow(7, 3, "Fall 2026", 1, "MLDS101", "Statistics", 0, 0L, 0L, 0L, 0L);

    final List<AssessmentDialog.SaveEvent> saves = new ArrayList<>();
    final List<AssessmentDialog.DeleteEvent> deletes = new ArrayList<>();
    final List<AssessmentDialog.CloseEvent> closes = new ArrayList<>();

    AssessmentDialog dialog(List<OfferingRow> offerings, AssessmentRow existing) {
        var dialog = new AssessmentDialog(offerings, existing);
        dialog.addSaveListener(saves::add);
        dialog.addDeleteListener(deletes::add);
        dialog.addCloseListener(closes::add);
        return dialog;
    }

    static AssessmentRow quiz() {
        return new AssessmentRow(
                21,
                4,
                7,
                3,
                "Fall 2026",
                1,
                "MLDS101",
                "Statistics",
                AssessmentType.QUIZ,
                "Quiz 2: inference",
                new BigDecimal("10"),
                Instant.parse("2026-11-16T09:00:00Z"),
                Instant.parse("2026-11-23T12:00:00Z"),
                null,
                "America/New_York",
                2);
    }

    @SuppressWarnings("unchecked")
    static <T> Select<T> select(AssessmentDialog dialog, String id) {
        return byId(dialog, Select.class, id);
    }

    @Test
    void aNewDeadlineFiresTheDraftInTheZoneItWasEnteredIn() {
        var dialog = dialog(List.of(MLDS102), null);
        assertThat(select(dialog, "assessment-offering").getValue())
                .as("the only choice, chosen")
                .isEqualTo(MLDS102);
        select(dialog, "assessment-type").setValue(AssessmentType.QUIZ);
        byId(dialog, TextField.class, "assessment-title").setValue("Quiz 3");
        byId(dialog, BigDecimalField.class, "assessment-weight").setValue(new BigDecimal("12.5"));
        byId(dialog, ComboBox.class, "assessment-zone").setValue("Asia/Kolkata");
        byId(dialog, DateTimePicker.class, "assessment-release").setValue(LocalDateTime.parse("2026-11-16T09:00"));
        byId(dialog, DateTimePicker.class, "assessment-due").setValue(LocalDateTime.parse("2026-11-24T17:30"));
        assertThat(byId(dialog, Paragraph.class, "assessment-in-uk").getText())
                .isEqualTo("Deadline: Tue 24 Nov 2026, 12:00 GMT (Europe/London)");
        byId(dialog, Button.class, "assessment-save").click();

        assertThat(saves).hasSize(1);
        var draft = saves.getFirst().draft();
        assertThat(draft.offeringId()).isEqualTo(8L);
        assertThat(draft.type()).isEqualTo(AssessmentType.QUIZ);
        assertThat(draft.title()).isEqualTo("Quiz 3");
        assertThat(draft.weight()).isEqualByComparingTo("12.5");
        assertThat(draft.zone()).isEqualTo("Asia/Kolkata");
        assertThat(draft.due()).isEqualTo(LocalDateTime.parse("2026-11-24T17:30"));
        assertThat(draft.cutOff()).isNull();
        assertThat(saves.getFirst().clashConfirmed()).isFalse();
        assertThat(draft.resolve().due()).isEqualTo(Instant.parse("2026-11-24T12:00:00Z"));
    }

    @Test
    void aTimeTheClocksSkipIsRefusedOnItsFieldAndNothingIsFired() {
        var dialog = dialog(List.of(MLDS102, MLDS101), null);
        select(dialog, "assessment-type").setValue(AssessmentType.QUIZ);
        byId(dialog, TextField.class, "assessment-title").setValue("Quiz 3");
        byId(dialog, BigDecimalField.class, "assessment-weight").setValue(new BigDecimal("10.125"));
        byId(dialog, DateTimePicker.class, "assessment-release").setValue(LocalDateTime.parse("2026-03-30T09:00"));
        var due = byId(dialog, DateTimePicker.class, "assessment-due");
        due.setValue(LocalDateTime.parse("2026-03-29T01:30"));
        var cutOff = byId(dialog, DateTimePicker.class, "assessment-cut-off");
        byId(dialog, Button.class, "assessment-save").click();

        assertThat(saves).isEmpty();
        assertThat(select(dialog, "assessment-offering").getErrorMessage()).isEqualTo("Choose the module.");
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).startsWith("The due time 29 Mar 2026 01:30 does not exist in Europe/London");
        assertThat(byId(dialog, BigDecimalField.class, "assessment-weight").getErrorMessage())
                .isEqualTo("The weight may have at most two decimals.");
        assertThat(byId(dialog, DateTimePicker.class, "assessment-release").isInvalid())
                .as("not compared with a deadline that has no instant")
                .isFalse();
        assertThat(cutOff.isInvalid()).isFalse();

        due.setValue(LocalDateTime.parse("2026-03-29T12:00"));
        assertThat(due.isInvalid()).isFalse();
        assertThat(byId(dialog, DateTimePicker.class, "assessment-release").getErrorMessage())
                .as("checked on save")
                .isEmpty();
        byId(dialog, Button.class, "assessment-save").click();
        assertThat(byId(dialog, DateTimePicker.class, "assessment-release").getErrorMessage())
                .isEqualTo("The release must be before the deadline.");
        cutOff.setValue(LocalDateTime.parse("2026-03-29T11:00"));
        assertThat(cutOff.getErrorMessage()).isEqualTo("The cut-off must not be before the deadline.");
        assertThat(saves).isEmpty();
    }

    @Test
    void editingFillsTheFormKeepsTheModuleAndOffersDelete() {
        var dialog = dialog(List.of(MLDS101), quiz());
        assertThat(dialog.getHeaderTitle()).isEqualTo("Edit MLDS101 Quiz 2: inference");
        assertThat(select(dialog, "assessment-offering").isEnabled()).isFalse();
        assertThat(byId(dialog, DateTimePicker.class, "assessment-due").getValue())
                .as("in New York")
                .isEqualTo(LocalDateTime.parse("2026-11-23T07:00"));
        byId(dialog, DateTimePicker.class, "assessment-due").setValue(LocalDateTime.parse("2026-11-26T07:00"));
        byId(dialog, Button.class, "assessment-save").click();
        assertThat(saves).hasSize(1);
        assertThat(saves.getFirst().draft().zone()).isEqualTo("America/New_York");
        assertThat(saves.getFirst().draft().title()).isEqualTo("Quiz 2: inference");
        assertThat(saves.getFirst().draft().due()).isEqualTo(LocalDateTime.parse("2026-11-26T07:00"));

        byId(dialog, Button.class, "assessment-delete").click();
        assertThat(deletes).hasSize(1);
        dialog.showProblem("Someone removed it already.");
        assertThat(byId(dialog, Paragraph.class, "assessment-problem").getText())
                .isEqualTo("Someone removed it already.");
    }

    @Test
    void aNewDeadlineHasNoDeleteAndCancelFiresClose() {
        var dialog = dialog(List.of(MLDS101), null);
        assertThat(FormTesting.find(dialog, Button.class, "assessment-delete")).isEmpty();
        byId(dialog, Button.class, "assessment-cancel").click();
        assertThat(closes).hasSize(1);
        assertThat(saves).isEmpty();
    }
}
