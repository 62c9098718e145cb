package com.cohortdesk.session.ui;

import static com.cohortdesk.ui.FormTesting.byId;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cancel dialog on its own, without Spring. */
class CancelDialogTest {

    final List<CancelDialog.SaveEvent> saves = new ArrayList<>();
    final List<CancelDialog.CloseEvent> closes = new ArrayList<>();

    CancelDialog dialog() {
        var dialog = new CancelDialog(MoveDialogTest.occurrence());
        dialog.addSaveListener(saves::add);
        dialog.addCloseListener(closes::add);
        return dialog;
    }

    @Test
    void headsWithTheWeekInUkTimeAndFiresTheReason() {
        var dialog = dialog();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Cancel Tue 1 Dec 2026, 18:00 UK");
        byId(dialog, TextField.class, "cancel-reason").setValue("Host unwell");
        byId(dialog, Button.class, "cancel-confirm").click();
        assertThat(saves).extracting(CancelDialog.SaveEvent::reason).containsExactly("Host unwell");
    }

    @Test
    void aBlankOrMultiLineReasonIsRefusedOnTheField() {
        var dialog = dialog();
        var reason = byId(dialog, TextField.class, "cancel-reason");
        byId(dialog, Button.class, "cancel-confirm").click();
        assertThat(saves).isEmpty();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason; learners and colleagues will see it.");
        reason.setValue("Host\nunwell");
        byId(dialog, Button.class, "cancel-confirm").click();
        assertThat(saves).isEmpty();
        assertThat(reason.getErrorMessage()).isEqualTo("The reason contains a line break; keep it on one line.");
    }

    @Test
    void showsTheServicesRefusalAndKeepItFiresClose() {
        var dialog = dialog();
        dialog.showRefusal("The session was cancelled.");
        assertThat(byId(dialog, Paragraph.class, "cancel-problems").getText()).isEqualTo("The session was cancelled.");
        byId(dialog, Button.class, "cancel-keep").click();
        assertThat(closes).hasSize(1);
        assertThat(saves).isEmpty();
    }
}
