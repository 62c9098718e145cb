package com.cohortdesk.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.dashboard.ui.DashboardView;
import com.cohortdesk.security.ui.ChangePasswordView;
import com.cohortdesk.ui.ViewTest;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

class ChangePasswordViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void restoreDemoPassword() {
        jdbc.update(
                "update staff_user set password_hash = ?, password_change_required = false where username = 'ben'",
                encoder.encode("faculty-demo-password"));
    }

    private void fill(String current, String next, String repeat) {
        _setValue(_get(PasswordField.class, s -> s.withId("current-password")), current);
        _setValue(_get(PasswordField.class, s -> s.withId("new-password")), next);
        _setValue(_get(PasswordField.class, s -> s.withId("repeat-password")), repeat);
        _click(_get(Button.class, s -> s.withId("change-password-save")));
    }

    @Test
    void aOneTimePasswordLeadsEveryViewToTheChangeUntilItIsChanged() {
        jdbc.update("update staff_user set password_change_required = true where username = 'ben'");
        signIn("ben");
        navigate("modules");
        NavigatorKt.expectView(ChangePasswordView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("password-notice")).getText())
                .contains("one-time password")
                .contains("other sessions will be signed out");

        fill("faculty-demo-password", "qwertyuiop12", "qwertyuiop12");
        assertThat(_get(PasswordField.class, s -> s.withId("new-password")).getErrorMessage())
                .contains("commonly used");
        fill("faculty-demo-password", "a quiet river at dawn", "a quiet river at dusk");
        assertThat(_get(PasswordField.class, s -> s.withId("repeat-password")).getErrorMessage())
                .contains("differ");
        fill("not-my-password", "a quiet river at dawn", "a quiet river at dawn");
        assertThat(_get(PasswordField.class, s -> s.withId("current-password")).getErrorMessage())
                .contains("not right");

        fill("faculty-demo-password", "a quiet river at dawn", "a quiet river at dawn");
        NavigatorKt.expectView(DashboardView.class);
        navigate("modules");
        assertThat(jdbc.queryForObject(
                        "select password_change_required from staff_user where username = 'ben'", Boolean.class))
                .isFalse();
    }

    @Test
    void everyoneCanOpenItFromTheUserMenu() {
        signIn("admin");
        navigate("");
        _click(_get(Button.class, s -> s.withId("change-password-link")));
        NavigatorKt.expectView(ChangePasswordView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("password-notice")).getText())
                .contains("stay signed in")
                .contains("other sessions")
                .contains("will be signed out");
    }
}
