package com.cohortdesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.ui.FormTesting;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The change-password form on its own, without Spring or a browser. */
class ChangePasswordFormTest {

    private final ChangePasswordForm form = new ChangePasswordForm();
    private final List<String> changes = new ArrayList<>();

    {
        form.addChangeListener(e -> changes.add(e.currentPassword() + " → " + e.newPassword()));
    }

    private PasswordField field(String id) {
        return FormTesting.byId(form, PasswordField.class, id);
    }

    private void fill(String current, String next, String repeat) {
        field("current-password").setValue(current);
        field("new-password").setValue(next);
        field("repeat-password").setValue(repeat);
        FormTesting.byId(form, Button.class, "change-password-save").click();
    }

    @Test
    void aGoodNewPasswordTypedTwiceFiresTheChange() {
        fill("faculty-demo-password", "a quiet river at dawn", "a quiet river at dawn");
        assertThat(changes).containsExactly("faculty-demo-password → a quiet river at dawn");
    }

    @Test
    void thePasswordPolicyShowsOnTheNewPassword() {
        fill("faculty-demo-password", "qwertyuiop12", "qwertyuiop12");
        assertThat(changes).isEmpty();
        assertThat(field("new-password").isInvalid()).isTrue();
        assertThat(field("new-password").getErrorMessage()).contains("commonly used");
        fill("faculty-demo-password", "short", "short");
        assertThat(field("new-password").getErrorMessage()).isEqualTo("A password needs at least 12 characters.");
        assertThat(changes).isEmpty();
    }

    @Test
    void twoDifferentNewPasswordsShowOnTheRepetition() {
        fill("faculty-demo-password", "a quiet river at dawn", "a quiet river at dusk");
        assertThat(changes).isEmpty();
        assertThat(field("new-password").isInvalid()).isFalse();
        assertThat(field("repeat-password").isInvalid()).isTrue();
        assertThat(field("repeat-password").getErrorMessage()).isEqualTo("The two new passwords differ.");
    }

    @Test
    void aRefusedCurrentPasswordStaysOnThatFieldUntilItIsChanged() {
        fill("not-my-password", "a quiet river at dawn", "a quiet river at dawn");
        assertThat(changes).hasSize(1);
        form.refuseCurrent("The current password is not right.");
        assertThat(field("current-password").isInvalid()).isTrue();
        assertThat(field("current-password").getErrorMessage()).isEqualTo("The current password is not right.");
        FormTesting.byId(form, Button.class, "change-password-save").click();
        assertThat(changes).as("the same wrong password is not sent again").hasSize(1);
        field("current-password").setValue("faculty-demo-password");
        assertThat(field("current-password").isInvalid()).isFalse();
        FormTesting.byId(form, Button.class, "change-password-save").click();
        assertThat(changes).hasSize(2);
    }

    @Test
    void aRefusedNewPasswordShowsOnTheNewPassword() {
        fill("faculty-demo-password", "ben-is-my-username", "ben-is-my-username");
        form.refuseNew("A password must not be the username.");
        assertThat(field("new-password").getErrorMessage()).isEqualTo("A password must not be the username.");
        assertThat(field("current-password").isInvalid()).isFalse();
    }
}
