package com.cohortdesk.learner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.cohort.CohortStatus;
import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.cohort.TermCalendar;
import com.cohortdesk.learner.LearnerDetails;
import com.cohortdesk.learner.LearnerStatus;
import com.cohortdesk.learner.StatusAction;
import com.cohortdesk.ui.FormTesting;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status change dialog on its own, without Spring or a browser. */
class StatusChangeDialogTest {

    private static final LearnerDetails PRIYA = new LearnerDetails(
            7,
            3,
            "Priya Nair",
            "priya.nair@example.org",
            "IN",
            "Asia/Kolkata",
            LearnerStatus.ACTIVE,
            2,
            "Fall 2025",
            2025,
            null,
            List.of(),
            false);
    private static final CohortSummary FALL_2026 =
            new CohortSummary(4, 0, "Fall 2026", 2026, CohortStatus.PLANNED, false, TermCalendar.propose(2026));

    private final List<String> confirmed = new ArrayList<>();
    private int cancelled;

    private StatusChangeDialog dialog(StatusAction action, List<CohortSummary> later) {
        var dialog = new StatusChangeDialog(PRIYA, action, later);
        dialog.addConfirmListener(e -> confirmed.add(e.reason() + " → " + e.targetCohortId()));
        dialog.addCancelListener(e -> cancelled++);
        return dialog;
    }

    @Test
    void anInterruptionFiresTheReasonAndTheLaterCohort() {
        var dialog = dialog(StatusAction.INTERRUPT, List.of(FALL_2026));
        FormTesting.byId(dialog, TextArea.class, "status-reason").setValue("Bereavement");
        FormTesting.byId(dialog, Button.class, "status-confirm").click();
        assertThat(confirmed).containsExactly("Bereavement → 4");
    }

    @Test
    void aWithdrawalHasNoCohortToChoose() {
        var dialog = dialog(StatusAction.WITHDRAW, List.of(FALL_2026));
        assertThat(FormTesting.has(dialog, "status-target")).isFalse();
        FormTesting.byId(dialog, TextArea.class, "status-reason").setValue("Moved abroad");
        FormTesting.byId(dialog, Button.class, "status-confirm").click();
        assertThat(confirmed).containsExactly("Moved abroad → null");
    }

    @Test
    void aMissingReasonIsShownOnTheReasonAndNothingIsFired() {
        var dialog = dialog(StatusAction.WITHDRAW, List.of());
        var reason = FormTesting.byId(dialog, TextArea.class, "status-reason");
        reason.setValue("   ");
        FormTesting.byId(dialog, Button.class, "status-confirm").click();
        assertThat(confirmed).isEmpty();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage())
                .isEqualTo("Give a reason for the change; it is kept in the learner's history.");
    }

    @Test
    void aReasonWithAControlCharacterIsRefusedOnTheField() {
        var dialog = dialog(StatusAction.WITHDRAW, List.of());
        var reason = FormTesting.byId(dialog, TextArea.class, "status-reason");
        reason.setValue("Left\u009B2J");
        FormTesting.byId(dialog, Button.class, "status-confirm").click();
        assertThat(confirmed).isEmpty();
        assertThat(reason.getErrorMessage()).contains("control character (U+009B)");
    }

    @Test
    void anInterruptionWithoutALaterCohortAsksForOneOnTheCohortField() {
        var dialog = dialog(StatusAction.INTERRUPT, List.of());
        FormTesting.byId(dialog, TextArea.class, "status-reason").setValue("Bereavement");
        FormTesting.byId(dialog, Button.class, "status-confirm").click();
        assertThat(confirmed).isEmpty();
        @SuppressWarnings("unchecked")
        Select<CohortSummary> target = FormTesting.byId(dialog, Select.class, "status-target");
        assertThat(target.isInvalid()).isTrue();
        assertThat(target.getErrorMessage()).isEqualTo("Choose the later cohort Priya Nair defers to.");
    }

    @Test
    void theServicesRefusalShowsInTheDialogAndCancelFiresCancel() {
        var dialog = dialog(StatusAction.WITHDRAW, List.of());
        dialog.showProblem("Priya Nair is withdrawn; \"Withdraw\" is not possible from there.");
        assertThat(FormTesting.byId(dialog, Paragraph.class, "status-problem").isVisible())
                .isTrue();
        FormTesting.byId(dialog, Button.class, "status-cancel").click();
        assertThat(cancelled).isOne();
        assertThat(confirmed).isEmpty();
    }
}
