package com.cohortdesk.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.ui.FormTesting;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reason dialog of erasures and legal holds on its own, without Spring or a browser. */
class ReasonDialogTest {

    private final ReasonDialog dialog = new ReasonDialog(
            "Legal hold: Priya Nair",
            "Place hold",
            "legal hold",
            false,
            new Paragraph("While the hold lasts, the learner is not erased."));
    private final List<String> confirmed = new ArrayList<>();
    private int cancelled;

    {
        dialog.addConfirmListener(e -> confirmed.add(e.reason()));
        dialog.addCancelListener(e -> cancelled++);
    }

    private TextArea reason() {
        return FormTesting.byId(dialog, TextArea.class, "privacy-reason");
    }

    private Button confirm() {
        return FormTesting.byId(dialog, Button.class, "privacy-confirm");
    }

    @Test
    void confirmWaitsForAReasonAndFiresIt() {
        assertThat(confirm().isEnabled()).isFalse();
        reason().setValue("Complaint under investigation");
        assertThat(confirm().isEnabled()).isTrue();
        confirm().click();
        assertThat(confirmed).containsExactly("Complaint under investigation");
    }

    @Test
    void aBlankReasonIsRefusedOnTheFieldWithThePurpose() {
        reason().setValue("   ");
        confirm().click();
        assertThat(confirmed).isEmpty();
        assertThat(reason().isInvalid()).isTrue();
        assertThat(reason().getErrorMessage()).isEqualTo("Give the reason for the legal hold.");
    }

    @Test
    void aControlCharacterIsRefusedButALineBreakIsFine() {
        reason().setValue("Complaint\u001B[2J");
        confirm().click();
        assertThat(confirmed).isEmpty();
        assertThat(reason().getErrorMessage())
                .isEqualTo("The reason contains a control character (ESC, U+001B); remove it.");
        reason().setValue("Complaint\nunder investigation");
        assertThat(reason().isInvalid()).isFalse();
        confirm().click();
        assertThat(confirmed).containsExactly("Complaint\nunder investigation");
    }

    @Test
    void theServicesRefusalShowsInTheDialogAndCancelFiresCancel() {
        dialog.showProblem("The reason must not contain the learner's name or email: it stays in the audit trail.");
        assertThat(FormTesting.byId(dialog, Paragraph.class, "privacy-problem").isVisible())
                .isTrue();
        FormTesting.byId(dialog, Button.class, "privacy-cancel").click();
        assertThat(cancelled).isOne();
        assertThat(confirmed).isEmpty();
    }
}
