package com.cohortdesk.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.security.ui.LoginView;
import com.cohortdesk.ui.NotFoundView;
import com.cohortdesk.ui.ViewTest;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;

class LoginViewTest extends ViewTest {

    @Test
    void showsTheFormAndAFailedAttempt() {
        navigate("login");
        NavigatorKt.expectView(LoginView.class);
        var form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        navigate("login?error");
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void unknownAddressShowsTheNotFoundPage() {
        signIn("admin");
        navigate("no-such-page");
        NavigatorKt.expectView(NotFoundView.class);
        assertThat(_get(NotFoundView.class).getElement().getTextRecursively())
                .contains("There is no page at /no-such-page");
    }
}
