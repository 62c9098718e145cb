package com.cohortdesk.security.ui;

import com.cohortdesk.security.PasswordPolicy;
import com.cohortdesk.ui.FieldRules;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The current password and the new one twice. The new password is checked by {@link PasswordPolicy} on its field, the
 * repetition against it; when all pass the form fires {@link ChangeEvent}. A refusal of the service (the current
 * password is not right, the new one is the username) goes back on the field it is about through the same binder:
 * it stays there until that field's value changes.
 */
class ChangePasswordForm extends Div {

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField next = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("New password again");
    private final Binder<Values> binder = FieldRules.binder();
    private @Nullable Refusal refusedCurrent;
    private @Nullable Refusal refusedNext;

    private record Refusal(String value, String message) {
        @Nullable
        String of(@Nullable String typed) {
            return value.equals(typed) ? message : null;
        }
    }

    ChangePasswordForm() {
        setWidthFull();
        current.setId("current-password");
        next.setId("new-password");
        repeat.setId("repeat-password");
        next.setHelperText(
                PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                        + " characters. A phrase of several words is easy to remember and hard to guess; common passwords are refused.");
        binder.forField(current)
                .asRequired("Give your current password.")
                .withValidator(FieldRules.rule(value -> refusedCurrent == null ? null : refusedCurrent.of(value)))
                .bind(v -> v.current, (v, value) -> v.current = value);
        binder.forField(next)
                .withValidator(FieldRules.rule(PasswordPolicy::problem))
                .withValidator(FieldRules.rule(value -> refusedNext == null ? null : refusedNext.of(value)))
                .bind(v -> v.next, (v, value) -> v.next = value);
        binder.forField(repeat)
                .withValidator(FieldRules.rule(
                        value -> Objects.equals(value, next.getValue()) ? null : "The two new passwords differ."))
                .bind(v -> v.repeat, (v, value) -> v.repeat = value);
        var save = new Button("Change password", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("change-password-save");
        var form = new FormLayout(current, next, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, save);
    }

    private void save() {
        var values = new Values();
        if (binder.writeBeanIfValid(values)) fireEvent(new ChangeEvent(this, values.current, values.next));
    }

    /** The service refused the current password: says so on that field until it is changed. */
    void refuseCurrent(String message) {
        refusedCurrent = new Refusal(current.getValue(), message);
        binder.validate();
    }

    /** The service refused the new password: says so on that field until it is changed. */
    void refuseNew(String message) {
        refusedNext = new Refusal(next.getValue(), message);
        binder.validate();
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    /** The current password and a new one that passed the policy, typed twice alike. */
    static final class ChangeEvent extends ComponentEvent<ChangePasswordForm> {
        private final String currentPassword;
        private final String newPassword;

        ChangeEvent(ChangePasswordForm source, String currentPassword, String newPassword) {
            super(source, false);
            this.currentPassword = currentPassword;
            this.newPassword = newPassword;
        }

        String currentPassword() {
            return currentPassword;
        }

        String newPassword() {
            return newPassword;
        }
    }

    private static final class Values {
        String current = "";
        String next = "";
        String repeat = "";
    }
}
