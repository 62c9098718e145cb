package com.cohortdesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

/** The header's buttons: their icons and labels are markup (issue #15), and they still act. */
class MainLayoutViewTest extends ViewTest {

    @Test
    void theHeaderButtonsAreMarkupOnceAttachedAndStillWork() {
        signIn("admin");
        navigate("");

        var signOut = _get(Button.class, spec -> spec.withId("logout"));
        assertThat(signOut.getElement().getChildCount()).isZero();
        assertThat(signOut.getElement().getProperty("innerHTML"))
                .isEqualTo("<vaadin-icon icon=\"vaadin:sign-out\" slot=\"prefix\"></vaadin-icon>Sign out");

        var darkMode = _get(Button.class, spec -> spec.withId("dark-mode-toggle"));
        assertThat(darkMode.getElement().getChildCount()).isZero();
        assertThat(darkMode.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        _click(darkMode);
        assertThat(darkMode.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        _click(darkMode);
        assertThat(darkMode.getElement().getAttribute("aria-pressed")).isEqualTo("false");
    }
}
