package com.cohortdesk.ui;

import com.cohortdesk.shared.RuleViolation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;

/** How views report the outcome of a save: success, a refused input, or a concurrent edit. */
public final class Feedback {

    private Feedback() {}

    public static void saved(String message) {
        var notification = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** A refusal the user should read (not an error of the app). */
    public static void refused(String message) {
        var notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }

    /**
     * Runs a save. A refused input goes to {@code onProblem} (the form shows it, keeping what the user
     * typed); a concurrent edit opens a dialog that offers to reload, so nothing is overwritten silently.
     */
    public static boolean trySave(Runnable save, Consumer<String> onProblem, Runnable reload) {
        try {
            save.run();
            return true;
        } catch (RuleViolation e) {
            onProblem.accept(e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            conflict(reload);
        }
        return false;
    }

    public static void conflict(Runnable reload) {
        var dialog = new ConfirmDialog();
        dialog.setHeader("Someone else saved first");
        dialog.setText("This record was changed by someone else while you were editing it. Your change was not saved, "
                + "and theirs was not overwritten. Reload to see the current version, then make your change again.");
        dialog.setConfirmText("Reload");
        dialog.addConfirmListener(e -> reload.run());
        dialog.setCancelable(true);
        dialog.setCancelText("Keep my edits on screen");
        dialog.setId("conflict-dialog");
        dialog.open();
    }

    public static Button primary(String text, Runnable action) {
        var button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
